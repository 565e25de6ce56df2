import { api, card, column, expect, test, today } from './fixtures';

/**
 * Issue 16: a card moved on one seat shows on another as soon as the host's change event
 * arrives (the event says where the card now is), not only after that seat has read the
 * whole board again. The watching seat here is locked, as a wall screen in a corridor is.
 */
test('a moved card shows on a locked seat before its board is read again, and the board then is the host’s', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const moving = board.contacts.find((c) => c.staffId === null && c.status === 'planned')!;
  const target = board.staff[0]!;
  await page.goto(host.url);
  await expect(card(column(page, 'unassigned'), moving.id)).toBeVisible();
  await expect(page.locator('.link-live')).toBeVisible();
  const boardReads = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('board.get')).length);
  const readsBefore = await boardReads();

  // From now on the seat's board reads wait until let through: only the change event can move the card.
  let letThrough!: () => void;
  const held = new Promise<void>((r) => (letThrough = r));
  let asked = 0;
  await page.route('**/api/call/board.get', async (route) => {
    asked++;
    await held;
    await route.continue().catch(() => undefined); // a read the seat gave up meanwhile (a newer one replaced it)
  });
  const moved = await api(host, 'contacts.move', { id: moving.id, version: moving.version, staffId: target.id });
  await expect(card(column(page, target.initials), moving.id)).toBeVisible();
  await expect(card(column(page, 'unassigned'), moving.id)).toHaveCount(0);
  expect(asked).toBeGreaterThan(0); // the refetch was asked for, and is still held

  // Nothing more than a locked seat reads on its board: the card's initials only, no note.
  await expect(card(page, moving.id)).not.toContainText(moving.note || '\u0000');

  // The refetch lets the host's board through: the seat shows exactly that (the card where the host has it).
  letThrough();
  await page.unroute('**/api/call/board.get');
  await expect.poll(boardReads).toBeGreaterThan(readsBefore);
  const after = await api(host, 'board.get', { day });
  expect(after.contacts.find((c) => c.id === moving.id)).toMatchObject({ staffId: target.id, version: moved.version });
  const columnOf = (staffId: number | null) => (staffId === null ? 'unassigned' : after.staff.find((s) => s.id === staffId)!.initials);
  const shown = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('section[data-column] [data-contact-id]')].map((el) => [Number(el.getAttribute('data-contact-id')), el.closest('section')!.getAttribute('data-column')] as const),
    );
  const hosts = (ids: number[]) => ids.map((id) => [id, columnOf(after.contacts.find((c) => c.id === id)!.staffId)] as const);
  await expect.poll(async () => { const s = await shown(); return s.length > 0 && JSON.stringify(s) === JSON.stringify(hosts(s.map(([id]) => id))); }).toBe(true);
});
