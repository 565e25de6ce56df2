import { api, card, column, expect, mouseDrag, openBoard, test, today } from './fixtures';

/**
 * A drop redraws only the two columns it touches (issue 16: on a drop every column was drawn
 * again, about 50 ms on a full board). The board counts its column renders when
 * `window.boardRenders` is set (renderer/src/board/render-count.ts).
 */
test('a mouse drag from Unassigned to a staff member redraws only those two columns', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const first = board.contacts.filter((c) => c.staffId === null).sort((a, b) => a.startMinute - b.startMinute)[0]!;
  const target = board.staff[0]!;
  await openBoard(page, host);
  await page.evaluate(() => ((window as unknown as { boardRenders: Record<string, number> }).boardRenders = {}));
  // The seat reloads the day once the host reports the change: the counts include that redraw.
  const refetched = page.waitForResponse((r) => r.url().includes('/api/call/board.get'));
  const targetColumn = column(page, target.initials);
  const box = (await targetColumn.boundingBox())!;
  await mouseDrag(page, card(column(page, 'unassigned'), first.id), { x: box.x + box.width / 2, y: box.y + box.height - 30 });

  await expect(card(targetColumn, first.id)).toBeVisible();
  await expect.poll(async () => (await api(host, 'board.get', { day })).contacts.find((c) => c.id === first.id)?.staffId).toBe(target.id);
  await refetched;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const renders = await page.evaluate(() => (window as unknown as { boardRenders: Record<string, number> }).boardRenders);
  expect(Object.keys(renders).sort()).toEqual(['unassigned', target.initials].sort());
});
