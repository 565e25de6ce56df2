import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BoardDay, LocalDate } from '../../../shared/domain';
import { errorMessage } from '../api';
import { useNotify } from '../notices';
import { usePrivacy } from '../privacy';
import { keys } from '../queries';
import { useUndo } from '../undo';

/**
 * What the board's actions on contacts and on team activities share: a write that refreshes the
 * board afterwards whatever happens, a change shown at once on the board as the seat has it
 * (and given back if the host refuses), notices and undo.
 */
export function useBoardWrites(day: LocalDate) {
  const client = useQueryClient();
  const notify = useNotify();
  const { push } = useUndo();
  const { hideNames } = usePrivacy();
  return useMemo(() => {
    const refresh = () => client.invalidateQueries({ queryKey: ['board'] });
    /** Runs `work`, then refreshes the board. `shown`: an error is also shown as a notice (and still thrown). */
    async function write<T>(work: () => Promise<T>, { shown }: { shown: boolean }): Promise<T> {
      try {
        return await work();
      } catch (err) {
        if (shown) notify(errorMessage(err));
        throw err;
      } finally {
        void refresh();
      }
    }
    const key = keys.board(day, hideNames);
    /** Changes the day's board on this seat at once; returns it as it was (undefined if not loaded), for `restore`. */
    const showAtOnce = (change: (board: BoardDay) => BoardDay): BoardDay | undefined => {
      const previous = client.getQueryData<BoardDay>(key);
      if (previous) client.setQueryData<BoardDay>(key, change(previous));
      return previous;
    };
    const restore = (previous: BoardDay | undefined) => {
      if (previous) client.setQueryData(key, previous);
    };
    return { write, showAtOnce, restore, notify, push };
  }, [client, notify, push, day, hideNames]);
}
