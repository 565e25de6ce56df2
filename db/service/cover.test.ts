import { describe, expect, it } from 'vitest';
import { setupTestBoard } from './test-kit';

const t = setupTestBoard();
const DAY = '2026-11-23';
const SHIFT = { start: '08:00', end: '16:00' };

function seedTeam() {
  const make = (name: string, initials: string, role: 'registered_nurse' | 'case_manager') =>
    t.call('staff.create', { name, initials, role, fte: 1, colour: '#334455' });
  const sick = make('Sam Sick', 'SS', 'case_manager');
  const nurse = make('Nia Nurse', 'NN', 'registered_nurse');
  const cm = make('Cam Manager', 'CM', 'case_manager');
  for (const s of [sick, nurse, cm]) t.call('availability.setPattern', { staffId: s.id, pattern: Array(7).fill(SHIFT) });
  const client = t.call('clients.create', { name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05' });
  const contact = (staffId: number, start: string, end: string, intervention: 'injection' | 'housing' = 'housing') =>
    t.call('contacts.create', { clientId: client.id, staffId, day: DAY, start, end, intervention, location: 'office' });
  return { sick, nurse, cm, contact };
}

describe('off today: cover a staff member\'s contacts', () => {
  it('proposes the draft\'s choice for each planned contact, then marks the person off and moves them in one call', () => {
    const { sick, nurse, cm, contact } = seedTeam();
    const injection = contact(sick.id, '09:00', '09:20', 'injection');
    const housing = contact(sick.id, '10:00', '11:00');
    contact(cm.id, '10:00', '11:00'); // the case manager is busy then
    const early = contact(sick.id, '08:00', '08:20');
    const done = t.call('contacts.setStatus', { id: early.id, version: early.version, status: 'done' });

    const { moves } = t.call('cover.propose', { day: DAY, staffId: sick.id, kind: 'sick' });
    expect(moves.map((m) => [m.contactId, m.toStaffId])).toEqual([
      [injection.id, nurse.id], // only the nurse can give an injection
      [housing.id, nurse.id], // the case manager is busy at 10:00
    ]);
    const nothingYet = t.call('board.get', { day: DAY });
    expect(nothingYet.contacts.filter((c) => c.staffId === sick.id)).toHaveLength(3);

    const { moved } = t.call('cover.offToday', { day: DAY, staffId: sick.id, kind: 'sick', moves: moves.map((m) => ({ id: m.contactId, version: m.version, staffId: m.toStaffId })) });
    expect(moved.map((c) => c.staffId)).toEqual([nurse.id, nurse.id]);
    const board = t.call('board.get', { day: DAY });
    expect(board.staffDays.find((d) => d.staffId === sick.id)).toMatchObject({ shift: null, timeOff: 'sick' });
    // What was done stays as it happened, and the board has nothing to warn about this person.
    expect(board.contacts.find((c) => c.id === done.id)?.staffId).toBe(sick.id);
    expect(board.warnings.filter((w) => w.staffId === sick.id)).toEqual([]);
  });

  it('refuses a stale move and changes nothing, not even the day off', () => {
    const { sick, cm, contact } = seedTeam();
    const c = contact(sick.id, '12:00', '12:30');
    t.call('contacts.update', { id: c.id, version: c.version, clientId: c.clientId, staffId: sick.id, day: DAY, start: '12:00', end: '12:45', intervention: 'housing', location: 'office' });
    expect(() => t.call('cover.offToday', { day: DAY, staffId: sick.id, kind: 'sick', moves: [{ id: c.id, version: c.version, staffId: cm.id }] })).toThrow(/changed/);
    const board = t.call('board.get', { day: DAY });
    expect(board.staffDays.find((d) => d.staffId === sick.id)?.shift).not.toBeNull();
    expect(board.contacts.find((x) => x.id === c.id)?.staffId).toBe(sick.id);
  });
});
