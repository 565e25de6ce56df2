import type { CollisionDetection, UniqueIdentifier } from '@dnd-kit/core';
import { closestCenter, pointerWithin } from '@dnd-kit/core';
import type { GapTarget } from '../../../shared/rules/drop-slot';

/** A column of the board: a staff member, or null for Unassigned. */
export type ColumnKey = number | null;

export const columnId = (staffId: ColumnKey) => `col:${staffId ?? 'unassigned'}`;
export const gapId = (staffId: ColumnKey, index: number) => `gap:${staffId ?? 'unassigned'}:${index}`;
export const cardId = (contactId: number) => `contact:${contactId}`;
/** A team activity's card in one staff member's column (the same activity shows in each of its staff's columns). */
export const activityCardId = (activityId: number, staffId: number) => `activity:${activityId}:${staffId}`;
export const isGapId = (id: UniqueIdentifier) => String(id).startsWith('gap:');

export interface ColumnDrop {
  kind: 'column';
  staffId: ColumnKey;
}
export interface GapDrop extends GapTarget {
  kind: 'gap';
  /** The cards either side of the gap: dropping a card beside itself keeps its time. */
  aboveId: number | null;
  belowId: number | null;
}
export type DropData = ColumnDrop | GapDrop;

/**
 * The slot the arrow keys last chose for the card being dragged. The keyboard's drop goes there,
 * by identity: after the board scrolls, dnd-kit's measured positions can be a column out.
 */
let keyboardSlot: { active: UniqueIdentifier; slot: UniqueIdentifier; data: DropData } | null = null;
export const chooseKeyboardSlot = (active: UniqueIdentifier, slot: UniqueIdentifier, data: DropData) => {
  keyboardSlot = { active, slot, data };
};
export const keyboardSlotOf = (active: UniqueIdentifier): UniqueIdentifier | undefined =>
  keyboardSlot?.active === active ? keyboardSlot.slot : undefined;
/**
 * Where a drop goes: the slot the arrow keys chose (a quick Space can come before dnd-kit
 * has caught up with the last arrow key), else what the pointer is over.
 */
export const dropTargetOf = (e: { active: { id: UniqueIdentifier }; over: { data: { current?: unknown } } | null }): DropData | undefined =>
  keyboardSlot?.active === e.active.id ? keyboardSlot.data : (e.over?.data.current as DropData | undefined);
export const forgetKeyboardSlot = () => {
  keyboardSlot = null;
};

/**
 * A pointer over a slot between cards picks the slot; anywhere else in a column
 * reassigns and keeps the time. The keyboard (no pointer) always lands on a slot.
 */
export const boardCollision: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) {
    const chosen = keyboardSlotOf(args.active.id);
    if (chosen !== undefined && args.droppableContainers.some((c) => c.id === chosen)) return [{ id: chosen }];
    return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => isGapId(c.id)) });
  }
  const hits = pointerWithin(args);
  const gap = hits.find((h) => isGapId(h.id));
  return gap ? [gap] : hits.slice(0, 1);
};
