import { createContext } from 'react';
import type { DropData } from './drop-targets';

/**
 * What a drop into a slot would do with what is being dragged ("Jo at 10:30"), for the slot
 * under the pointer. A context, not a prop: it changes at each pick-up and drop, and as a prop
 * it would redraw every column; only the drop targets, which dnd-kit redraws then anyway, read it.
 */
export const SlotLabelContext = createContext<(target: DropData) => string | null>(() => null);
