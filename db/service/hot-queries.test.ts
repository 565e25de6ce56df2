/**
 * Every hot read on an index (issue 16): each read below is run on a real board file while
 * the statements it executes are recorded; then each statement's EXPLAIN QUERY PLAN must
 * not scan the whole of a table that grows with the years (contacts, stays, the audit trail,
 * shift changes, time off, events, after-hours calls).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import { addDays, todayIn } from '../../shared/time';
import { openBoard } from '../board';
import type { BoardService } from './board-service';

const GROWING = ['contacts', 'stays', 'audit_log', 'shift_changes', 'time_off', 'significant_events', 'after_hours_calls'];

interface Executed {
  sql: string;
  args: unknown[];
}

/** Records the statements run (with their parameters) while `fn` runs. */
function recordStatements(db: Database.Database, fn: () => void): Executed[] {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  const seen: Executed[] = [];
  const originals = Object.fromEntries(['all', 'get', 'iterate', 'run'].map((m) => [m, proto[m]!]));
  for (const [name, original] of Object.entries(originals)) {
    proto[name] = function (this: Database.Statement, ...args: unknown[]) {
      seen.push({ sql: this.source, args });
      return original.apply(this, args);
    };
  }
  try {
    fn();
  } finally {
    Object.assign(proto, originals);
  }
  return seen;
}

/** The plan steps of `e` that read a growing table from end to end. */
function fullScans(db: Database.Database, e: Executed): string[] {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${e.sql}`).all(...e.args) as { detail: string }[];
  return plan.map((p) => p.detail).filter((d) => GROWING.some((t) => new RegExp(`^SCAN ${t}\\b`).test(d)));
}

describe('hot reads use an index on the tables that grow', () => {
  let dir = '';
  let service: BoardService;
  let day = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-plans-'));
    service = openBoard(dir, { demo: true });
    day = todayIn(service.call('settings.get', {}).timeZone);
  });
  afterAll(() => {
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const reads: [string, () => [Method, unknown]][] = [
    ["a day's board", () => ['board.get', { day }]],
    ['the hospital/jail lists now', () => ['stays.current', {}]],
    ['on call now', () => ['oncall.now', {}]],
    ['the meeting roster', () => ['meeting.roster', {}]],
    ['the audit trail by person', () => ['audit.list', { staffId: 1, limit: 50, offset: 0 } satisfies Input<'audit.list'>]],
    ['the audit trail by kind and dates', () => ['audit.list', { kind: 'contact', from: day, to: day, limit: 50, offset: 0 } satisfies Input<'audit.list'>]],
    // Fidelity (issue 15): the period's rows only.
    ['the fidelity figures for 4 weeks', () => ['fidelity.get', { from: addDays(day, -27), to: day } satisfies Input<'fidelity.get'>]],
    ['the fidelity trend', () => ['fidelity.trend', { to: day } satisfies Input<'fidelity.trend'>]],
    ['a fidelity drill-down', () => ['fidelity.records', { item: 'OS11', from: addDays(day, -27), to: day } satisfies Input<'fidelity.records'>]],
    ["a client's fidelity weeks", () => ['fidelity.client', { clientId: 1, from: addDays(day, -83), to: day } satisfies Input<'fidelity.client'>]],
  ];
  it.each(reads)('%s', (_, read) => {
    const [method, input] = read();
    const executed = recordStatements(service.db, () => service.call(method, input));
    expect(executed.length).toBeGreaterThan(0);
    const scans = executed.flatMap((e) => fullScans(service.db, e).map((d) => `${d}  ←  ${e.sql.replace(/\s+/g, ' ').trim()}`));
    expect(scans).toEqual([]);
  });
});
