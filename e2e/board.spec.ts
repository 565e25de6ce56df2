import type { Contact } from '../shared/domain';
import { api, card, centreOf, column, expect, mouseDrag, openBoard, test, today } from './fixtures';
import { startTestHost } from './host';

/** The first card of the Unassigned column today, and the first staff column (whoever works today). */
async function setup(host: Parameters<typeof today>[0]) {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const unassigned = board.contacts.filter((c) => c.staffId === null).sort((a, b) => a.startMinute - b.startMinute);
  const target = board.staff[0]!;
  return { day, board, first: unassigned[0]!, target };
}

async function saved(host: Parameters<typeof today>[0], day: string, id: number): Promise<Contact> {
  return (await api(host, 'board.get', { day })).contacts.find((c) => c.id === id)!;
}

test('a mouse drag onto another column reassigns the contact and keeps its time', async ({ page, host }) => {
  const { day, first, target } = await setup(host);
  await openBoard(page, host);
  const targetColumn = column(page, target.initials);
  const box = (await targetColumn.boundingBox())!;
  await mouseDrag(page, card(column(page, 'unassigned'), first.id), { x: box.x + box.width / 2, y: box.y + box.height - 30 });

  await expect(card(targetColumn, first.id)).toBeVisible();
  await expect(card(column(page, 'unassigned'), first.id)).toHaveCount(0);
  // The card shows moved at once; the save goes out after that frame.
  await expect.poll(async () => (await saved(host, day, first.id)).staffId).toBe(target.id);
  expect((await saved(host, day, first.id)).startMinute).toBe(first.startMinute);
});

test('a mouse drop between two cards sets the time after the card above and its travel time (item 10)', async ({ page, host }) => {
  const { day, board, first } = await setup(host);
  // The staff member with the most cards today, so there is a gap between two of them.
  const count = (id: number) => board.contacts.filter((c) => c.staffId === id).length;
  const busiest = [...board.staff].sort((a, b) => count(b.id) - count(a.id))[0]!;
  const hers = board.contacts.filter((c) => c.staffId === busiest.id).sort((a, b) => a.startMinute - b.startMinute || a.endMinute - b.endMinute || a.id - b.id);
  await openBoard(page, host);
  await mouseDrag(page, card(page, first.id), await centreOf(page.getByTestId(`gap-${busiest.id}-2`)));

  await expect.poll(async () => (await saved(host, day, first.id)).staffId).toBe(busiest.id);
  const after = await saved(host, day, first.id);
  // The travel time is left when either of the two is in the community, rounded up to the next 5 minutes.
  const { travelBufferMinutes } = await api(host, 'settings.get', {});
  const travel = hers[1]!.location === 'community' || first.location === 'community' ? travelBufferMinutes : 0;
  expect(after.startMinute).toBe(Math.ceil((hers[1]!.endMinute + travel) / 5) * 5);
  expect(after.endMinute - after.startMinute).toBe(first.endMinute - first.startMinute);
});

test('the keyboard picks up, moves and drops a card, with announcements', async ({ page, host }) => {
  const { day, first, target } = await setup(host);
  await openBoard(page, host);
  await card(page, first.id).focus();
  const liveRegion = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(liveRegion).toHaveText(/Picked up/);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toHaveText(new RegExp(`Over ${target.name}.* at`));
  await page.keyboard.press('Space');
  await expect(liveRegion).toHaveText(new RegExp(`Dropped .*: ${target.name}.* at`));
  await expect(card(column(page, target.initials), first.id)).toBeVisible();
  await expect.poll(async () => (await saved(host, day, first.id)).staffId).toBe(target.id);
});

test('Escape cancels a keyboard drag and nothing changes', async ({ page, host }) => {
  const { day, first } = await setup(host);
  await openBoard(page, host);
  await card(page, first.id).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.getByText(/Move cancelled/)).toBeAttached();
  expect(await saved(host, day, first.id)).toEqual(first);
});

test('a touch drag (press and hold) reassigns the contact', async ({ page, host }) => {
  const { day, first, target } = await setup(host);
  await openBoard(page, host);
  const from = await centreOf(card(page, first.id));
  const to = await centreOf(column(page, target.initials), 0.9);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y }] : [] });
  await touch('touchStart', from);
  await page.waitForTimeout(400); // the touch sensor waits 250 ms before a hold becomes a drag
  for (let i = 1; i <= 10; i++) {
    await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 });
  }
  await touch('touchEnd');

  await expect(card(column(page, target.initials), first.id)).toBeVisible();
  await expect.poll(async () => (await saved(host, day, first.id)).staffId).toBe(target.id);
});

test('undo (button and Ctrl+Z) moves the card back', async ({ page, host }) => {
  const { day, first, target } = await setup(host);
  await openBoard(page, host);
  const dw = column(page, target.initials);
  const box = (await dw.boundingBox())!;
  await mouseDrag(page, card(page, first.id), { x: box.x + box.width / 2, y: box.y + box.height - 30 });
  await expect(card(dw, first.id)).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(card(column(page, 'unassigned'), first.id)).toBeVisible();
  expect((await saved(host, day, first.id)).staffId).toBeNull();

  await mouseDrag(page, card(page, first.id), { x: box.x + box.width / 2, y: box.y + box.height - 30 });
  await expect(card(dw, first.id)).toBeVisible();
  await page.getByRole('button', { name: /Undo move/ }).click();
  await expect(card(column(page, 'unassigned'), first.id)).toBeVisible();
});

