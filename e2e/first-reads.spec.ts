import { api, card, column, expect, test, today } from './fixtures';

/**
 * Issue 16: the board page comes with its first reads in its HTML (electron/host/first-reads.ts),
 * so it draws the board without waiting for round trips; once its live link is up it reads
 * them again if a change was made before the link was up, and only then.
 */
test('the board draws from the page’s own first reads; a change made before the live link was up still shows', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const moving = board.contacts.find((c) => c.staffId === null && c.status === 'planned')!;
  const target = board.staff[0]!;

  // No call and no event stream gets through until let through.
  let letThrough!: () => void;
  const held = new Promise<void>((r) => (letThrough = r));
  const hold = async (route: { continue(): Promise<void> }) => {
    await held;
    await route.continue().catch(() => undefined);
  };
  await page.route('**/api/call/**', hold);
  await page.route('**/api/events', hold);
  await page.goto(host.url);
  await expect(card(column(page, 'unassigned'), moving.id)).toBeVisible();
  await expect(page.locator('[data-contact-id]')).toHaveCount(board.contacts.length);

  // Moved by another seat before this one's live link is up: no event will tell it.
  await api(host, 'contacts.move', { id: moving.id, version: moving.version, staffId: target.id });
  letThrough();
  await page.unrouteAll({ behavior: 'wait' });
  await expect(page.locator('.link-live')).toBeVisible();
  await expect(card(column(page, target.initials), moving.id)).toBeVisible();
});

test('with no change before the live link was up, the page reads nothing again', async ({ page, host }) => {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/call\/([\w.]+)/.exec(r.url());
    if (m) calls.push(m[1]!);
  });
  await page.goto(host.url);
  await expect(page.locator('[data-contact-id]').first()).toBeVisible();
  await expect(page.locator('.link-live')).toBeVisible();
  await page.waitForTimeout(500); // a read again would go after the next frame
  expect(calls.filter((c) => ['board.get', 'staff.list', 'settings.get', 'auth.status', 'oncall.now'].includes(c))).toEqual([]);
});
