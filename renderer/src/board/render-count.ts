/**
 * Counts the board's column renders, only when a test has asked for it by setting
 * `window.boardRenders` to an object: the proof that a drop redraws only the columns it
 * touches (e2e/board-repaint.spec.ts). Otherwise one property read per column render.
 */
export function countRender(column: string): void {
  const counts = (window as unknown as { boardRenders?: Record<string, number> }).boardRenders;
  if (counts) counts[column] = (counts[column] ?? 0) + 1;
}
