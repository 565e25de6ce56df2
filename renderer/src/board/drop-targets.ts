import type { GapTarget } from '../../../shared/rules/drop-slot';

/** A column of the board: a staff member, or null for Unassigned. */
export type ColumnKey = number | null;

export const columnId = (staffId: ColumnKey) => `col:${staffId ?? 'unassigned'}`;
export const gapId = (staffId: ColumnKey, index: number) => `gap:${staffId ?? 'unassigned'}:${index}`;
export const cardId = (contactId: number) => `contact:${contactId}`;
/** A team activity's card in one staff member's column (the same activity shows in each of its staff's columns). */
export const activityCardId = (activityId: number, staffId: number) => `activity:${activityId}:${staffId}`;

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
