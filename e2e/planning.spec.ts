/** The planning screens of issue 3: client schedules, the month of appointments, staff working time. */
import { DateTime } from 'luxon';
import { formatDayLong } from '../shared/time';
import { api, column, expect, openBoard, test, today } from './fixtures';
import type { TestHost } from './host';

async function activeClient(host: TestHost) {
  const clients = await api(host, 'clients.list', {});
  return clients.find((c) => c.status === 'active')!;
}

test('a weekly schedule item added in the client screen shows on the week at a glance', async ({ page, host }) => {
  const client = await activeClient(host);
  const before = await api(host, 'schedule.items.list', { clientId: client.id });
  await openBoard(page, host);
  await page.getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByRole('button', { name: `Schedule of ${client.preferredName}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`${client.preferredName}: weekly schedule`) })).toBeVisible();

  await page.getByRole('button', { name: '+ Add schedule item' }).click();
  const dialog = page.getByRole('dialog');
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await dialog.getByRole('checkbox', { name: day, exact: true }).setChecked(day === 'Tuesday' || day === 'Thursday');
  }
  await expect(dialog.getByText('Weekly: Tue, Thu. Next:')).toBeVisible();
  await dialog.getByLabel('Time', { exact: true }).fill('07:15');
  await dialog.getByLabel('Duration (minutes)').fill('25');
  await dialog.getByLabel('Intervention', { exact: true }).selectOption({ label: 'Employment' });
  await dialog.getByLabel('Role needed').selectOption({ label: 'Vocational specialist' });
  await dialog.getByRole('button', { name: 'Add to schedule' }).click();
  // Saved; the preferred staff member (the client's primary worker, by default) is not a vocational specialist, and the form says so.
  const primary = (await api(host, 'staff.list', {})).find((s) => s.id === client.primaryStaffId)!;
  expect(primary.role).not.toBe('vocational_specialist');
  await expect(dialog.getByTestId('item-warnings')).toContainText(`${primary.name} (`);
  await expect(dialog.getByTestId('item-warnings')).toContainText('Employment needs Vocational specialist');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // Next week: both days are after the start date, whatever day today is.
  await page.getByRole('button', { name: 'Next week' }).click();
  const monday = DateTime.fromISO(await today(host)).startOf('week').plus({ weeks: 1 });
  const week = page.getByTestId('week-at-a-glance');
  for (const offset of [1, 3]) {
    const day = week.locator(`[data-day="${monday.plus({ days: offset }).toISODate()}"]`);
    const item = day.locator('.item-card', { hasText: '07:15 · 25 min' });
    await expect(item).toContainText('Employment');
    await expect(item).toContainText('Needs Vocational specialist');
  }
  await expect(week.locator(`[data-day="${monday.plus({ days: 2 }).toISODate()}"] .item-card`, { hasText: '07:15' })).toHaveCount(0);

  const after = await api(host, 'schedule.items.list', { clientId: client.id });
  expect(after).toHaveLength(before.length + 1);
  const added = after.find((i) => !before.some((b) => b.id === i.id))!;
  expect(added.rule).toEqual({ kind: 'weekly', interval: 1, weekdays: [2, 4] });
  expect(added.startMinute).toBe(7 * 60 + 15);
  expect(added.roleNeeded).toBe('vocational_specialist');
});

test('a rule that never occurs is refused with a clear message, the form stays, nothing is saved', async ({ page, host }) => {
  const client = await activeClient(host);
  const before = await api(host, 'schedule.items.list', {});
  await openBoard(page, host);
  await page.getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByRole('button', { name: `Schedule of ${client.preferredName}`, exact: true }).click();
  await page.getByRole('button', { name: '+ Add schedule item' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Monthly, on a date' }).check();
  await dialog.getByLabel('Day of the month').selectOption({ label: 'Day 31' });
  await dialog.getByLabel('Starts on').fill('2027-02-01');
  await dialog.getByLabel('Ends on').fill('2027-02-28');
  await dialog.getByRole('button', { name: 'Add to schedule' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/This rule never falls on a day between Mon 1 Feb 2027 and Sun 28 Feb 2027/);
  await expect(dialog.getByLabel('Starts on')).toHaveValue('2027-02-01');

  // A duration too short: refused too, and the form still holds the rest.
  await dialog.getByLabel('Ends on').fill('');
  await dialog.getByLabel('Duration (minutes)').fill('0');
  await dialog.getByRole('button', { name: 'Add to schedule' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/must be at least 5 minutes/);
  await expect(dialog.getByLabel('Day of the month')).toHaveValue('31');
  expect(await api(host, 'schedule.items.list', {})).toEqual(before);
});

test('an appointment added in the month view shows on the calendar, and opens to edit', async ({ page, host }) => {
  const client = await activeClient(host);
  const day = await today(host);
  await openBoard(page, host);
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await page.getByRole('button', { name: `Add an appointment on ${formatDayLong(day)}` }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client', { exact: true }).selectOption({ label: client.preferredName });
  await dialog.getByLabel('What').selectOption({ label: 'Court date' });
  await dialog.getByLabel('Time', { exact: true }).fill('13:30');
  await dialog.getByLabel('Place').fill('Family court, room 2');
  await dialog.getByLabel('Staff support').selectOption({ label: 'Staff transports' });
  await dialog.getByRole('button', { name: 'Add appointment' }).click();
  await expect(dialog).toHaveCount(0);

  const cell = page.getByTestId('month-grid').locator(`[data-day="${day}"]`);
  const chip = cell.locator('.appt', { hasText: 'Family court, room 2' });
  await expect(chip).toContainText('13:30');
  await expect(chip).toContainText(client.preferredName);
  await expect(chip).toContainText('Court date');
  await expect(chip).toContainText('Staff transports');
  const saved = (await api(host, 'appointments.list', { from: day, to: day, clientId: client.id })).find((a) => a.kind === 'court')!;
  expect(saved).toMatchObject({ startMinute: 13 * 60 + 30, place: 'Family court, room 2', staffSupport: 'transport' });

  await chip.click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Place').fill('Family court, room 5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(cell.locator('.appt', { hasText: 'Family court, room 5' })).toBeVisible();

  // One client's month shows only theirs.
  await page.getByLabel('Show appointments of').selectOption({ label: client.preferredName });
  const first = DateTime.fromISO(day).startOf('month').startOf('week').toISODate()!;
  const last = DateTime.fromISO(day).endOf('month').endOf('week').toISODate()!;
  const theirs = await api(host, 'appointments.list', { from: first, to: last, clientId: client.id });
  await expect(page.locator('.month-grid .appt')).toHaveCount(theirs.length);
});

test("a staff member's day off in availability takes them off that day's board", async ({ page, host }) => {
  const day = DateTime.fromISO(await today(host)).plus({ days: 1 }).toISODate()!;
  const board = await api(host, 'board.get', { day });
  const busy = new Set(board.contacts.filter((c) => c.status !== 'cancelled').map((c) => c.staffId));
  const member = board.staff.find((s) => !busy.has(s.id))!;

  await openBoard(page, host);
  await page.getByLabel('Pick a date').fill(day);
  await expect(column(page, member.initials)).toBeVisible();

  await page.getByRole('button', { name: 'Staff', exact: true }).click();
  await page.getByRole('button', { name: `Availability of ${member.name}` }).click();
  const changes = page.getByRole('region', { name: 'Changes for one day' });
  await changes.getByLabel('Date').fill(day);
  await changes.getByLabel('That day').selectOption({ label: 'Day off' });
  await changes.getByRole('button', { name: 'Set day' }).click();
  await expect(changes.getByRole('listitem').filter({ hasText: 'Day off' })).toBeVisible();
  await expect(page.locator(`.upcoming-day[data-day="${day}"]`)).toContainText('Off');

  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(page.getByLabel('Pick a date')).toHaveValue(day);
  await expect(page.locator('section[data-column]').first()).toBeVisible();
  await expect(column(page, member.initials)).toHaveCount(0);
  const availability = (await api(host, 'availability.list', {})).find((a) => a.staffId === member.id)!;
  expect(availability.changes).toContainEqual({ day, shift: null });
});
