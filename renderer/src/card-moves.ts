/**
 * A change event that moved cards (shared/domain.ts `CardMove`) is shown at once on this
 * seat's cached boards of that day, before the refetch that the same event starts; the
 * refetch then makes the board exactly the host's. A card this seat already has in a newer
 * version (a later event), or already shows there (its own move), is left as it is: no
 * drawing for nothing; the refetch brings its version.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { BoardDay, CardMove } from '../../shared/domain';

/** `board` with `move` applied; the same object when it changes nothing. */
export function withMove(board: BoardDay, move: CardMove): BoardDay {
  const i = board.contacts.findIndex((c) => c.id === move.id);
  const card = board.contacts[i];
  if (!card || card.version >= move.version) return board;
  if (card.staffId === move.staffId && card.startMinute === move.startMinute && card.endMinute === move.endMinute) return board;
  const contacts = [...board.contacts];
  contacts[i] = { ...card, staffId: move.staffId, startMinute: move.startMinute, endMinute: move.endMinute, version: move.version };
  return { ...board, contacts };
}

/** Applies `moves` to every cached board of their days (both privacy modes). */
export function showMoves(client: QueryClient, moves: readonly CardMove[]): void {
  for (const move of moves) {
    client.setQueriesData<BoardDay>({ queryKey: ['board', move.day] }, (board) => {
      if (!board) return undefined;
      const next = withMove(board, move);
      return next === board ? undefined : next;
    });
  }
}
