/** Issue 12, items 12-14, 17 and 18: the shift manager's day and the meeting, as people use them. */
import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { formatDayShort } from '../shared/time';
import { DEMO_ADMIN, DEMO_SCHEDULER, api, expect, openBoard, test, today } from './fixtures';
import type { TestHost } from './host';

/** Chooses the person and taps the PIN on the on-screen keypad. */
async function typePin(page: Page, name: string, pin: string) {
  const pad = page.getByRole('dialog', { name: 'Unlock the board' });
  await expect(pad).toBeVisible();
  await pad.getByRole('button', { name, exact: true }).click();
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(pad).toBeHidden();
}

const tab = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

async function schedulerId(host: TestHost) {
  return (await api(host, 'staff.list', {})).find((s) => s.initials === DEMO_SCHEDULER.initials)!.id;
}

test('item 17: Start on a locked seat starts the meeting once the PIN is entered; attendance starts from the rota', async ({ page, host }) => {
  await page.goto(host.url);
  await tab(page, 'Meeting');
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await typePin(page, DEMO_SCHEDULER.name, DEMO_SCHEDULER.pin);
  // No second tap: the meeting is running.
  await expect(page.locator('.meeting-stage')).toBeVisible();
  const meeting = (await api(host, 'meeting.current', {}))!;
  expect(meeting).not.toBeNull();

  // People not working today start as "off" (not working today), the rest as absent until ticked.
  const board = await api(host, 'board.get', { day: await today(host) });
  const working = new Set(board.staffDays.filter((d) => d.shift).map((d) => d.staffId));
  expect(meeting.attendance.filter((a) => a.presence === 'off').length).toBeGreaterThan(0);
  for (const a of meeting.attendance) expect([a.staffId, a.presence]).toEqual([a.staffId, working.has(a.staffId) ? 'absent' : 'off']);
  const off = (await api(host, 'staff.list', {})).find((s) => s.id === meeting.attendance.find((a) => a.presence === 'off')!.staffId)!;
  await page.getByRole('button', { name: /^Attendance/ }).first().click();
  const row = page.getByRole('group', { name: off.name });
  await expect(row.getByRole('radio', { name: 'Not working today' })).toBeChecked();
});

test("item 17: the event form's Written by is the person who unlocked, also when the PIN is asked with the form open", async ({ page, host }) => {
  await api(host, 'meeting.start', { sort: 'status' });
  await page.goto(host.url);
  await tab(page, 'Meeting');
  await page.getByRole('button', { name: '+ Event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a significant event' });
  await dialog.getByLabel('What happened').fill('Missed the bus to the clinic; rebooked for Thursday.');
  await dialog.getByRole('button', { name: 'Add event' }).click();
  await typePin(page, DEMO_SCHEDULER.name, DEMO_SCHEDULER.pin);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Written by')).toHaveValue(String(await schedulerId(host)));
  await expect(dialog.getByLabel('Written by').locator('option:checked')).toHaveText(DEMO_SCHEDULER.name);
  await dialog.getByRole('button', { name: 'Add event' }).click();
  await expect(dialog).toBeHidden();
  const events = await api(host, 'events.list', { query: 'Missed the bus' });
  expect(events.events.map((e) => e.authorStaffId)).toEqual([await schedulerId(host)]);
});

test('item 17: a meeting started by mistake is discarded after a confirm; saving with fewer than half reviewed asks first', async ({ page, host }) => {
  await openBoard(page, host);
  await tab(page, 'Meeting');
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  const first = (await api(host, 'meeting.current', {}))!;
  await page.getByRole('button', { name: 'Discard…' }).click();
  const discard = page.getByRole('dialog', { name: 'Discard this meeting?' });
  await discard.getByRole('button', { name: 'Discard the meeting' }).click();
  await expect(page.getByRole('button', { name: 'Start the meeting' })).toBeVisible();
  expect(await api(host, 'meeting.current', {})).toBeNull();
  expect((await api(host, 'meeting.history', {})).meetings.map((m) => m.id)).not.toContain(first.id);

  // A second start: two clients reviewed, then the end of the roster.
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(page.locator('.meeting-stage')).toBeVisible();
  const { id, reviews } = (await api(host, 'meeting.current', {}))!;
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect.poll(async () => (await api(host, 'meeting.current', {}))?.focusClientId).toBe(reviews[1]!.clientId);
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect.poll(async () => (await api(host, 'meeting.current', {}))?.focusClientId).toBe(reviews[2]!.clientId);
  await page.getByRole('button', { name: 'End meeting' }).click();
  await page.getByRole('button', { name: 'Finish and save the meeting' }).click();
  const ask = page.getByRole('dialog', { name: `Save with 2 of ${reviews.length} clients reviewed?` });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  expect((await api(host, 'meeting.get', { id })).status).toBe('running');
  await page.getByRole('button', { name: 'Finish and save the meeting' }).click();
  await ask.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Meeting saved' })).toBeVisible();
  expect((await api(host, 'meeting.get', { id })).status).toBe('finished');
});

