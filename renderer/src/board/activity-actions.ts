import { useMemo } from 'react';
import type { Input } from '../../../shared/api';
import type { LocalDate } from '../../../shared/domain';
import type { TeamActivity } from '../../../shared/team-activities';
import { call, errorMessage } from '../api';
import { afterNextPaint } from './after-paint';
import { inTurn, useBoardWrites } from './board-writes';

export type ActivityDraft = Input<'activities.create'>;
/** A change to an activity: its fields, and for one of a series whether the following change too. */
export type ActivityChange = Omit<Input<'activities.update'>, 'id' | 'version'>;

/** What the board does to a team activity. Errors are shown (a move) or thrown to the dialog (a save). */
export function useActivityActions(day: LocalDate) {
  const { write, showAtOnce, notify, undoable } = useBoardWrites(day);
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
        const record = `activity:${a.id}`;
        const saved = after(
          inTurn(record, async (lastSaved) => {
            // As a contact's move: the card is shown moved in the next frame, the request goes out after it.
            await afterNextPaint();
            return call('activities.move', { id: a.id, version: Math.max(a.version, lastSaved ?? 0), fromStaffId, toStaffId });
          }),
        );
        undoable(saved, 'move', (moved) =>
          after(inTurn(record, (lastSaved) => call('activities.move', { id: a.id, version: lastSaved ?? moved.version, fromStaffId: toStaffId, toStaffId: fromStaffId }))),
        );
        try {
          await saved;
        } catch (err) {
          notify(errorMessage(err));
        }
      },
    };
  }, [write, showAtOnce, notify, undoable]);
}