test('a card moved again before the host has answered its last move lands where it was last put; undo takes back each move in turn', async ({ page, host }) => {
  const { day, board, first } = await setup(host);
  const [a, b] = board.staff;
  await openBoard(page, host);
  // The host's answers to moves wait until let through, as on a slow network or a busy host.
  let letThrough!: () => void;
  const held = new Promise<void>((r) => (letThrough = r));
  await page.route('**/api/call/contacts.move', async (route) => {
    await held;
    await route.continue();
  });
  const lowIn = async (initials: string) => {
    const box = (await column(page, initials).boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height - 30 };
  };
  await mouseDrag(page, card(page, first.id), await lowIn(a!.initials));
  await expect(card(column(page, a!.initials), first.id)).toBeVisible();
  await mouseDrag(page, card(page, first.id), await lowIn(b!.initials));
  await expect(card(column(page, b!.initials), first.id)).toBeVisible();
  letThrough();
  await expect.poll(async () => (await saved(host, day, first.id)).staffId).toBe(b!.id);
  await expect(card(column(page, b!.initials), first.id)).toBeVisible();
  await expect(page.locator('.notice-error, [role="alert"]').filter({ hasText: /changed/i })).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await saved(host, day, first.id)).staffId).toBe(a!.id);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await saved(host, day, first.id)).staffId).toBeNull();
  await expect(card(column(page, 'unassigned'), first.id)).toBeVisible();
});

test('a reassignment survives a restart of the host', async ({ page, host }) => {
  const { day, first, target } = await setup(host);
  await openBoard(page, host);
  const box = (await column(page, target.initials).boundingBox())!;
  await mouseDrag(page, card(page, first.id), { x: box.x + box.width / 2, y: box.y + box.height - 30 });
  await expect.poll(async () => (await saved(host, day, first.id)).staffId).toBe(target.id);
  await host.stop();

  const again = await startTestHost({ dataDir: host.dataDir });
  try {
    await openBoard(page, again);
    await expect(card(column(page, target.initials), first.id)).toBeVisible();
    expect((await api(again, 'board.get', { day })).contacts).toHaveLength((await api(again, 'board.get', { day })).contacts.length);
  } finally {
    await again.stop();
  }
});

test('a change on one seat reaches another open seat without reloading', async ({ page, browser, host }) => {
  const { first, target } = await setup(host);
  const other = await browser.newPage();
  await openBoard(page, host);
  await openBoard(other, host);
  const box = (await column(page, target.initials).boundingBox())!;
  await mouseDrag(page, card(page, first.id), { x: box.x + box.width / 2, y: box.y + box.height - 30 });
  await expect(card(column(other, target.initials), first.id)).toBeVisible({ timeout: 2_000 });
  await other.close();
});

test('bad input gets a clear message and saves nothing', async ({ page, host }) => {
  const { day, board } = await setup(host);
  await openBoard(page, host);
  await page.getByRole('button', { name: '+ Add contact' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client', { exact: true }).selectOption({ index: 1 });
  await dialog.getByLabel('Start', { exact: true }).fill('14:00');
  await dialog.getByLabel('End', { exact: true }).fill('13:00');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/End time must be after the start time/);
  await expect(dialog).toBeVisible();
  expect((await api(host, 'board.get', { day })).contacts).toHaveLength(board.contacts.length);
});

test('a contact is added, given an outcome with a note, and deleted from the board', async ({ page, host }) => {
  const { day, board } = await setup(host);
  const other = board.staff[1]!;
  await openBoard(page, host);
  await page.getByRole('button', { name: '+ Add contact' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client', { exact: true }).selectOption({ label: 'Vera (Vera Dunmore)' });
  await dialog.getByLabel('Staff member', { exact: true }).selectOption(String(other.id)); // its label says where they are at that time (item 8)
  await dialog.getByLabel('Start', { exact: true }).fill('07:30');
  await dialog.getByLabel('End', { exact: true }).fill('08:00');
  await dialog.getByLabel('Intervention', { exact: true }).selectOption({ label: 'Employment' });
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();
  const added = (await api(host, 'board.get', { day })).contacts.find((c) => !board.contacts.some((b) => b.id === c.id))!;
  expect(added).toMatchObject({ startMinute: 450, endMinute: 480, intervention: 'employment', status: 'planned' });

  await card(column(page, other.initials), added.id).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Done' }).check();
  await dialog.getByLabel('Note', { exact: true }).fill('Went to the job interview together.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, added.id)).toContainText('Done');
  expect(await saved(host, day, added.id)).toMatchObject({ status: 'done', note: 'Went to the job interview together.' });

  await card(page, added.id).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Really delete?' }).click();
  await expect(card(page, added.id)).toHaveCount(0);
  expect(await saved(host, day, added.id)).toBeUndefined();
});

test('day navigation: next, previous, today and a picked date', async ({ page, host }) => {
  const day = await today(host);
  await openBoard(page, host);
  await expect(page.getByText('Today', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(page.locator('.day-relative')).toHaveText('Tomorrow');
  await page.getByRole('button', { name: 'Previous day' }).click();
  await page.getByRole('button', { name: 'Previous day' }).click();
  await expect(page.locator('.day-relative')).toHaveText('Yesterday');
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(page.locator('.day-relative')).toHaveText('Today');
  await page.getByLabel('Pick a date', { exact: true }).fill('2027-03-14');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sunday 14 March 2027');
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('an edit based on a stale copy is refused with a clear message and nothing is overwritten', async ({ page, host }) => {
  const { day, first, target } = await setup(host);
  await openBoard(page, host);
  await card(page, first.id).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Note', { exact: true }).fill('Written on the wall screen');

  // Meanwhile another seat reassigns the same contact.
  await api(host, 'contacts.move', { id: first.id, version: first.version, staffId: target.id });
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog.getByRole('alert')).toHaveText(/changed by Dana Whitfield at \d\d:\d\d/);
  const after = await saved(host, day, first.id);
  expect(after).toMatchObject({ staffId: target.id, note: '' });
});