test("item 18: the meeting's target is the team's minutes per client for each client on the roster", async ({ page, host }) => {
  await openBoard(page, host, DEMO_ADMIN); // team settings are an admin's
  await tab(page, 'Settings');
  await page.getByLabel('Morning meeting: minutes per client').fill('1.5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(async () => (await api(host, 'settings.get', {})).meetingMinutesPerClient).toBe(1.5);
  const roster = (await api(host, 'meeting.roster', {})).clients.length;
  const clock = (s: number) => `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  const target = clock(roster * 90);
  await tab(page, 'Meeting');
  await expect(page.getByText(`${roster} clients to review, 1.5 minutes each: ${target} in all.`)).toBeVisible();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(page.getByRole('timer', { name: 'Meeting clock' })).toContainText(`/ ${target}`);
  await expect(page.getByRole('timer', { name: 'Time on this client' })).toContainText('/ 1:30');
});

test('item 12: the board warns about a high-risk client with nothing planned and a psychiatric visit due today', async ({ page, host }) => {
  const day = await today(host);
  const staff = await api(host, 'staff.list', {});
  const md = staff.find((s) => s.role === 'psychiatrist')!;
  const mk = (name: string, preferredName: string) =>
    api(host, 'clients.create', { name, preferredName, admissionDate: '2024-01-05', primaryStaffId: md.id, teamStaffIds: [md.id] });
  const risky = await mk('Quinn Quarry', 'Quinn');
  await api(host, 'clients.setAcuity', { clientId: risky.id, version: 0, acuity: 'high_risk', reason: 'Stopped meds' });
  const due = await mk('Rory Rowan', 'Rory');
  const weeks = (await api(host, 'clinical.mdBoard', {})).settings.psychVisitWeeks;
  const lastDay = DateTime.fromISO(day).minus({ weeks }).toISODate()!;
  const visit = await api(host, 'contacts.create', { clientId: due.id, staffId: md.id, day: lastDay, start: '10:00', end: '10:30', intervention: 'psychiatric_visit', location: 'office' });
  await api(host, 'contacts.setStatus', { id: visit.id, version: visit.version, status: 'done' });

  await openBoard(page, host);
  const warnings = page.locator('.side-panel .warning');
  await expect(warnings.filter({ hasText: 'Quinn is high risk and has nothing planned in the next 24 hours: plan a contact.' })).toBeVisible();
  await expect(warnings.filter({ hasText: `Psychiatric visit due today for Rory (last one ${formatDayShort(lastDay)}, every ${weeks} weeks): none is planned.` })).toBeVisible();
});

test('item 13: an injection needs RN / LPN by default; a preferred staff member without the role is warned about, and the item is saved', async ({ page, host }) => {
  const clients = await api(host, 'clients.list', {});
  const client = clients.find((c) => c.status === 'active')!;
  const cm = (await api(host, 'staff.list', {})).find((s) => s.role === 'case_manager' && s.active)!;
  const before = await api(host, 'schedule.items.list', { clientId: client.id });
  await openBoard(page, host);
  await tab(page, 'Clients');
  await page.getByRole('button', { name: `Schedule of ${client.preferredName}`, exact: true }).click();
  await page.getByRole('button', { name: '+ Add schedule item' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Role needed')).toHaveValue('any');
  await dialog.getByLabel('Intervention', { exact: true }).selectOption({ label: 'Injection' });
  await expect(dialog.getByLabel('Role needed')).toHaveValue('nurse');
  await dialog.getByLabel('Preferred staff member').selectOption({ label: cm.name });
  await dialog.getByRole('button', { name: 'Add to schedule' }).click();
  await expect(dialog.getByTestId('item-warnings')).toContainText(`${cm.name} (Case manager) cannot take this item: Injection needs RN / LPN.`);
  const after = await api(host, 'schedule.items.list', { clientId: client.id });
  const added = after.filter((i) => !before.some((b) => b.id === i.id));
  expect(added.map((i) => [i.intervention, i.roleNeeded, i.preferredStaffId])).toEqual([['injection', 'nurse', cm.id]]);
  // Saving again (after the warning) changes the saved item rather than adding another.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByTestId('item-warnings')).toBeVisible();
  expect(await api(host, 'schedule.items.list', { clientId: client.id })).toHaveLength(before.length + 1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test("item 14: the client's week is in time order and marks a court date over a visit", async ({ page, host }) => {
  const day = await today(host);
  const client = (await api(host, 'clients.list', {})).find((c) => c.status === 'active')!;
  const weekday = DateTime.fromISO(day).weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7;
  await api(host, 'schedule.items.create', {
    clientId: client.id, rule: { kind: 'weekly', interval: 1, weekdays: [weekday] }, startsOn: day, start: '10:00', durationMinutes: 45,
    intervention: 'employment', location: 'community',
  });
  await api(host, 'appointments.create', { clientId: client.id, day, start: '09:30', durationMinutes: 120, kind: 'court', place: 'Fictional County Court' });
  await openBoard(page, host);
  await tab(page, 'Clients');
  await page.getByRole('button', { name: `Schedule of ${client.preferredName}`, exact: true }).click();
  const today_ = page.getByTestId('week-at-a-glance').locator(`[data-day="${day}"]`);
  const court = today_.locator('li', { has: page.locator('.appt-court') });
  const visit = today_.locator('li', { has: page.locator('.item-card', { hasText: '10:00' }) });
  await expect(court).toContainText('Clashes with Employment 10:00');
  await expect(visit).toContainText('Clashes with Court date 09:30');
  // In time order: the 09:30 court date before the 10:00 visit, whatever else the day holds.
  const order = await today_.locator('li').evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
  const courtAt = order.findIndex((t) => t.includes('Court'));
  const visitAt = order.findIndex((t) => t.includes('Clashes with Court date'));
  expect(courtAt).toBeGreaterThanOrEqual(0);
  expect(courtAt).toBeLessThan(visitAt);
});
