/** A change event's moves shown on the cached boards of their day, never over a newer version. */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { BoardDay, CardMove, Contact } from '../../shared/domain';
import { showMoves, withMove } from './card-moves';

const contact = (id: number, version: number): Contact =>
  ({ id, clientId: 1, staffId: null, day: '2026-11-23', startMinute: 540, endMinute: 570, version, note: 'kept', status: 'planned' }) as Contact;
const board = (...contacts: Contact[]) => ({ contacts }) as BoardDay;
const move: CardMove = { id: 7, day: '2026-11-23', staffId: 3, startMinute: 600, endMinute: 630, version: 2 };

describe('withMove', () => {
  it('puts the card in its new column and times, keeping the rest of it', () => {
    const next = withMove(board(contact(6, 0), contact(7, 1)), move);
    expect(next.contacts[1]).toMatchObject({ staffId: 3, startMinute: 600, endMinute: 630, version: 2, note: 'kept' });
    expect(next.contacts[0]).toEqual(contact(6, 0));
  });
  it('leaves a board without the card, with a version as new, or already showing the card there (this seat’s own move), as it is', () => {
    const own = board({ ...contact(7, 1), staffId: 3, startMinute: 600, endMinute: 630 });
    expect(withMove(own, move)).toBe(own);
    const without = board(contact(6, 0));
    expect(withMove(without, move)).toBe(without);
    const newer = board(contact(7, 2));
    expect(withMove(newer, move)).toBe(newer);
  });
});

describe('showMoves', () => {
  it('changes the cached boards of the move’s day, in both privacy modes, and no other day', () => {
    const client = new QueryClient();
    for (const hide of [false, true]) client.setQueryData(['board', '2026-11-23', hide], board(contact(7, 1)));
    client.setQueryData(['board', '2026-11-24', false], board(contact(7, 1)));
    showMoves(client, [move]);
    for (const hide of [false, true]) expect(client.getQueryData<BoardDay>(['board', '2026-11-23', hide])!.contacts[0]!.staffId).toBe(3);
    expect(client.getQueryData<BoardDay>(['board', '2026-11-24', false])!.contacts[0]!.staffId).toBeNull();
  });
});
