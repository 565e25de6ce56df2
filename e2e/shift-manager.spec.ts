import type { BoardDay, Contact, Staff } from '../shared/domain';
import { addDays, formatClock } from '../shared/time';
import { api, card, column, expect, mouseDrag, openBoard, test, today } from './fixtures';

const NURSES = ['registered_nurse', 'licensed_practical_nurse', 'nurse_practitioner'];
const MANAGERS = ['case_manager', 'social_worker', 'team_leader', 'peer_specialist', 'family_specialist'];

/** A nurse, a case manager and a 20-minute slot when both are on shift and free (no contact, no team activity). */
function nurseAndManagerFree(board: BoardDay): { nurse: Staff; manager: Staff; at: number } {
  const busy = (s: Staff, t: number) =>
    board.contacts.some((c) => c.staffId === s.id && c.status !== 'cancelled' && t < c.endMinute && c.startMinute < t + 20) ||
    board.activities.some((a) => a.staffIds.includes(s.id) && t < a.endMinute && a.startMinute < t + 20);
  for (const nurse of board.staff.filter((s) => NURSES.includes(s.role))) {
    for (const manager of board.staff.filter((s) => MANAGERS.includes(s.role))) {
      const shifts = [nurse, manager].map((s) => board.staffDays.find((d) => d.staffId === s.id)!.shift!);
      const to = Math.min(...shifts.map((s) => s.end)) - 20;
      for (let t = Math.max(...shifts.map((s) => s.start)); t <= to; t += 5) {
        if (!busy(nurse, t) && !busy(manager, t)) return { nurse, manager, at: t };
      }
    }
  }
  throw new Error('no free slot in the demo day');
}

test('the shift manager drafts a day, moves a warned contact to fix it, and the warning clears', async ({ page, host }) => {
  // A weekday ahead that the demo has not drafted yet.
  let day = addDays(await today(host), 2);
  while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDays(day, 1);
  // Travel time is another warning; this test is about the role one.
  await api(host, 'settings.update', { version: (await api(host, 'settings.get', {})).version, travelBufferMinutes: 0 });
  await openBoard(page, host);
  await page.getByLabel('Pick a date').fill(day);
  await expect(page.locator('[data-contact-id]')).toHaveCount(0);

  await page.getByRole('button', { name: /Draft schedule/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Drafted \d+ contacts/ })).toBeVisible();
  const drafted = await api(host, 'board.get', { day });
  expect(drafted.contacts.length).toBeGreaterThan(20);
  await expect(page.locator('[data-contact-id]')).toHaveCount(drafted.contacts.length);

  // Someone puts an injection on a case manager by hand: the board warns.
  const { nurse, manager, at } = nurseAndManagerFree(drafted);
  const clients = await api(host, 'clients.list', {});
  const client = clients.find((c) => c.status === 'active' && !drafted.contacts.some((d) => d.clientId === c.id))!;
  const injection: Contact = await api(host, 'contacts.create', {
    clientId: client.id, staffId: manager.id, day, start: formatClock(at), end: formatClock(at + 20),
    intervention: 'injection', location: 'office',
  });
  const warning = page.locator('.side-panel .warning').filter({ hasText: `Injection for ${client.preferredName} needs RN / LPN` });
  await expect(warning).toBeVisible();
  await expect(card(page, injection.id)).toContainText('Wrong role');

  // Drag it to the nurse, keeping its time: the warning goes.
  const box = (await column(page, nurse.initials).boundingBox())!;
  await mouseDrag(page, card(page, injection.id), { x: box.x + box.width / 2, y: box.y + box.height - 20 });
  await expect(card(column(page, nurse.initials), injection.id)).toBeVisible();
  await expect(warning).toHaveCount(0);
  await expect(card(page, injection.id)).not.toContainText('Wrong role');
  const after = await api(host, 'board.get', { day });
  expect(after.warnings.filter((w) => w.contactIds.includes(injection.id))).toEqual([]);

  // Drafting again adds nothing and keeps the move.
  await page.getByRole('button', { name: /Draft schedule/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Nothing to add/ })).toBeVisible();
  expect((await api(host, 'board.get', { day })).contacts).toHaveLength(after.contacts.length);
});

test('undo takes a whole draft back in one step', async ({ page, host }) => {
  const day = addDays(await today(host), 3);
  await openBoard(page, host);
  await page.getByLabel('Pick a date').fill(day);
  await page.getByRole('button', { name: /Draft schedule/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Drafted \d+ contact/ })).toBeVisible();
  expect((await api(host, 'board.get', { day })).contacts.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: /Undo draft/ }).click();
  await expect(page.locator('[data-contact-id]')).toHaveCount(0);
  expect((await api(host, 'board.get', { day })).contacts).toEqual([]);
});

test('a client from the "clients to see" list is dragged onto a staff member as a new contact', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const wanted = board.attention[0]!;
  const target = board.staff[0]!;
  await openBoard(page, host);
  const chip = page.locator(`.client-chip[data-client-id="${wanted.clientId}"]`).first();
  // Below a long list of warnings on some days: the shift manager scrolls the side panel to it first.
  await chip.scrollIntoViewIfNeeded();
  const box = (await column(page, target.initials).boundingBox())!;
  await mouseDrag(page, chip, { x: box.x + box.width / 2, y: box.y + box.height - 20 });
  await expect
    .poll(async () => (await api(host, 'board.get', { day })).contacts.filter((c) => c.clientId === wanted.clientId && c.staffId === target.id).length)
    .toBeGreaterThan(board.contacts.filter((c) => c.clientId === wanted.clientId && c.staffId === target.id).length);
});

test('the shift manager of the day is chosen on the board and shown to every seat', async ({ page, browser, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const other = await browser.newPage();
  await openBoard(page, host);
  await openBoard(other, host);
  const choice = board.staff.find((s) => s.id !== board.shiftManagerId)!;
  await page.getByLabel('Shift manager').selectOption({ label: choice.name });
  await expect(other.getByLabel('Shift manager')).toHaveValue(String(choice.id));
  expect((await api(host, 'board.get', { day })).shiftManagerId).toBe(choice.id);
  await other.close();
});
