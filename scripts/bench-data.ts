/**
 * The benchmark's board: the fictional demo team grown to 100 clients and 14 staff, with
 * years of history (contacts incl. attempts, phone and collateral; events; hospital and
 * jail stays; on-call overrides and after-hours calls; meetings; audit rows). Deterministic
 * (seeded), and cached in node_modules/.cache/act-board-bench/ by generator version and size.
 *
 * The demo seed and the first staff and clients go through the service; the history is
 * written with direct SQL in one transaction (the API would take minutes). Every row keeps
 * the service's rules: foreign keys, versions, and audit rows sealed onto the chain.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditRowHash, chainHead } from '../db/audit-chain';
import { openBoard } from '../db/board';
import { loadMigrations } from '../db/migrate';
import { DB_FILE_NAME } from '../db/open';
import type { BoardService } from '../db/service/board-service';
import { INTERVENTIONS, type StaffRole } from '../shared/domain';
import { addDays, toInstant, todayIn, weekdayOf } from '../shared/time';

/** Raise when the generated data changes, so cached boards are rebuilt. */
const GENERATOR_VERSION = 2;

export interface BenchSize {
  clients: number;
  staff: number;
  years: number;
}
export const FULL_SIZE: BenchSize = { clients: 100, staff: 14, years: 10 };
export const SHORT_SIZE: BenchSize = { clients: 100, staff: 14, years: 0.25 };

const EXTRA_STAFF: { name: string; initials: string; role: StaffRole; colour: string }[] = [
  { name: 'Wren Castellano', initials: 'WC', role: 'case_manager', colour: '#637939' },
  { name: 'Idris Maalouf', initials: 'IM', role: 'social_worker', colour: '#8c6d31' },
  { name: 'Greta Solberg', initials: 'GS', role: 'registered_nurse', colour: '#843c39' },
  { name: 'Theo Barnaby', initials: 'TB', role: 'case_manager', colour: '#7b4173' },
  { name: 'Nia Fairweather', initials: 'NF', role: 'peer_specialist', colour: '#3182bd' },
];
const FIRST = ['Ansel', 'Briony', 'Caspian', 'Dorit', 'Elmo', 'Fenna', 'Gideon', 'Hester', 'Ivo', 'Juno'];
const LAST = ['Quill', 'Marlowe', 'Penhallow', 'Ashdown', 'Brackett', 'Tamsin', 'Winslade', 'Orrin'];

/** A small seeded generator (mulberry32): the same board on every machine. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The cache is shared by every checkout using this node_modules: a board is kept per set of
 * migrations, so a branch with other migrations never gets a file it would refuse to open.
 */
function cacheDir(size: BenchSize): string {
  const schema = createHash('sha256').update(loadMigrations().map((m) => m.name + m.sql).join('\0')).digest('hex').slice(0, 10);
  return path.resolve('node_modules/.cache/act-board-bench', `v${GENERATOR_VERSION}-${size.clients}c-${size.staff}s-${size.years}y-${schema}`);
}

/**
 * A fresh copy of the benchmark board in a new temporary folder (the cached one is never
 * written to); builds the cache first if needed. Returns the folder.
 */
