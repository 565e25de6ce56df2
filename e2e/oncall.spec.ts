import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { api, centreOf, expect, mouseDrag, openBoard, test, today } from './fixtures';
import { addDays } from '../shared/time';

const shotsDir = 'test-results/oncall';

async function shots(page: Page, name: string) {
  fs.mkdirSync(shotsDir, { recursive: true });
  for (const [w, h] of [[1920, 1080], [1366, 768]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${shotsDir}/${name}-${w}x${h}.png` });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });

test('swap two turns on the On call screen; under a fixed clock "on call now" changes by itself at the hand-off', async ({ page, host }) => {
  const now = await api(host, 'oncall.now', {});
  const primary = now.roles.find((r) => r.role.kind === 'primary')!;
  const handoff = primary.now.until!;
  const day = await today(host);
  const timeline = await api(host, 'oncall.timeline', { from: day, to: addDays(day, 21) });
  const turns = timeline.roles.find((r) => r.roleId === primary.role.id)!;
  const [first, second] = turns.turns.filter((t) => Date.parse(t.start) >= Date.parse(handoff));
  expect(first!.start).toBe(handoff);
  const holderAt = (iso: string) => turns.segments.find((s) => Date.parse(s.start) <= Date.parse(iso) && Date.parse(iso) < Date.parse(s.end))!.staffId;
  const staff = await api(host, 'staff.list', {});
  const name = (id: number | null) => staff.find((s) => s.id === id)!.name;
  const [holderNow, holderFirst, holderSecond] = [primary.now.staffId, holderAt(first!.start), holderAt(second!.start)];
  expect(new Set([holderNow, holderFirst, holderSecond]).size).toBe(3);

  // Two minutes before the hand-off, on this page's clock.
  await page.clock.install({ time: new Date(Date.parse(handoff) - 2 * 60_000) });
  await openBoard(page, host);
  const strip = page.getByTestId(`oncall-role-${primary.role.id}`);
  await expect(strip).toContainText(name(holderNow));
  await expect(strip).toContainText(/until/);

  await tab(page, 'On call').click();
  const form = page.getByRole('form', { name: 'Change a turn of Primary on call' });
  await form.getByLabel('Change').selectOption('swap');
  await form.getByRole('combobox', { name: /^Turn/ }).selectOption(first!.start);
  await form.getByRole('combobox', { name: /^Swap with/ }).selectOption(second!.start);
  await form.getByLabel('Reason').fill('Dentist on the Tuesday');
  await form.getByRole('button', { name: 'Save the change' }).click();
  await expect.poll(async () => (await api(host, 'oncall.rota', {})).overrides.filter((o) => o.reason === 'Dentist on the Tuesday').length).toBe(2);
  await shots(page, 'oncall-screen');

  await tab(page, 'Board').click();
  await expect(strip).toContainText(name(holderNow));
  await shots(page, 'board-before-handoff');
  await page.clock.fastForward('03:00');
  // The swap put the second turn's holder on the phone at the hand-off.
  await expect(strip).toContainText(name(holderSecond));
  await expect(strip).not.toContainText(name(holderFirst));
  // Until the hand-off after that, a week on.
  await expect(strip).toContainText('until Mon');
  await shots(page, 'board-after-handoff');

  // A locked seat: names and the crisis line, no staff phone numbers.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByText(/Locked: read only/)).toBeVisible();
  await expect(strip).toContainText(name(holderSecond));
  await expect(page.getByTestId('oncall-strip')).toContainText('Crisis line 555-0100');
  await expect(page.getByTestId('oncall-strip')).not.toContainText(/555-01[1-9]\d/);
  await shots(page, 'board-locked');
  await tab(page, 'On call').click();
  await expect(page.getByRole('heading', { name: 'After-hours log' })).toBeVisible();
  await shots(page, 'oncall-screen-locked');
});

test('log an after-hours call; it opens the next meeting and its follow-up goes on the board', async ({ page, host }) => {
  const day = await today(host);
  const before = (await api(host, 'meeting.roster', {})).afterHours.length;
  await openBoard(page, host);
  await tab(page, 'On call').click();
  const form = page.getByRole('form', { name: 'Log an after-hours call' });
  await form.getByLabel('Date').fill(addDays(day, -1));
  await form.getByLabel('Time').fill('22:30');
  await form.getByLabel('Client').selectOption({ index: 1 });
  await form.getByLabel('What happened').fill('Could not sleep, voices loud; talked through the safety plan.');
  await form.getByLabel('What was done').selectOption('visit');
  await form.getByLabel('Follow-up needed').check();
  await form.getByRole('button', { name: 'Log the call' }).click();
  await expect.poll(async () => (await api(host, 'meeting.roster', {})).afterHours.length).toBe(before + 1);

  await tab(page, 'Meeting').click();
  const section = page.getByRole('region', { name: /After-hours calls since the last meeting/ });
  const entry = section.getByTestId('after-hours-call').filter({ hasText: 'Could not sleep, voices loud' });
  await expect(entry).toContainText('taken by Marisol Vega');
  await shots(page, 'meeting-start');
  await entry.getByRole('button', { name: 'Put the follow-up on the board' }).click();
  await expect(entry).toContainText('Follow-up on the board.');
  const logged = (await api(host, 'afterHours.list', {})).find((c) => c.whatHappened.startsWith('Could not sleep'))!;
  expect(logged.followUpContactId).not.toBeNull();

  // In the meeting the call is on the client's card until it is marked reviewed there.
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  const meeting = (await api(host, 'meeting.current', {}))!;
  const position = meeting.reviews.findIndex((r) => r.clientId === logged.clientId);
  await page.getByRole('navigation', { name: 'Roster' }).getByRole('listitem').nth(position).getByRole('button').click();
  const onCard = page.getByRole('region', { name: 'After-hours calls' }).getByTestId('after-hours-call');
  await expect(onCard).toContainText('Could not sleep, voices loud');
  await onCard.getByRole('button', { name: 'Reviewed' }).click();
  await expect(onCard.getByRole('button', { name: 'Reviewed' })).toHaveCount(0);
  await expect(onCard.locator('.call-tag', { hasText: 'Reviewed' })).toBeVisible();
  await expect.poll(async () => (await api(host, 'afterHours.list', {})).find((c) => c.id === logged.id)!.reviewedMeetingId).toBe(meeting.id);
});

test('the team’s month: drag across days to add time off; days short of the operating hours are marked with the reason', async ({ page, host }) => {
  await openBoard(page, host);
  await tab(page, 'Month').click();
  await page.getByRole('navigation', { name: 'Month views' }).getByRole('button', { name: 'The team' }).click();
  await page.getByRole('button', { name: 'Next month' }).click();
  const next = DateTime.fromISO(await today(host)).plus({ months: 1 }).startOf('month');
  const day = (n: number) => next.set({ day: n }).toISODate()!;
  const cell = (n: number) => page.locator(`.tm-cell[data-staff="HB"][data-day="${day(n)}"]`);
  await expect(cell(8)).toBeVisible();
  await mouseDrag(page, cell(8), await centreOf(cell(10)));
  const dialog = page.getByRole('dialog', { name: 'Time off for Hannah Brooks' });
  await expect(dialog.getByLabel('First day')).toHaveValue(day(8));
  await expect(dialog.getByLabel('Last day')).toHaveValue(day(10));
  await dialog.getByRole('button', { name: 'Add time off' }).click();
  await expect(cell(9)).toHaveText('V');
  const hb = (await api(host, 'staff.list', {})).find((s) => s.initials === 'HB')!;
  const off = (await api(host, 'availability.list', {})).find((a) => a.staffId === hb.id)!.timeOff;
  expect(off).toContainEqual(expect.objectContaining({ fromDay: day(8), toDay: day(10), kind: 'vacation' }));

  // Everyone off on the 15th: the day is marked, with the reason.
  for (const s of (await api(host, 'staff.list', {})).filter((x) => x.active)) {
    await api(host, 'availability.setDay', { staffId: s.id, day: day(15), shift: null });
  }
  await expect(page.getByTestId(`check-${day(15)}`)).toHaveText('⚠');
  await expect(page.getByRole('region', { name: /Days short of the operating hours/ })).toContainText(/No 8-hour shift|Nobody is working/);
  await shots(page, 'team-month');
});

test('a call that ended in hospital opens the client’s hospital stay from the log, dated the night of the call', async ({ page, host }) => {
  const day = await today(host);
  const client = (await api(host, 'clients.list', {})).find((c) => c.status === 'active')!;
  await openBoard(page, host);
  await tab(page, 'On call').click();
  const form = page.getByRole('form', { name: 'Log an after-hours call' });
  await form.getByLabel('Date').fill(addDays(day, -1));
  await form.getByLabel('Time').fill('23:10');
  await form.getByLabel('Client').selectOption({ value: String(client.id) });
  await form.getByLabel('What happened').fill('Called from the emergency department; admitted overnight.');
  await form.getByLabel('What was done').selectOption('hospitalized');
  await form.getByRole('button', { name: 'Log the call' }).click();
  const entry = page.getByTestId('after-hours-call').filter({ hasText: 'Called from the emergency department' });
  await entry.getByRole('button', { name: 'Open a hospital stay' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Admitted on')).toHaveValue(addDays(day, -1));
  await dialog.getByLabel('Facility').fill('Fictional County Hospital');
  await dialog.getByRole('button', { name: 'Admit' }).click();
  await expect.poll(async () => (await api(host, 'stays.current', {})).stays.some((s) => s.stay.clientId === client.id)).toBe(true);
  expect((await api(host, 'clients.list', {})).find((c) => c.id === client.id)!.status).toBe('hospitalized');
  await expect(entry.getByRole('button', { name: 'Open a hospital stay' })).toHaveCount(0);
});
