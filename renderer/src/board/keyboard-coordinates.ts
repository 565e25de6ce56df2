import type { DroppableContainer, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { isGapId } from './drop-targets';

interface Point {
  x: number;
  y: number;
}

const centre = (r: { left: number; top: number; width: number; height: number }): Point => ({
  x: r.left + r.width / 2,
  y: r.top + r.height / 2,
});

/**
 * Arrow keys move a picked-up card between drop slots: up and down to the slot
 * above or below in the same column, left and right to the nearest slot in the
 * next column. dnd-kit's default moves a fixed number of pixels instead.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.code)) return undefined;
  event.preventDefault();
  const here = centre(collisionRect);
  const slots = droppableContainers
    .getEnabled()
    .filter((c: DroppableContainer) => isGapId(c.id))
    .flatMap((c) => {
      const rect = droppableRects.get(c.id);
      return rect ? [centre(rect)] : [];
    });
  if (slots.length === 0) return undefined;

  const columnXs = [...new Set(slots.map((s) => Math.round(s.x)))].sort((a, b) => a - b);
  const currentX = columnXs.reduce((best, x) => (Math.abs(x - here.x) < Math.abs(best - here.x) ? x : best));
  const inColumn = (x: number) => slots.filter((s) => Math.round(s.x) === x);
  const nearestY = (list: Point[]) =>
    list.reduce<Point | undefined>((best, s) => (!best || Math.abs(s.y - here.y) < Math.abs(best.y - here.y) ? s : best), undefined);

  let target: Point | undefined;
  if (event.code === 'ArrowDown' || event.code === 'ArrowUp') {
    const down = event.code === 'ArrowDown';
    const candidates = inColumn(currentX).filter((s) => (down ? s.y > here.y + 1 : s.y < here.y - 1));
    target = nearestY(candidates);
  } else {
    const index = columnXs.indexOf(currentX) + (event.code === 'ArrowRight' ? 1 : -1);
    const x = columnXs[index];
    if (x !== undefined) target = nearestY(inColumn(x));
  }
  if (!target) return currentCoordinates;
  return { x: currentCoordinates.x + target.x - here.x, y: currentCoordinates.y + target.y - here.y };
};
