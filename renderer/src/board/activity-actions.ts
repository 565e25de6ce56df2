import { useMemo } from 'react';
import type { Input } from '../../../shared/api';
import type { LocalDate } from '../../../shared/domain';
import type { TeamActivity } from '../../../shared/team-activities';
import { call, errorMessage } from '../api';
import { afterNextPaint } from './after-paint';
import { useBoardWrites } from './board-writes';

export type ActivityDraft = Input<'activities.create'>;
/** A change to an activity: its fields, and for one of a series whether the following change too. */
export type ActivityChange = Omit<Input<'activities.update'>, 'id' | 'version'>;

/** What the board does to a team activity. Errors are shown (a move) or thrown to the dialog (a save). */
export function useActivityActions(day: LocalDate) {
  const { write, showAtOnce, notify, push } = useBoardWrites(day);
  return useMemo(() => {
    const after = <T>(work: Promise<T>): Promise<T> => write(() => work, { shown: false });
    return {
      create: (draft: ActivityDraft) => after(call('activities.create', draft)),
      update: (a: TeamActivity, change: ActivityChange) => after(call('activities.update', { id: a.id, version: a.version, ...change })),
      remove: (a: TeamActivity, following = false) => after(call('activities.delete', { id: a.id, version: a.version, following })),
      /** Dragged from one staff member's column to another's; the card moves at once and comes back if the host refuses. */
      async move(a: TeamActivity, fromStaffId: number, toStaffId: number) {
        const swapped = a.staffIds.map((s) => (s === fromStaffId ? toStaffId : s));
        showAtOnce((board) => ({ ...board, activities: board.activities.map((x) => (x.id === a.id ? { ...x, staffIds: swapped } : x)) }));
        try {
          // As a contact's move: the card is shown moved in the next frame, the request goes out after it.
          await afterNextPaint();
          const moved = await after(call('activities.move', { id: a.id, version: a.version, fromStaffId, toStaffId }));
          push({
            label: 'move',
            day,
            undo: () => after(call('activities.move', { id: moved.id, version: moved.version, fromStaffId: toStaffId, toStaffId: fromStaffId })).then(() => undefined),
          });
        } catch (err) {
          notify(errorMessage(err));
        }
      },
    };
  }, [write, showAtOnce, notify, push, day]);
}
