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

it('gives the demo team the same hospital and jail logs on every machine, with what the issue asks for', () => {
  const [a, b] = [demoBoard(), demoBoard()];
  const view = (s: BoardService) => JSON.stringify([s.call('stays.current', {}), s.call('stays.history', {})]);
  expect(view(a)).toBe(view(b));
  const current = a.call('stays.current', {});
  const away = a.call('clients.list', {}).filter((c) => c.status === 'hospitalized' || c.status === 'incarcerated');
  expect(current.stays.map((s) => s.stay.clientId).sort()).toEqual(away.map((c) => c.id).sort());
  expect(current.stays.some((s) => s.daysIn > 90 && s.flags.some((f) => f.kind === 'consider_discharge'))).toBe(true);
  expect(current.stays.some((s) => s.lastVisit === null && s.daysIn === 3 && s.flags.some((f) => f.kind === 'no_visit'))).toBe(true);
  expect(current.stays.some((s) => s.flags.some((f) => f.kind === 'court_soon'))).toBe(true);
  const history = a.call('stays.history', {}).filter((r) => r.stay.dischargedOn !== null);
  expect(history.length).toBeGreaterThanOrEqual(24);
  const figures = a.call('stays.figures', { from: history.at(-1)!.stay.admittedOn, to: current.today });
  expect(figures.readmissions30).toBeGreaterThanOrEqual(1);
  expect(figures.os11Rating).not.toBeNull();
}, 60_000);
