/** Issue 12, items 8, 10 and 15: the contact form's staff list, drops that leave travel time, one clock everywhere. */
import type { Locator, Page } from '@playwright/test';
import { addDays } from '../shared/time';
import { DEMO_ADMIN, api, card, centreOf, column, expect, openBoard, test, today } from './fixtures';
import type { TestHost } from './host';

/** A weekday two or more days ahead: the demo's today is full on purpose, a day ahead has room. */
async function quietWeekday(host: TestHost): Promise<string> {
  let day = addDays(await today(host), 2);
  while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return day;
}

async function setSettings(host: TestHost, change: { clockFormat?: '12h' | '24h'; travelBufferMinutes?: number }) {
  await api(host, 'settings.update', { version: (await api(host, 'settings.get', {})).version, ...change });
}

async function activeClients(host: TestHost) {
  return (await api(host, 'clients.list', {})).filter((c) => c.status === 'active');
}

const byInitials = async (host: TestHost, initials: string) => (await api(host, 'staff.list', {})).find((s) => s.initials === initials)!;

test('item 8: the staff list shows, for the contact\'s time, who is on shift, free and able first, and who is off that day last', async ({ page, host }) => {
  const day = await quietWeekday(host);
  const [mv, bl, jk, hb] = [await byInitials(host, 'MV'), await byInitials(host, 'BL'), await byInitials(host, 'JK'), await byInitials(host, 'HB')];
  // Marisol (RN) and Hannah (case manager) work 08:00-16:00, Marisol busy 10:00-11:00; Ben (LPN) is off sick; Jo is not on shift.
  for (const s of [mv, hb]) await api(host, 'availability.setDay', { staffId: s.id, day, shift: { start: '08:00', end: '16:00' } });
  await api(host, 'availability.setDay', { staffId: jk.id, day, shift: null });
  await api(host, 'availability.addTimeOff', { staffId: bl.id, fromDay: day, toDay: day, kind: 'sick' });
  const theirs = (await api(host, 'board.get', { day })).contacts.filter((c) => c.staffId === mv.id || c.staffId === hb.id);
  for (const c of theirs) await api(host, 'contacts.move', { id: c.id, version: c.version, staffId: null });
  const [a, b] = await activeClients(host);
  await api(host, 'contacts.create', { clientId: a!.id, staffId: mv.id, day, start: '10:00', end: '11:00', intervention: 'housing', location: 'community' });
  const injection = await api(host, 'contacts.create', { clientId: b!.id, staffId: null, day, start: '10:15', end: '10:35', intervention: 'injection', location: 'community' });

  await openBoard(page, host);
  await page.getByLabel('Pick a date').fill(day);
  await card(column(page, 'unassigned'), injection.id).click();
  const dialog = page.getByRole('dialog');
  const staff = dialog.getByLabel('Staff member', { exact: true });
  const option = (name: string) => staff.locator('option', { hasText: name });
  await expect(option(mv.name)).toHaveText(`${mv.name} — on shift, busy then`);
  await expect(option(hb.name)).toHaveText(`${hb.name} — on shift, free, not RN / LPN`);
  await expect(option(bl.name)).toHaveText(`${bl.name} — off: sick`);
  await expect(option(jk.name)).toHaveText(`${jk.name} — not on shift`);
  // People off that day come last, in their own group.
  const texts = await staff.locator('option').allTextContents();
  const firstOff = texts.findIndex((t) => / — (off: |not on shift)/.test(t));
  expect(firstOff).toBeGreaterThan(1);
  expect(texts.slice(firstOff).every((t) => / — (off: |not on shift)/.test(t))).toBe(true);
  await expect(staff.locator('optgroup[label="Off that day"] option')).toHaveCount(texts.length - firstOff);

  // At a time Marisol is free, the nurse on shift and free comes first.
  await dialog.getByLabel('Start', { exact: true }).fill('13:00');
  await expect(option(mv.name)).toHaveText(`${mv.name} — on shift, free`);
  await expect(staff.locator('option').nth(1)).toHaveText(`${mv.name} — on shift, free`);
  await expect(staff.locator('optgroup').first()).toHaveAttribute('label', 'Free and able at this time');
  await staff.selectOption({ label: `${mv.name} — on shift, free` });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const saved = (await api(host, 'board.get', { day })).contacts.find((c) => c.id === injection.id)!;
  expect(saved).toMatchObject({ staffId: mv.id, startMinute: 13 * 60 });
});