export function benchBoardDir(size: BenchSize, log: (line: string) => void = () => {}): string {
  const cached = cacheDir(size);
  const cachedFile = path.join(cached, DB_FILE_NAME);
  if (!fs.existsSync(cachedFile)) {
    const t = Date.now();
    const building = `${cached}.building-${process.pid}`;
    fs.rmSync(building, { recursive: true, force: true });
    const service = openBoard(building, { demo: true });
    try {
      generateHistory(service, size);
      service.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      service.close();
    }
    fs.rmSync(cached, { recursive: true, force: true });
    fs.mkdirSync(cached, { recursive: true });
    fs.copyFileSync(path.join(building, DB_FILE_NAME), cachedFile);
    fs.rmSync(building, { recursive: true, force: true });
    log(`Built the benchmark board in ${((Date.now() - t) / 1000).toFixed(1)} s (cached in ${path.relative(process.cwd(), cached)})`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-bench-'));
  fs.copyFileSync(cachedFile, path.join(dir, DB_FILE_NAME));
  return dir;
}

/** Grows the demo board to `size` and writes its history. */
export function generateHistory(service: BoardService, size: BenchSize): void {
  const rand = seeded(20261130);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const { call, db } = { call: service.call.bind(service), db: service.db };
  const actor = { actor: 'bench' };
  const { timeZone } = call('settings.get', {});
  const today = todayIn(timeZone);
  const shift = { start: '08:30', end: '17:00' };

  db.transaction(() => {
    const existing = call('staff.list', {});
    for (const s of EXTRA_STAFF.slice(0, Math.max(0, size.staff - existing.length))) {
      const created = call('staff.create', { fte: 1, active: true, ...s }, actor);
      call('availability.setPattern', { staffId: created.id, pattern: [shift, shift, shift, shift, shift, null, null] }, actor);
    }
    const staff = call('staff.list', {}).filter((s) => s.active && s.role !== 'program_assistant');
    const caseManagers = staff.filter((s) => !['psychiatrist', 'registered_nurse', 'licensed_practical_nurse'].includes(s.role));
    const have = call('clients.list', {}).length;
    for (let i = have; i < size.clients; i++) {
      const primary = caseManagers[i % caseManagers.length]!;
      call('clients.create', {
        name: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`,
        preferredName: FIRST[i % FIRST.length]!,
        recordNumber: `B-${20001 + i}`,
        admissionDate: addDays(today, -Math.floor(365 * size.years) - 30),
        status: 'active',
        primaryStaffId: primary.id,
        teamStaffIds: [primary.id, caseManagers[(i + 2) % caseManagers.length]!.id],
      }, actor);
    }
    const clients = call('clients.list', {}).filter((c) => c.status !== 'discharged');
    const days = Math.floor(365 * size.years);
    const first = addDays(today, -days);
    const iso = (day: string, minute: number) => toInstant(day, minute, timeZone).toISOString();

    // The audit trail: appended to the chain, sealed row by row.
    let { nextId, previous } = chainHead(db);
    const auditInsert = db.prepare(`INSERT INTO audit_log (id, at, actor, actor_staff_id, action, entity, entity_id, before_json, after_json, hash)
      VALUES (@id, @at, @actor, @actor_staff_id, @action, @entity, @entity_id, @before_json, @after_json, @hash)`);
    const audit = (at: string, staffId: number, action: string, entity: string, entityId: number, after: object) => {
      const row = { id: nextId++, at, actor: 'bench', actor_staff_id: staffId, action, entity, entity_id: entityId, before_json: null, after_json: JSON.stringify(after) };
      previous = auditRowHash(previous, row);
      auditInsert.run({ ...row, hash: previous });
    };

    const contactInsert = db.prepare(`INSERT INTO contacts (client_id, staff_id, day, start_minute, end_minute, intervention, location, status, note, version, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 1, ?, ?)`);
    const eventInsert = db.prepare(`INSERT INTO significant_events (client_id, occurred_at, category, severity, text, author_staff_id, version, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'Fictional benchmark event.', ?, 0, ?, ?)`);
    const stayInsert = db.prepare(`INSERT INTO stays (client_id, log, kind, facility, admitted_on, discharged_on, discharged_to, version, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, 'home', 1, ?, ?)`);
    const overrideInsert = db.prepare(`INSERT INTO oncall_overrides (role_id, staff_id, kind, start_at, end_at, reason, created_at)
      VALUES (1, ?, 'cover', ?, ?, 'Benchmark cover', ?)`);
    const callInsert = db.prepare(`INSERT INTO after_hours_calls (at, staff_id, client_id, how, what_happened, outcome, created_at)
      VALUES (?, ?, ?, 'phone', 'Fictional benchmark call.', ?, ?)`);
    const meetingInsert = db.prepare(`INSERT INTO meetings (day, started_at, ended_at, status, sort, version, updated_at)
      VALUES (?, ?, ?, 'finished', 'status', 1, ?)`);
    const reviewInsert = db.prepare(`INSERT INTO meeting_reviews (meeting_id, client_id, position, state, seconds, reviewed_at) VALUES (?, ?, ?, 'reviewed', 60, ?)`);
    const attendanceInsert = db.prepare(`INSERT INTO meeting_attendance (meeting_id, staff_id, presence) VALUES (?, ?, 'present')`);

    const statuses = ['done', 'done', 'done', 'done', 'done', 'done', 'done', 'attempted', 'attempted', 'missed', 'cancelled'] as const;
    const categories = ['safety_risk', 'medical', 'medication', 'legal', 'housing', 'substance_use', 'family', 'other'] as const;
    const away = new Map<number, string>(); // client id -> the day their current stay ends
    for (let d = 0; d < days; d++) {
      const day = addDays(first, d);
      const weekend = weekdayOf(day) >= 6;
      // Three face-to-face contacts a client a week plus attempts, phone and collateral: ~250,000 in ten years.
      const perClient = weekend ? 0.3 : 0.9;
      for (const client of clients) {
        if ((away.get(client.id) ?? '') >= day) continue;
        if (rand() >= perClient) continue;
        const s = rand() < 0.6 ? staff.find((x) => x.id === client.primaryStaffId) ?? pick(staff) : pick(staff);
        const start = 8 * 60 + Math.floor(rand() * 36) * 15;
        const location = rand() < 0.2 ? 'phone' : rand() < 0.85 ? 'community' : 'office';
        const intervention = rand() < 0.1 ? 'family' : pick(INTERVENTIONS.filter((x) => x !== 'hospital_visit' && x !== 'jail_visit'));
        const at = iso(day, start);
        const { lastInsertRowid } = contactInsert.run(client.id, s.id, day, start, start + 30, intervention, location, pick(statuses), at, at);
        audit(at, s.id, 'create', 'contact', Number(lastInsertRowid), { clientId: client.id, day, staffId: s.id });
        if (rand() < 0.01) {
          const { lastInsertRowid: eventId } = eventInsert.run(client.id, at, pick(categories), pick(['low', 'medium', 'high']), s.id, at, at);
          audit(at, s.id, 'create', 'event', Number(eventId), { clientId: client.id });
        }
        // About one stay a client a year, ending before today (the demo holds the open ones).
        if (rand() < 1 / 365 && d < days - 30) {
          const jail = rand() < 0.25;
          const until = addDays(day, 3 + Math.floor(rand() * 20));
          away.set(client.id, until);
          const { lastInsertRowid: stayId } = stayInsert.run(client.id, jail ? 'jail' : 'hospital', jail ? 'jail' : 'psychiatric',
            jail ? 'County Detention (fictional)' : 'Riverside General (fictional)', day, until, at, at);
          audit(at, s.id, 'admit', 'stay', Number(stayId), { clientId: client.id });
        }
      }
      const night = iso(day, 22 * 60);
      if (rand() < 0.6) {
        const caller = pick(clients);
        callInsert.run(night, pick(staff).id, caller.id, pick(['resolved_phone', 'visit', 'crisis_team']), night);
      }
      if (rand() < 0.05) overrideInsert.run(pick(staff).id, iso(day, 17 * 60), iso(addDays(day, 1), 9 * 60), night);
      if (!weekend) {
        const started = iso(day, 9 * 60);
        const { lastInsertRowid } = meetingInsert.run(day, started, iso(day, 10 * 60), started);
        const meetingId = Number(lastInsertRowid);
        for (const s of staff) attendanceInsert.run(meetingId, s.id);
        for (let i = 0; i < 20; i++) reviewInsert.run(meetingId, clients[(d * 20 + i) % clients.length]!.id, i, started);
        audit(started, staff[0]!.id, 'finish', 'meeting', meetingId, {});
      }
    }

    // Events and after-hours calls before the last week were reviewed at the next meeting.
    const reviewedBy = (at: string) => `(SELECT id FROM meetings WHERE day > substr(${at}, 1, 10) ORDER BY day LIMIT 1)`;
    const reviewedAt = (at: string) => `(SELECT started_at FROM meetings WHERE day > substr(${at}, 1, 10) ORDER BY day LIMIT 1)`;
    const weekAgo = iso(addDays(today, -7), 0);
    db.prepare(`UPDATE significant_events SET reviewed_meeting_id = ${reviewedBy('occurred_at')}, reviewed_at = ${reviewedAt('occurred_at')}
      WHERE reviewed_meeting_id IS NULL AND occurred_at < ?`).run(weekAgo);
    db.prepare(`UPDATE after_hours_calls SET reviewed_meeting_id = ${reviewedBy('at')}, reviewed_at = ${reviewedAt('at')}
      WHERE reviewed_meeting_id IS NULL AND at < ?`).run(weekAgo);

    // Today's board: about 150 cards to drag.
    const todays = (db.prepare('SELECT COUNT(*) AS n FROM contacts WHERE day = ?').get(today) as { n: number }).n;
    const now = new Date().toISOString();
    for (let i = todays; i < 150; i++) {
      const client = clients[i % clients.length]!;
      const start = 8 * 60 + (i % 36) * 15;
      const { lastInsertRowid } = contactInsert.run(client.id, staff[i % staff.length]!.id, today, start, start + 30, 'housing', 'community', 'planned', now, now);
      audit(now, staff[0]!.id, 'create', 'contact', Number(lastInsertRowid), { clientId: client.id, day: today });
    }
  })();
  db.exec('ANALYZE');
}
