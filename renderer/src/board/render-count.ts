/**
 * Counts the board's renders, only when a test has asked for it by setting `window.boardRenders`
 * (column renders, by column) or `window.boardPartRenders` (renders of each card's drag handle, by
 * its draggable id, and of the drop targets, together) to an object: the proof that a drop redraws only the columns it
 * touches, and a drag only the slots it passes (e2e/board-repaint.spec.ts). Otherwise one
 * property read per render.
 */
export function countRender(column: string): void {
  count('boardRenders', column);
}
export function countPartRender(part: string): void {
  count('boardPartRenders', part);
}
function count(counter: 'boardRenders' | 'boardPartRenders', key: string): void {
  const counts = (window as unknown as Record<typeof counter, Record<string, number> | undefined>)[counter];
  if (counts) counts[key] = (counts[key] ?? 0) + 1;
}
