/** Issue 14: team activities on the board, and a client's basics on the day sheet, in the real browser. */
import type { Page } from '@playwright/test';
import { addDays } from '../shared/time';
import { DEFAULT_WALL_SETTINGS } from '../shared/wall';
import { api, column, expect, mouseDrag, openBoard, test, today } from './fixtures';

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });

test('a team activity: made from the board (bad input refused), dragged to another staff member, warned about when a contact overlaps it', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const [first, second] = board.staff.filter((s) => board.staffDays.find((d) => d.staffId === s.id)?.shift);
  await openBoard(page, host);

  await page.getByRole('button', { name: '+ Team activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a team activity' });
  await dialog.getByLabel('Activity').selectOption({ label: 'Training' });
  await dialog.getByLabel('Start').fill('06:00');
  await dialog.getByLabel('End').fill('05:30');
  // No staff: said at once, nothing sent.
  await dialog.getByRole('button', { name: 'Add activity' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Choose at least one staff member/);
  // The end before the start: the host refuses it in plain words, nothing is saved.
  await dialog.getByRole('checkbox', { name: first!.name }).check();
  await dialog.getByRole('button', { name: 'Add activity' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/End time must be after the start time/);
  expect((await api(host, 'board.get', { day })).activities.filter((a) => a.kind === 'training')).toEqual([]);

  await dialog.getByLabel('End').fill('06:45');
  await dialog.getByRole('button', { name: 'Add activity' }).click();
  await expect(dialog).toBeHidden();
  const activityCard = column(page, first!.initials).locator('[data-activity-id]').filter({ hasText: 'Training' });
  await expect(activityCard).toBeVisible();
  await expect(activityCard).toContainText('Team activity');
  const [made] = (await api(host, 'board.get', { day })).activities.filter((a) => a.kind === 'training');
  expect(made).toMatchObject({ staffIds: [first!.id], startMinute: 360, endMinute: 405 });

  // Dragged like a contact: the other staff member takes it.
  const target = column(page, second!.initials);
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await mouseDrag(page, activityCard, { x: box.x + box.width / 2, y: box.y + 60 });
  await expect.poll(async () => (await api(host, 'board.get', { day })).activities.find((a) => a.id === made!.id)?.staffIds).toEqual([second!.id]);
  const moved = target.locator(`[data-activity-id="${made!.id}"]`);
  await expect(moved).toBeVisible();
  await expect(column(page, first!.initials).locator(`[data-activity-id="${made!.id}"]`)).toHaveCount(0);
  await expect(moved).not.toContainText('Overlap');

  // A contact at the same time for them: the activity's card says Overlap, and the warning names it.
  const client = (await api(host, 'clients.list', {})).find((c) => c.status === 'active')!;
  await api(host, 'contacts.create', { clientId: client.id, staffId: second!.id, day, start: '06:15', end: '06:45', intervention: 'housing', location: 'office' });
  await expect(moved).toContainText('Overlap');
  await expect(page.getByText(`${second!.name} is double-booked: Training`)).toBeVisible();
});

test('a weekly supervision made once is on the board each week until its last date; deleting this one and the following leaves the earlier ones', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const someone = board.staff.find((s) => board.staffDays.find((d) => d.staffId === s.id)?.shift)!;
  await openBoard(page, host);

  await page.getByRole('button', { name: '+ Team activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a team activity' });
  await dialog.getByLabel('Activity').selectOption({ label: 'Supervision' });
  await dialog.getByLabel('Start').fill('06:00');
  await dialog.getByLabel('End').fill('06:30');
  await dialog.getByRole('checkbox', { name: someone.name }).check();
  await dialog.getByLabel('Repeats').selectOption({ label: 'Every week' });
  // Past the limit: refused in plain words, nothing saved.
  await dialog.getByLabel('Until').fill(addDays(day, 400));
  await dialog.getByRole('button', { name: 'Add activity' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/up to a year ahead/);
  await dialog.getByLabel('Until').fill(addDays(day, 21));
  await dialog.getByRole('button', { name: 'Add activity' }).click();
  await expect(dialog).toBeHidden();

  const weeks = [0, 7, 14, 21, 28].map((n) => addDays(day, n));
  const supervisionOn = async (d: string) => (await api(host, 'board.get', { day: d })).activities.filter((a) => a.kind === 'supervision' && a.startMinute === 360);
  expect(await Promise.all(weeks.map(async (d) => (await supervisionOn(d)).length))).toEqual([1, 1, 1, 1, 0]);

  // Two weeks on, in the browser: delete this one and the following.
  await page.getByLabel('Pick a date').fill(weeks[2]!);
  const card = column(page, someone.initials).locator('[data-activity-id]').filter({ hasText: 'Supervision' }).first();
  await card.click();
  const edit = page.getByRole('dialog', { name: 'Team activity' });
  await edit.getByRole('button', { name: 'Delete this and the following' }).click();
  await edit.getByRole('button', { name: 'Really delete this and the following?' }).click();
  await expect(edit).toBeHidden();
  expect(await Promise.all(weeks.map(async (d) => (await supervisionOn(d)).length))).toEqual([1, 1, 0, 0, 0]);
});

test("a client's address edited in the client form shows on the day sheet", async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const contact = board.contacts.find((c) => c.staffId !== null && c.status !== 'cancelled')!;
  const client = (await api(host, 'clients.list', {})).find((c) => c.id === contact.clientId)!;
  await openBoard(page, host);
  await tab(page, 'Clients').click();
  await page.getByRole('button', { name: `Edit ${client.preferredName}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  // Too long: refused with a plain message, nothing saved.
  await dialog.getByLabel('Address').evaluate((el: HTMLInputElement) => el.removeAttribute('maxlength'));
  await dialog.getByLabel('Address').fill('x'.repeat(201));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Address must be at most 200 characters/);
  expect((await api(host, 'clients.list', {})).find((c) => c.id === client.id)!.address).toBe(client.address);

  await dialog.getByLabel('Address').fill('77 Wicketgate Close, Riverside');
  await dialog.getByLabel('Legal status').selectOption({ label: 'Conditional release' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`${host.url}/?view=print&day=${day}`);
  const staff = board.staff.find((s) => s.id === contact.staffId)!;
  const row = page.locator(`[data-print-staff="${staff.initials}"] tbody tr`).filter({ hasText: client.preferredName }).first();
  await expect(row).toContainText('77 Wicketgate Close, Riverside');
  await expect(row).toContainText(client.phone);
  const basics = page.locator('[data-print-basics] tr').filter({ hasText: '77 Wicketgate Close' });
  await expect(basics).toContainText('Conditional release');
});

test('the wall screen and the day sheet show a team activity as its kind and time, no client', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const staff = board.staff.find((s) => board.staffDays.find((d) => d.staffId === s.id)?.shift)!;
  const made = await api(host, 'activities.create', { kind: 'team_meeting', day, start: '06:00', end: '06:30', staffIds: [staff.id], note: 'Agenda: winter cover' });
  // The wall awake whatever the hour, on the board page.
  const { version } = await api(host, 'settings.get', {});
  await api(host, 'settings.update', { version, wall: { ...DEFAULT_WALL_SETTINGS, pages: [{ id: 'board', seconds: 600 }], blankOutsideHours: false } });
  await page.goto(`${host.url}/?view=wall`);
  const wallCard = page.locator(`section[data-column="${staff.initials}"] [data-activity-id="${made.id}"]`);
  await expect(wallCard).toContainText('Team meeting');
  await expect(wallCard).toContainText('06:00');

  await page.goto(`${host.url}/?view=print&day=${day}`);
  const row = page.locator(`[data-print-staff="${staff.initials}"] tr.print-activity`);
  await expect(row).toContainText('Team meeting (team activity)');
  // Opened without signing in, as a locked seat: the note stays hidden, as a contact's does.
  await expect(row).not.toContainText('Agenda: winter cover');
});

test('the keyboard picks up a team activity and gives it to the next staff member, with announcements', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const staff = board.staff.filter((s) => board.staffDays.find((d) => d.staffId === s.id)?.shift)[0]!;
  const made = await api(host, 'activities.create', { kind: 'group', day, start: '06:00', end: '07:00', staffIds: [staff.id] });
  await openBoard(page, host);
  const activityCard = column(page, staff.initials).locator(`[data-activity-id="${made.id}"]`);
  await activityCard.focus();
  const liveRegion = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(liveRegion).toHaveText(`Picked up Group, 06:00, ${staff.name}.`);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toHaveText(/^Over /);
  await page.keyboard.press('Space');
  await expect(liveRegion).toHaveText(/^Moved Group, 06:00 to /);
  await expect.poll(async () => (await api(host, 'board.get', { day })).activities.find((a) => a.id === made.id)?.staffIds).not.toEqual([staff.id]);
});
