import { describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import { setupTestBoard } from './test-kit';

const board = setupTestBoard();
const call = <M extends Method>(m: M, input: Input<M>) => board.call(m, input);
const expectRejected = board.expectRejected;

function seedSmall() {
  const nurse = call('staff.create', { name: 'Nia Nurse', initials: 'nn', role: 'registered_nurse', fte: 1, colour: '#aa0000' });
  const cm = call('staff.create', { name: 'Cam Manager', initials: 'CM', role: 'case_manager', fte: 1, colour: '#00aa00' });
  const client = call('clients.create', {
    name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05', primaryStaffId: cm.id, teamStaffIds: [cm.id, nurse.id],
  });
  const contact = call('contacts.create', {
    clientId: client.id, staffId: cm.id, day: '2026-11-23', start: '09:00', end: '09:30',
    intervention: 'medication_delivery', location: 'community',
  });
  return { nurse, cm, client, contact };
}

describe('Board service', () => {
  it('creates staff, clients and contacts and shows them on the day board', () => {
    const { nurse, cm, client, contact } = seedSmall();
    expect(nurse.initials).toBe('NN');
    expect(client.teamStaffIds).toEqual([nurse.id, cm.id].sort((a, b) => a - b));
    let board = call('board.get', { day: '2026-11-23' });
    expect(board.today).toBe('2026-11-23');
    // Columns: who works that day, plus anyone off who still has contacts (warned).
    expect(board.staff.map((s) => s.name)).toEqual(['Cam Manager']);
    expect(board.warnings.map((w) => w.kind)).toEqual(['staff_off']);
    call('availability.setPattern', { staffId: nurse.id, pattern: Array(7).fill({ start: '08:00', end: '16:00' }) });
    board = call('board.get', { day: '2026-11-23' });
    expect(board.staff.map((s) => s.name)).toEqual(['Nia Nurse', 'Cam Manager']);
    expect(board.contacts).toEqual([contact]);
    // With their basics for the day sheet (none written yet).
    expect(board.clients).toEqual([{ id: client.id, name: 'Test Person', preferredName: 'Testy', status: 'active', address: '', phone: '', crisisPlan: '', legalStatus: null }]);
  });

  it('moves a contact to another staff member and time, keeping its duration, and audits it', () => {
    const { nurse, contact } = seedSmall();
    const moved = call('contacts.move', { id: contact.id, version: contact.version, staffId: nurse.id, start: '13:15' });
    expect(moved).toMatchObject({ staffId: nurse.id, startMinute: 13 * 60 + 15, endMinute: 13 * 60 + 45, version: 1 });
    const audit = board.service.db.prepare("SELECT * FROM audit_log WHERE action = 'move'").all() as { before_json: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before_json).staffId).toBe(contact.staffId);
  });

  it('emits one change event per committed write, naming the day', () => {
    const { contact } = seedSmall();
    const events: unknown[] = [];
    board.service.onChange((e) => events.push(e));
    call('contacts.move', { id: contact.id, version: 0, staffId: null });
    call('board.get', { day: '2026-11-23' });
    expect(events).toEqual([{ areas: ['contacts'], days: ['2026-11-23'], moves: [{ id: contact.id, day: '2026-11-23', staffId: null, startMinute: 9 * 60, endMinute: 9 * 60 + 30, version: 1 }] }]);
  });

  it('refuses a stale write with a conflict and changes nothing', () => {
    const { contact, nurse } = seedSmall();
    call('contacts.move', { id: contact.id, version: 0, staffId: nurse.id });
    expectRejected(
      () => call('contacts.move', { id: contact.id, version: 0, staffId: null }),
      'conflict',
      /changed on another seat at 09:00/,
    );
  });

  describe('bad input gets a clear message and leaves the database unchanged', () => {
    const base = { day: '2026-11-23', start: '09:00', end: '09:30', intervention: 'housing', location: 'community' } as const;

    it('an unknown client', () => {
      const { cm } = seedSmall();
      expectRejected(() => call('contacts.create', { ...base, clientId: 999, staffId: cm.id }), 'not_found', /Client 999 does not exist/);
    });
    it('a non-existent staff member', () => {
      const { client } = seedSmall();
      expectRejected(() => call('contacts.create', { ...base, clientId: client.id, staffId: 999 }), 'not_found', /Staff member 999/);
    });
    it('an end before its start', () => {
      const { client, cm } = seedSmall();
      expectRejected(
        () => call('contacts.create', { ...base, clientId: client.id, staffId: cm.id, start: '10:00', end: '09:00' }),
        'validation',
        /End time must be after the start time/,
      );
    });
    it('an end before its start on update', () => {
      const { contact } = seedSmall();
      expectRejected(() => call('contacts.update', { id: contact.id, version: 0, end: '08:00' }), 'validation', /End time must be after/);
    });
    it('a malformed date', () => {
      const { client, cm } = seedSmall();
      expectRejected(
        () => call('contacts.create', { ...base, clientId: client.id, staffId: cm.id, day: '2026-02-30' }),
        'validation',
        /Date must be a real date/,
      );
      expectRejected(() => call('board.get', { day: 'tomorrow' }), 'validation', /Date must be a real date/);
    });
    it('a malformed time', () => {
      const { client, cm } = seedSmall();
      expectRejected(
        () => call('contacts.create', { ...base, clientId: client.id, staffId: cm.id, start: '25:00' }),
        'validation',
        /Start time must be a time written HH:MM/,
      );
    });
    it('an over-long note', () => {
      const { contact } = seedSmall();
      expectRejected(
        () => call('contacts.setStatus', { id: contact.id, version: 0, status: 'done', note: 'x'.repeat(2001) }),
        'validation',
        /Note must be at most 2000 characters/,
      );
    });
    it('a wrong type and an unknown field', () => {
      const { contact } = seedSmall();
      expectRejected(() => board.service.call('contacts.move', { id: 'one', version: 0, staffId: null }), 'validation', /Id must be a number/);
      expectRejected(() => board.service.call('contacts.move', { id: contact.id, version: 0, staffId: null, x: 1 }), 'validation', /Unknown field/);
      expectRejected(() => board.service.call('nope' as Method, {}), 'validation', /Unknown method/);
    });
    it('a time the clocks skip on the spring DST change', () => {
      const { client, cm } = seedSmall();
      expectRejected(
        () => call('contacts.create', { ...base, clientId: client.id, staffId: cm.id, day: '2027-03-14', start: '02:30', end: '03:30' }),
        'validation',
        /02:30 does not exist on Sun 14 Mar 2027/,
      );
    });
    it('an inactive staff member', () => {
      const { contact, nurse } = seedSmall();
      call('staff.update', { id: nurse.id, version: 0, active: false });
      expectRejected(() => call('contacts.move', { id: contact.id, version: 0, staffId: nurse.id }), 'validation', /no longer active/);
    });
    it('a duplicate record number and a bad time zone', () => {
      const { client } = seedSmall();
      call('clients.update', { id: client.id, version: 0, recordNumber: 'R-1' });
      expectRejected(
        () => call('clients.create', { name: 'Other', preferredName: 'O', admissionDate: '2025-01-01', recordNumber: 'R-1' }),
        'validation',
        /already used by Testy/,
      );
      expectRejected(() => call('settings.update', { version: 0, timeZone: 'Mars/Olympus' }), 'validation', /not a known time zone/);
    });
  });

  it('keeps a 09:00 contact at 09:00 local across the autumn DST change', () => {
    const { client, cm } = seedSmall();
    const c = call('contacts.create', {
      clientId: client.id, staffId: cm.id, day: '2026-11-01', start: '09:00', end: '09:20', intervention: 'housing', location: 'office',
    });
    expect(c.startMinute).toBe(540);
    expect(call('board.get', { day: '2026-11-01' }).contacts[0]!.startMinute).toBe(540);
  });
});
