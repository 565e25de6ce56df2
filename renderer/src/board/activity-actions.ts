import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Input } from '../../../shared/api';
import type { BoardDay, LocalDate } from '../../../shared/domain';
import type { TeamActivity } from '../../../shared/team-activities';
import { call, errorMessage } from '../api';
import { useNotify } from '../notices';
import { usePrivacy } from '../privacy';
import { keys } from '../queries';
import { useUndo } from '../undo';

export type ActivityDraft = Input<'activities.create'>;
/** A change to an activity: its fields, and for one of a series whether the following change too. */
export type ActivityChange = Omit<Input<'activities.update'>, 'id' | 'version'>;

/** What the board does to a team activity. Errors are shown (a move) or thrown to the dialog (a save). */
export function useActivityActions(day: LocalDate) {
  const client = useQueryClient();
  const notify = useNotify();
  const { push } = useUndo();
  const { hideNames } = usePrivacy();
  return useMemo(() => {
    const refresh = () => client.invalidateQueries({ queryKey: ['board'] });
    const after = async <T>(work: Promise<T>): Promise<T> => {
      try {
        return await work;
      } finally {
        void refresh();
      }
    };
    return {
      create: (draft: ActivityDraft) => after(call('activities.create', draft)),
      update: (a: TeamActivity, change: ActivityChange) => after(call('activities.update', { id: a.id, version: a.version, ...change })),
      remove: (a: TeamActivity, following = false) => after(call('activities.delete', { id: a.id, version: a.version, following })),
      /** Dragged from one staff member's column to another's; the card moves at once and comes back if the host refuses. */
      async move(a: TeamActivity, fromStaffId: number, toStaffId: number) {
        const key = keys.board(day, hideNames);
        const previous = client.getQueryData<BoardDay>(key);
        const swapped = a.staffIds.map((s) => (s === fromStaffId ? toStaffId : s));
        if (previous) {
          client.setQueryData<BoardDay>(key, { ...previous, activities: previous.activities.map((x) => (x.id === a.id ? { ...x, staffIds: swapped } : x)) });
        }
        try {
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
  }, [client, notify, push, day, hideNames]);
}
