import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openBoard } from './board';
import type { BoardService } from './service/board-service';

const opened: { dir: string; service: BoardService }[] = [];
afterEach(() => {
  for (const { dir, service } of opened.splice(0)) {
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function demoBoard(): BoardService {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-demo-'));
  const service = openBoard(dir, { demo: true });
  opened.push({ dir, service });
  return service;
}

it('gives the demo team the same meetings, events and profiles on every machine', () => {
  const [a, b] = [demoBoard(), demoBoard()];
  const view = (s: BoardService) =>
    JSON.stringify([s.call('meeting.history', { weeks: 3 }), s.call('events.list', {}), s.call('clients.profiles', {})]);
  expect(view(a)).toBe(view(b));
  const history = a.call('meeting.history', { weeks: 3 });
  // Weekday meetings of the last two weeks, one missed, none running.
  expect(history.meetings.length).toBe(9);
  expect(a.call('meeting.current', {})).toBeNull();
  expect(history.meetings.every((m) => m.summary.seconds < 60 * 60 && m.summary.reviewed > 0.9 * m.summary.rosterSize)).toBe(true);
  // Something new for the next meeting: unreviewed events, two from the on-call phone, and last night's two after-hours calls.
  const roster = a.call('meeting.roster', {});
  expect(roster.clients.filter((c) => c.newEvents > 0).length).toBeGreaterThanOrEqual(3);
  expect(roster.clients.filter((c) => c.onCallSinceLastMeeting).length).toBe(4);
  expect(roster.afterHours.length).toBe(2);
  expect(roster.clients.filter((c) => c.profile.acuity !== 'routine').length).toBeGreaterThanOrEqual(5);
}, 30_000);
