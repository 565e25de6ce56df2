import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BoardDay, LocalDate } from '../../../shared/domain';
import { errorMessage } from '../api';
import { useNotify } from '../notices';
import { usePrivacy } from '../privacy';
import { keys } from '../queries';
import { useUndo } from '../undo';

/** Each record's last save from this seat, by record ('contact:12'): the version it returned, once answered. */
const lastSaves = new Map<string, Promise<number | undefined>>();

/**
 * Sends a record's saves from this seat one after the other. A card moved again before the host
 * has answered its last move is saved after that move, with the version the move returned: sent
 * at once it carried the version the board had, and the host refused it as changed since (by
 * this very seat); so did an undo of an earlier move of a card moved since. `send` gets the
 * version this seat's last save of the record returned (undefined if it has none, or it failed).
 */
export function inTurn<T extends { version: number }>(record: string, send: (lastSaved: number | undefined) => Promise<T>): Promise<T> {
  const earlier = lastSaves.get(record) ?? Promise.resolve(undefined);
  const saved = earlier.then(send);
  lastSaves.set(
    record,
    saved.then(
      (s) => s.version,
      () => undefined,
    ),
  );
  return saved;
}

/**
 * What the board's actions on contacts and on team activities share: a write that refreshes the
 * board afterwards whatever happens, a change shown at once on the board as the seat has it
 * (and given back if the host refuses), notices and undo.
 */
export function useBoardWrites(day: LocalDate) {
  const client = useQueryClient();
  const notify = useNotify();
  const { push, forget } = useUndo();
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
    /**
     * Puts `undo` on the undo stack as soon as a move is shown (it waits for `saved`), and takes
     * it off again if the host refuses the move.
     */
    const undoable = <T>(saved: Promise<T>, label: string, undo: (saved: T) => Promise<unknown>) => {
      const entry = {
        label,
        day,
        undo: async () => {
          const done = await saved.then((s) => ({ s }), () => null);
          return done ? undo(done.s) : 'Nothing to undo: the move was not saved.';
        },
      };
      push(entry);
      saved.catch(() => forget(entry));
    };
    return { write, showAtOnce, restore, notify, push, undoable };
  }, [client, notify, push, forget, day, hideNames]);
}
