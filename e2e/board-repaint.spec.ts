import { api, card, centreOf, column, expect, mouseDrag, openBoard, test, today } from './fixtures';

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

/**
 * A drag over the slots of a column redraws only the slots (and the column's drop zone) it
 * leaves and enters: no card and no column (issue 16: each new slot redrew every slot and every
 * card on the board, through dnd-kit's context, about 10 ms on a full board, and frames were dropped).
 */
test('moving a card over the slots of a column redraws only those slots', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const first = board.contacts.filter((c) => c.staffId === null).sort((a, b) => a.startMinute - b.startMinute)[0]!;
  const count = (id: number) => board.contacts.filter((c) => c.staffId === id).length;
  const busiest = [...board.staff].sort((a, b) => count(b.id) - count(a.id))[0]!;
  expect(count(busiest.id)).toBeGreaterThanOrEqual(3);
  await openBoard(page, host);
  const from = (await card(column(page, 'unassigned'), first.id).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  const gap = (i: number) => page.getByTestId(`gap-${busiest.id}-${i}`);
  // As a person aims: the slot left behind closes up, so look again until the pointer is on it.
  const overGap = (i: number) =>
    expect(async () => {
      const at = await centreOf(gap(i));
      await page.mouse.move(at.x, at.y, { steps: 2 });
      await expect(gap(i)).toHaveClass(/gap-over/, { timeout: 300 });
    }).toPass();
  await overGap(0);
  await page.evaluate(() => {
    const w = window as unknown as { boardRenders: Record<string, number>; boardPartRenders: Record<string, number> };
    w.boardRenders = {};
    w.boardPartRenders = {};
  });
  for (const i of [1, 2, 3]) await overGap(i);
  const renders = await page.evaluate(() => {
    const w = window as unknown as { boardRenders: Record<string, number>; boardPartRenders: Record<string, number> };
    return { columns: w.boardRenders, parts: w.boardPartRenders };
  });
  await page.mouse.up();
  expect(renders.columns).toEqual({});
  // No card but the lifted one, which dnd-kit redraws at each move.
  expect(Object.keys(renders.parts).filter((k) => k !== 'drop targets' && k !== `contact:${first.id}`)).toEqual([]);
  // Each step leaves a slot, may pass over a card or two (the column itself is the target there), and enters the next slot.
  expect(renders.parts['drop targets'] ?? 0).toBeGreaterThan(0);
  expect(renders.parts['drop targets'] ?? 0).toBeLessThanOrEqual(3 * 8);
});

/**
 * The frame after pointer up shows the card where it landed, and holds nothing else of the drop
 * (issue 16: drop to repainted within one frame): the save request goes out after that frame,
 * and dnd-kit's redraw of every card (its context cleared) comes after it too.
 */
test("a mouse drop's first frame shows the card, before the save request and before any other card is redrawn", async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const first = board.contacts.filter((c) => c.staffId === null).sort((a, b) => a.startMinute - b.startMinute)[0]!;
  const target = board.staff[0]!;
  await openBoard(page, host);
  const targetColumn = column(page, target.initials);
  const box = (await targetColumn.boundingBox())!;
  await page.evaluate(
    ([id, key]) => {
      const w = window as unknown as { boardPartRenders: Record<string, number>; moveRequested: boolean; firstFrame?: Promise<unknown> };
      w.moveRequested = false;
      const fetchNow = window.fetch.bind(window);
      window.fetch = (input, init) => {
        if (String(input instanceof Request ? input.url : input).includes('contacts.move')) w.moveRequested = true;
        return fetchNow(input, init);
      };
      window.addEventListener(
        'pointerup',
        () => {
          w.boardPartRenders = {};
          w.firstFrame = new Promise((resolve) =>
            requestAnimationFrame(() =>
              resolve({
                shown: document.querySelector(`section[data-column="${key}"] [data-contact-id="${id}"]`) !== null,
                requested: w.moveRequested,
                redrawn: Object.keys(w.boardPartRenders).filter((k) => k !== 'drop targets'),
              }),
            ),
          );
        },
        { once: true, capture: true },
      );
    },
    [first.id, target.initials] as const,
  );
  await mouseDrag(page, card(column(page, 'unassigned'), first.id), { x: box.x + box.width / 2, y: box.y + box.height - 30 });
  const frame = await page.evaluate(() => (window as unknown as { firstFrame: Promise<unknown> }).firstFrame);
  // Only the moved card is drawn (in its new place) before that frame.
  expect(frame).toEqual({ shown: true, requested: false, redrawn: [`contact:${first.id}`] });
  // And the move is saved all the same.
  await expect.poll(async () => (await api(host, 'board.get', { day })).contacts.find((c) => c.id === first.id)?.staffId).toBe(target.id);
  expect(await page.evaluate(() => (window as unknown as { moveRequested: boolean }).moveRequested)).toBe(true);
  await expect(card(targetColumn, first.id)).toBeVisible();
});
