import type { CollisionDetection, UniqueIdentifier } from '@dnd-kit/core';
import { useSyncExternalStore } from 'react';
import type { Contact } from '../../../shared/domain';
import type { DraggedActivity } from './Column';
import { type ColumnKey, type DropData, type GapDrop, columnId } from './drop-targets';
import type { DraggedClient } from './SidePanel';

/**
 * The drag as the board sees it: what is dragged, and where a drop would go now (a slot between
 * two cards, or a column). Kept here, not in dnd-kit's context: dnd-kit redraws every draggable
 * and drop target whenever its context changes, about 10 ms on a full board; here a new slot
 * redraws the slot it leaves and the one it enters, and a pick-up or a drop only what shows it.
 */
export interface DraggedContact {
  kind: 'contact';
  contact: Contact;
}
export type Dragged = DraggedContact | DraggedActivity | DraggedClient;

export interface DropTarget {
  /** The slot's or column's element id (`gap:…`, `col:…`). */
  id: string;
  data: DropData;
}

interface DragState {
  /** dnd-kit's id of what is dragged. */
  id: UniqueIdentifier | null;
  dragged: Dragged | null;
  target: DropTarget | null;
  /** By mouse or finger: the target is what is under it (drag-pointer.ts); else by the arrow keys. */
  byPointer: boolean;
}

let state: DragState = { id: null, dragged: null, target: null, byPointer: false };
const listeners = new Set<() => void>();
export const subscribeToDrag = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
function update(next: Partial<DragState>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export const dragState = (): Readonly<DragState> => state;
export const startDrag = (id: UniqueIdentifier, dragged: Dragged, target: DropTarget | null, byPointer: boolean) => update({ id, dragged, target, byPointer });
export const endDrag = () => update({ id: null, dragged: null, target: null, byPointer: false });
export function setDropTarget(target: DropTarget | null) {
  if (target?.id !== state.target?.id) update({ target });
}

/** What is being dragged (null between drags). */
export const useDragged = () => useSyncExternalStore(subscribeToDrag, () => state.dragged);
/** Whether the draggable `id` is the one being dragged. */
export const useIsDragged = (id: UniqueIdentifier) => useSyncExternalStore(subscribeToDrag, () => state.id === id);
/** Whether a drop now would go to the slot or column `id`. */
export const useIsDropTarget = (id: string) => useSyncExternalStore(subscribeToDrag, () => state.target?.id === id);

/**
 * What a drop on a target would do with what is dragged ("Jo at 10:30"): set by the board, which
 * knows the day's cards and the travel time; read by the one slot or column that shows it.
 */
let labeller: (dragged: Dragged, target: DropData) => string | null = () => null;
export const setDropLabeller = (fn: typeof labeller) => {
  labeller = fn;
};
export const dropLabel = (target: DropData): string | null => (state.dragged ? labeller(state.dragged, target) : null);
/** What a drop now would do, for the lifted card (which covers the slot under the pointer); null over no target. */
export const useCurrentDropLabel = () => useSyncExternalStore(subscribeToDrag, () => (state.target ? dropLabel(state.target.data) : null));

/** The slots on the board, by element id: what a drop in each does, and its element (for the arrow keys). */
export const slots = new Map<string, { node: HTMLElement; data: GapDrop }>();

/**
 * What is under a point of the screen, as a person sees it (the Unassigned column, pinned, lies
 * over the columns scrolled beneath it); the lifted card, which follows the pointer, is looked
 * through (`.drag-overlay` takes no pointer events).
 */
export const elementAt = (x: number, y: number): Element | undefined => document.elementFromPoint(x, y) ?? undefined;

/** The slot or column an element is in; null outside the columns. */
export function dropTargetOf(under: Element | undefined): DropTarget | null {
  const slot = under?.closest<HTMLElement>('[data-slot]')?.dataset.slot;
  const inSlot = slot === undefined ? undefined : slots.get(slot);
  if (slot !== undefined && inSlot) return { id: slot, data: inSlot.data };
  const column = under?.closest<HTMLElement>('[data-drop-column]')?.dataset.dropColumn;
  if (column === undefined) return null;
  const staffId: ColumnKey = column === 'unassigned' ? null : Number(column);
  return { id: columnId(staffId), data: { kind: 'column', staffId } };
}

/**
 * What dnd-kit takes to be under the dragged card: the list of the column a drop would land in.
 * dnd-kit uses it only to scroll that list up and down at its edges (and the arrow keys' slot
 * into sight); where the drop goes is decided here.
 */
export const boardCollision: CollisionDetection = () => (state.target ? [{ id: columnId(state.target.data.staffId) }] : []);
