import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import { registerAuditHash } from '../audit-chain';
import { loadMigrations, migrate } from '../migrate';
import { setupTestBoard } from './test-kit';

const board = setupTestBoard();
const call = <M extends Method>(m: M, input: Input<M>) => board.call(m, input);
const day = '2026-11-23';

function seed() {
  const cm = call('staff.create', { name: 'Cam Manager', initials: 'CM', role: 'case_manager', fte: 1, colour: '#00aa00' });
  const client = call('clients.create', { name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05', primaryStaffId: cm.id, teamStaffIds: [cm.id] });
  const base = { clientId: client.id, staffId: cm.id, day, start: '09:00', end: '09:30', intervention: 'housing', location: 'community' } as const;
  return { cm, client, base };
}

describe('contact kinds (issue 14)', () => {
  it('a contact is face to face unless it says otherwise; one placed on the phone is a phone contact', () => {
    const { base } = seed();
    expect(call('contacts.create', base)).toMatchObject({ kind: 'face_to_face', collateralWith: null, nextPlan: '' });
    expect(call('contacts.create', { ...base, location: 'phone' }).kind).toBe('phone');
    expect(call('contacts.create', { ...base, kind: 'video' }).kind).toBe('video');
    expect(call('contacts.create', { ...base, kind: 'collateral', collateralWith: 'provider' })).toMatchObject({ kind: 'collateral', collateralWith: 'provider' });
  });

  it('refuses a collateral contact without whom, whom on another kind, and face to face on the phone; nothing is saved', () => {
    const { base } = seed();
    board.expectRejected(() => call('contacts.create', { ...base, kind: 'collateral' }), 'validation', /collateral contact must say with whom it was: family or natural support, another provider, other/);
    board.expectRejected(() => call('contacts.create', { ...base, kind: 'phone', collateralWith: 'family' }), 'validation', /Only a collateral contact says with whom/);
    board.expectRejected(() => call('contacts.create', { ...base, location: 'phone', kind: 'face_to_face' }), 'validation', /face-to-face contact cannot take place on the phone/);
    const c = call('contacts.create', base);
    board.expectRejected(() => call('contacts.update', { id: c.id, version: c.version, kind: 'collateral' }), 'validation', /must say with whom/);
  });

  it('a change of location carries a default kind along; a chosen kind stays; leaving collateral drops with whom', () => {
    const { base } = seed();
    const c = call('contacts.create', base);
    const onPhone = call('contacts.update', { id: c.id, version: c.version, location: 'phone' });
    expect(onPhone.kind).toBe('phone');
    const video = call('contacts.create', { ...base, kind: 'video' });
    expect(call('contacts.update', { id: video.id, version: video.version, location: 'office' }).kind).toBe('video');
    const col = call('contacts.create', { ...base, kind: 'collateral', collateralWith: 'family' });
    expect(call('contacts.update', { id: col.id, version: col.version, kind: 'phone' })).toMatchObject({ kind: 'phone', collateralWith: null });
  });

  it('the plan for the next contact is written with the outcome and kept', () => {
    const { base } = seed();
    const c = call('contacts.create', base);
    const done = call('contacts.setStatus', { id: c.id, version: c.version, status: 'attempted', nextPlan: 'Try again Thursday morning' });
    expect(done).toMatchObject({ status: 'attempted', nextPlan: 'Try again Thursday morning' });
    expect(call('contacts.setStatus', { id: done.id, version: done.version, status: 'done' }).nextPlan).toBe('Try again Thursday morning');
  });

  it('only face-to-face contacts keep a client off the "Clients to see" list', () => {
    const { base, client } = seed();
    const attention = () => call('board.get', { day }).attention.filter((a) => a.clientId === client.id && a.reason === 'no_recent_contact');
    const c = call('contacts.create', { ...base, kind: 'video' });
    expect(attention()).toHaveLength(1);
    call('contacts.update', { id: c.id, version: c.version, kind: 'face_to_face' });
    expect(attention()).toHaveLength(0);
  });
});

describe('migration 0013', () => {
  it('existing contacts become face to face, those on the phone phone contacts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-kinds-'));
    const db = new Database(path.join(dir, 'older.sqlite'));
    try {
      registerAuditHash(db);
      const all = loadMigrations();
      migrate(db, all.filter((m) => m.id < 13));
      db.prepare("INSERT INTO staff (name, initials, role, fte, colour, updated_at) VALUES ('Dana Whitfield', 'DW', 'team_leader', 1, '#111111', 'now')").run();
      db.prepare("INSERT INTO clients (name, preferred_name, admission_date, status, updated_at) VALUES ('A B', 'A', '2026-01-01', 'active', 'now')").run();
      const add = db.prepare("INSERT INTO contacts (client_id, staff_id, day, start_minute, end_minute, intervention, location, status, created_at, updated_at) VALUES (1, 1, '2026-11-02', 540, 570, 'housing', ?, 'done', 'now', 'now')");
      for (const where of ['community', 'office', 'phone']) add.run(where);
      migrate(db, all);
      expect(db.prepare('SELECT location, kind, collateral_with AS whom, next_plan AS plan FROM contacts ORDER BY id').all()).toEqual([
        { location: 'community', kind: 'face_to_face', whom: null, plan: '' },
        { location: 'office', kind: 'face_to_face', whom: null, plan: '' },
        { location: 'phone', kind: 'phone', whom: null, plan: '' },
      ]);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
