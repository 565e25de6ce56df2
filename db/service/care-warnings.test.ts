import { describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import { setupTestBoard } from './test-kit';

// The board's clock: Monday 2026-11-23, 09:00 in New York (test-kit).
const board = setupTestBoard();
const call = <M extends Method>(m: M, input: Input<M>) => board.call(m, input);
const about = (kind: string) => call('board.get', { day: '2026-11-23' }).warnings.filter((w) => w.kind === kind);

function seed() {
  const cm = call('staff.create', { name: 'Cam Manager', initials: 'CM', role: 'case_manager', fte: 1, colour: '#00aa00' });
  const md = call('staff.create', { name: 'Mo Doctor', initials: 'MD', role: 'psychiatrist', fte: 1, colour: '#0000aa' });
  const client = call('clients.create', { name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05', primaryStaffId: cm.id, teamStaffIds: [cm.id, md.id] });
  return { cm, md, client };
}

describe("the day's board warns about clients (issue 12, item 12)", () => {
  it('a high-risk client with nothing planned in the next 24 hours, until a contact is planned', () => {
    const { cm, client } = seed();
    expect(about('high_risk_unplanned')).toEqual([]);
    call('clients.setAcuity', { clientId: client.id, version: 0, acuity: 'high_risk', reason: 'Stopped meds' });
    expect(about('high_risk_unplanned')).toEqual([
      { kind: 'high_risk_unplanned', message: 'Testy is high risk and has nothing planned in the next 24 hours: plan a contact.', contactIds: [], staffId: null, clientId: client.id },
    ]);
    // Tomorrow at 08:00 is within the next 24 hours (it is 09:00 now).
    call('contacts.create', { clientId: client.id, staffId: cm.id, day: '2026-11-24', start: '08:00', end: '08:30', intervention: 'crisis', location: 'community' });
    expect(about('high_risk_unplanned')).toEqual([]);
    // Tomorrow's own board looks at its whole day: the 08:00 contact is there too.
    expect(call('board.get', { day: '2026-11-25' }).warnings.filter((w) => w.kind === 'high_risk_unplanned')).toHaveLength(1);
  });

  it("a psychiatric visit due today by the MD board's interval, until one is planned today", () => {
    const { md, client } = seed();
    const s = call('clinical.mdBoard', {}).settings;
    call('clinical.updateSettings', { version: s.version, psychVisitWeeks: 4 });
    const last = call('contacts.create', { clientId: client.id, staffId: md.id, day: '2026-10-26', start: '10:00', end: '10:30', intervention: 'psychiatric_visit', location: 'office' });
    call('contacts.setStatus', { id: last.id, version: last.version, status: 'done' });
    expect(call('clinical.mdBoard', {}).rows[0]).toMatchObject({ nextDue: '2026-11-23' });
    expect(about('psych_visit_due').map((w) => w.message)).toEqual([
      'Psychiatric visit due today for Testy (last one Mon 26 Oct, every 4 weeks): none is planned.',
    ]);
    call('contacts.create', { clientId: client.id, staffId: md.id, day: '2026-11-23', start: '14:00', end: '14:30', intervention: 'psychiatric_visit', location: 'office' });
    expect(about('psych_visit_due')).toEqual([]);
  });
});