/** A staff member with nothing on the day, working 08:00-16:00, with two community visits the test places. */
async function columnWithTwoVisits(host: TestHost, day: string) {
  await setSettings(host, { travelBufferMinutes: 15 });
  const board = await api(host, 'board.get', { day });
  const busy = new Set(board.contacts.filter((c) => c.status !== 'cancelled').map((c) => c.staffId));
  const who = board.staff.find((s) => !busy.has(s.id) && board.staffDays.find((d) => d.staffId === s.id)?.shift)!;
  await api(host, 'availability.setDay', { staffId: who.id, day, shift: { start: '08:00', end: '16:00' } });
  const [a, b, c, d] = await activeClients(host);
  const visit = (clientId: number, staffId: number | null, start: string, end: string) =>
    api(host, 'contacts.create', { clientId, staffId, day, start, end, intervention: 'housing', location: 'community' });
  await visit(a!.id, who.id, '09:00', '09:30');
  await visit(b!.id, who.id, '15:10', '15:30');
  const dragged = await visit(c!.id, null, '13:00', '13:30');
  const byKeys = await visit(d!.id, null, '06:00', '06:30');
  return { who, dragged, byKeys };
}

test('item 10: a drop into the gap after a card leaves the travel time; a keyboard slot stays inside the shift', async ({ page, host }) => {
  const day = await quietWeekday(host);
  const { who, dragged, byKeys } = await columnWithTwoVisits(host, day);
  await openBoard(page, host);
  await page.getByLabel('Pick a date').fill(day);
  await expect(card(page, dragged.id)).toBeVisible();
  await column(page, who.initials).scrollIntoViewIfNeeded();

  // Between 09:00-09:30 and 15:10: 09:30 plus 15 minutes of travel, said on the lifted card (it covers the slot).
  const from = await centreOf(card(page, dragged.id));
  const to = await centreOf(page.getByTestId(`gap-${who.id}-1`));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await expect(page.locator('.lifted-drop-hint')).toHaveText(`→ ${who.name} at 09:45`);
  // The hand grabs while dragging (the lifted card lets the pointer through to what is under it), and lets go after.
  const cursorAt = (p: { x: number; y: number }) => page.evaluate(({ x, y }) => getComputedStyle(document.elementFromPoint(x, y)!).cursor, p);
  expect(await cursorAt(to)).toBe('grabbing');
  await page.mouse.up();
  await expect(page.locator('.lifted-drop-hint')).toHaveCount(0);
  await expect.poll(() => cursorAt(to)).not.toBe('grabbing');
  const saved = async (id: number) => (await api(host, 'board.get', { day })).contacts.find((c) => c.id === id)!;
  await expect.poll(async () => (await saved(dragged.id)).staffId).toBe(who.id);
  expect(await saved(dragged.id)).toMatchObject({ startMinute: 9 * 60 + 45, endMinute: 10 * 60 + 15 });
  const warnings = (await api(host, 'board.get', { day })).warnings;
  expect(warnings.filter((w) => w.contactIds.includes(dragged.id) && ['travel_time', 'outside_shift', 'double_booked'].includes(w.kind))).toEqual([]);

  // The keyboard's last slot of the column: after 15:30 and its travel would end past 16:00, so it ends as the shift does.
  const live = page.locator('[id^="DndLiveRegion"]');
  await card(page, byKeys.id).focus();
  await page.keyboard.press('Space');
  await expect(live).toHaveText(/Picked up/);
  for (let i = 0; i < 20 && !(await live.textContent())?.includes(`Over ${who.name}`); i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(50);
  }
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText(`Over ${who.name} at 15:30.`);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await saved(byKeys.id)).staffId).toBe(who.id);
  expect(await saved(byKeys.id)).toMatchObject({ startMinute: 15 * 60 + 30, endMinute: 16 * 60 });
});

