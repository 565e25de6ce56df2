import type { Locator, Page } from '@playwright/test';
import { api, card, column, expect, openBoard, test, today } from './fixtures';

/**
 * A card goes to every column in turn, by mouse, by keyboard and by touch, and lands in the
 * column it was let go over (issue 16: where a drop goes is worked out by the board itself,
 * from what is under the pointer, not by dnd-kit's drop targets).
 */
test.use({ viewport: { width: 1366, height: 768 } });

type Way = 'mouse' | 'keyboard' | 'touch';

/** A point of `target` in sight, as a person would find it: scrolled to, out from under the pinned Unassigned column. */
async function spotIn(page: Page, target: Locator): Promise<{ x: number; y: number }> {
  return target.evaluate((el) => {
    const board = document.getElementById('board-columns')!;
    el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    const pinned = board.querySelector('section[data-column="unassigned"]')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (el.getAttribute('data-column') !== 'unassigned' && r.left < pinned.right) board.scrollLeft -= pinned.right - r.left + 8;
    const box = el.getBoundingClientRect();
    const seen = board.getBoundingClientRect();
    return { x: (Math.max(box.left, seen.left) + Math.min(box.right, seen.right)) / 2, y: box.top + Math.min(box.height, seen.bottom - box.top) * 0.85 };
  });
}

async function dragTo(page: Page, way: Way, cardEl: Locator, target: Locator, name: string): Promise<void> {
  if (way === 'keyboard') {
    const live = page.locator('[id^="DndLiveRegion"]');
    await cardEl.focus();
    await page.keyboard.press('Space');
    await expect(live).toHaveText(/Picked up/);
    // Right or left, a column at a time, until the card is over the column.
    const order = await page.locator('section[data-column]').evaluateAll((els) => els.map((e) => e.getAttribute('data-column')));
    const from = await cardEl.evaluate((el) => el.closest('section')!.getAttribute('data-column'));
    const key = page.keyboard;
    const arrow = order.indexOf(await target.getAttribute('data-column')) > order.indexOf(from) ? 'ArrowRight' : 'ArrowLeft';
    for (let i = 0; i < 20 && !(await live.textContent())?.startsWith(`Over ${name} at`); i++) {
      await key.press(arrow);
      await page.waitForTimeout(50);
    }
    await expect(live).toHaveText(new RegExp(`^Over ${name} at`));
    await page.keyboard.press('Space');
    return;
  }
  await cardEl.scrollIntoViewIfNeeded();
  const to = await spotIn(page, target);
  const box = (await cardEl.boundingBox())!;
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (way === 'mouse') {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 10, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 15 });
    await page.mouse.up();
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y }] : [] });
  await touch('touchStart', from);
  await page.waitForTimeout(400); // the touch sensor waits 250 ms before a hold becomes a drag
  for (let i = 1; i <= 10; i++) await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 });
  await touch('touchEnd');
  await cdp.detach();
}

for (const way of ['mouse', 'keyboard', 'touch'] as const) {
  test(`a card dragged by ${way} to every column lands in each`, async ({ page, host }) => {
    const day = await today(host);
    const board = await api(host, 'board.get', { day });
    const moving = board.contacts.filter((c) => c.staffId === null).sort((a, b) => a.startMinute - b.startMinute)[0]!;
    await openBoard(page, host);
    const stops = [...board.staff.map((s) => ({ key: s.initials, id: s.id as number | null, name: s.name })), { key: 'unassigned', id: null, name: 'Unassigned' }];
    for (const stop of stops) {
      // The arrow keys move between slots: a column with none (off today, nothing on it) takes a mouse or a finger.
      if (way === 'keyboard' && (await column(page, stop.key).locator('.gap').count()) === 0) continue;
      await dragTo(page, way, card(page, moving.id), column(page, stop.key), stop.name);
      await expect(card(column(page, stop.key), moving.id)).toBeVisible();
      await expect.poll(async () => (await api(host, 'board.get', { day })).contacts.find((c) => c.id === moving.id)?.staffId, { message: `${way} to ${stop.key}` }).toBe(stop.id);
    }
  });
}
