import type { CollisionDetection, UniqueIdentifier } from '@dnd-kit/core';
import { closestCenter, pointerWithin } from '@dnd-kit/core';
import type { GapTarget } from '../../../shared/rules/drop-slot';

/** A column of the board: a staff member, or null for Unassigned. */
export type ColumnKey = number | null;

export const columnId = (staffId: ColumnKey) => `col:${staffId ?? 'unassigned'}`;
export const gapId = (staffId: ColumnKey, index: number) => `gap:${staffId ?? 'unassigned'}:${index}`;
export const cardId = (contactId: number) => `contact:${contactId}`;
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
 * A pointer over a slot between cards picks the slot; anywhere else in a column
 * reassigns and keeps the time. The keyboard (no pointer) always lands on a slot.
 */
export const boardCollision: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) {
    return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => isGapId(c.id)) });
  }
  const hits = pointerWithin(args);
  const gap = hits.find((h) => isGapId(h.id));
  return gap ? [gap] : hits.slice(0, 1);
};