/** Any time of day in 24-hour form ("09:00", "14:30") not followed by AM/PM. */
const TWENTY_FOUR_HOUR = /\b([01]\d|2[0-3]):[0-5]\d\b(?!\s?[AP]M)/;

async function expectTwelveHour(scope: Locator, what: string): Promise<void> {
  // The clock setting's own choice shows what 24-hour means.
  const text = (await scope.innerText()).replace('24-hour (14:30)', '');
  expect(text.match(TWENTY_FOUR_HOUR)?.[0], `a 24-hour time on ${what}`).toBeUndefined();
  const fields = scope.locator('input.time-field');
  for (const value of await fields.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))) {
    expect(value, `a time field on ${what}`).toMatch(/^(|\d{1,2}:\d\d [AP]M)$/);
  }
  expect(await scope.locator('input[type="time"]').count(), `a browser time input on ${what}`).toBe(0);
}

async function openDialog(page: Page, button: Locator, what: string): Promise<void> {
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('input.time-field').first()).toBeVisible();
  await expectTwelveHour(dialog, what);
  await expect(dialog.locator('input.time-field').first()).toHaveValue(/ [AP]M$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('item 15: with the 12-hour clock, no time on the board, the contact form or the planning screens is in 24-hour form', async ({ page, host }) => {
  await setSettings(host, { clockFormat: '12h' });
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  // The host's sentences follow the setting too: today's warnings name times.
  expect(board.warnings.some((w) => / [AP]M/.test(w.message))).toBe(true);
  await openBoard(page, host);
  const main = page.locator('main');
  await expect(page.locator('.side-panel .warning').first()).toBeVisible();
  await expectTwelveHour(page.locator('body'), 'the board');

  const first = board.contacts.find((c) => c.status === 'planned')!;
  await card(page, first.id).click();
  await expect(page.getByRole('dialog').getByLabel('Start', { exact: true })).toHaveValue(/ [AP]M$/);
  await expectTwelveHour(page.getByRole('dialog'), 'the contact form');
  await page.keyboard.press('Escape');
  await openDialog(page, page.getByRole('button', { name: '+ Add contact' }), 'a new contact');

  const client = (await activeClients(host)).find((c) => c.preferredName)!;
  await page.getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByRole('button', { name: `Schedule of ${client.preferredName}`, exact: true }).click();
  await expect(page.getByTestId('week-at-a-glance')).toBeVisible();
  await expectTwelveHour(main, "a client's schedule");
  await openDialog(page, page.getByRole('button', { name: '+ Add schedule item' }), 'a schedule item');

  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await expect(page.getByTestId('month-grid')).toBeVisible();
  await expectTwelveHour(main, 'the month');

  const staff = board.staff[0]!;
  await page.getByRole('button', { name: 'Staff', exact: true }).click();
  await page.getByRole('button', { name: `Availability of ${staff.name}` }).click();
  await expect(page.getByRole('heading', { name: 'Usual week' })).toBeVisible();
  await expectTwelveHour(main, 'staff availability');
  await expect(main.locator('input.time-field').first()).toHaveValue(/ [AP]M$/);

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(main.locator('input.time-field').first()).toBeVisible();
  await expectTwelveHour(main, 'the settings');
});

test("item 15: with the 12-hour clock, the admin's audit trail reads in it too", async ({ page, host }) => {
  await setSettings(host, { clockFormat: '12h' });
  await openBoard(page, host, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Admin', exact: true }).click();
  await expect(page.locator('.audit-table tbody tr').first()).toBeVisible();
  // The time column (the changes' own values are shown as stored, ISO timestamps included).
  const times = await page.locator('.audit-table tbody td.nowrap').allInnerTexts();
  expect(times.length).toBeGreaterThan(0);
  for (const t of times) expect(t).toMatch(/^\w{3} \d{1,2} \w{3} \d{4}, \d{1,2}:\d\d [AP]M$/);
});
