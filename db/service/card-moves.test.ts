/**
 * Issue 16: the change event of a move says where the card now is, so that seats show it
 * before they read the board again. Every seat that hears events hears it, a locked wall
 * screen too: it carries only what such a seat reads of that card on its own board.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/domain';
import { openBoard } from '../board';
import type { BoardService } from './board-service';

let dir: string;
let service: BoardService;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-moves-'));
  service = openBoard(dir, { demo: true });
}, 60_000);
afterAll(() => {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function eventsOf(write: () => void): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  const stop = service.onChange((e) => events.push(e));
  try {
    write();
  } finally {
    stop();
  }
  return events;
}

describe('a move’s change event', () => {
  it('carries the card’s id, day, column, times and version: each as a locked seat reads it on its board, and nothing else', () => {
    const today = service.call('board.get', { day: '2000-01-01' }).today;
    const board = service.call('board.get', { day: today });
    const client = service.call('clients.list', {})[0]!;
    const card = service.call('contacts.create', {
      clientId: client.id, staffId: board.staff[0]!.id, day: today, start: '21:00', end: '21:30', intervention: 'housing', location: 'office', note: 'Bring the lease',
    });
    const to = board.staff[1]!;
    let moved = card;
    const [event] = eventsOf(() => (moved = service.call('contacts.move', { id: card.id, version: card.version, staffId: to.id, start: '16:15' })));
    expect(event).toEqual({
      areas: ['contacts'],
      days: [today],
      moves: [{ id: card.id, day: today, staffId: to.id, startMinute: 16 * 60 + 15, endMinute: 16 * 60 + 15 + card.endMinute - card.startMinute, version: moved.version }],
    });
    const locked = service.call('board.get', { day: today }, { seat: { token: null } });
    const seen = locked.contacts.find((c) => c.id === card.id)!;
    for (const [field, value] of Object.entries(event!.moves![0]!)) expect(seen[field as keyof typeof seen], field).toEqual(value);
    // Neither the card's note nor its client is in the event.
    expect(JSON.stringify(event)).not.toContain(card.note);
    expect(JSON.stringify(event)).not.toContain(client.name);
  });

  it('is the only write whose event carries moves (others are read again)', () => {
    const today = service.call('board.get', { day: '2000-01-01' }).today;
    const card = service.call('board.get', { day: today }).contacts[0]!;
    const [event] = eventsOf(() => service.call('contacts.update', { id: card.id, version: card.version, note: 'Changed' }));
    expect(event).toEqual({ areas: ['contacts'], days: [today] });
  });
});
