import { describe, expect, it } from 'vitest';
import { setupTestBoard } from './test-kit';

// Monday 23 November 2026, 09:00 in New York.
const t = setupTestBoard();
const TODAY = '2026-11-23';

function seed() {
  const cm = t.call('staff.create', { name: 'Cam Manager', initials: 'CM', role: 'case_manager', fte: 1, colour: '#00aa00' });
  const client = t.call('clients.create', { name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05', primaryStaffId: cm.id, teamStaffIds: [cm.id] });
  const admit = (o: { kind?: 'psychiatric' | 'jail'; admittedOn?: string } = {}) =>
    t.call('stays.admit', { clientId: client.id, kind: o.kind ?? 'psychiatric', admittedOn: o.admittedOn ?? '2026-11-20', facility: 'Fictional General', contactName: 'Nurse Ratchet', teamInAdmission: true });
  return { cm, client, admit };
}
const status = (id: number) => t.call('clients.list', {}).find((c) => c.id === id)!.status;

describe('hospital and jail stays', () => {
  it('an admission sets the client hospitalized; the discharge sets them active and puts a follow-up on the next day', () => {
    const { client, admit, cm } = seed();
    const stay = admit();
    expect(stay).toMatchObject({ log: 'hospital', kind: 'psychiatric', admittedOn: '2026-11-20', dischargedOn: null, contactName: 'Nurse Ratchet', teamInAdmission: true });
    expect(status(client.id)).toBe('hospitalized');
    const { stay: closed, followUp } = t.call('stays.discharge', { id: stay.id, version: stay.version, dischargedOn: TODAY, dischargedTo: 'home', teamInDischarge: true });
    expect(status(client.id)).toBe('active');
    expect(closed).toMatchObject({ dischargedOn: TODAY, dischargedTo: 'home', followUpDue: '2026-11-26', followUpContactId: followUp.id });
    expect(followUp).toMatchObject({ clientId: client.id, staffId: cm.id, day: '2026-11-24', status: 'planned' });
    expect(t.call('board.get', { day: '2026-11-24' }).contacts.map((c) => c.id)).toContain(followUp.id);
  });

  it('a jail booking sets the client incarcerated, and its release adds a follow-up as a discharge does', () => {
    const { client, admit } = seed();
    const stay = admit({ kind: 'jail' });
    expect(stay.log).toBe('jail');
    expect(status(client.id)).toBe('incarcerated');
    const { followUp } = t.call('stays.discharge', { id: stay.id, version: stay.version, dischargedOn: '2026-11-22', dischargedTo: 'shelter' });
    expect(followUp.day).toBe(TODAY);
    expect(followUp.note).toMatch(/release/);
  });

  it('the follow-up is due the team limit after the discharge (never past 7 days)', () => {
    const { admit } = seed();
    t.expectRejected(() => t.call('stays.updateSettings', { version: 0, visitGapDays: 1, followUpDays: 8 }), 'validation', /at most 7 days/);
    t.call('stays.updateSettings', { version: 0, visitGapDays: 1, followUpDays: 7 });
    const stay = admit();
    expect(t.call('stays.discharge', { id: stay.id, version: stay.version, dischargedOn: '2026-11-21', dischargedTo: 'home' }).stay.followUpDue).toBe('2026-11-28');
  });

  it('a done hospital-visit contact during the stay records a visit by itself, and takes it back when no longer done', () => {
    const { client, admit, cm } = seed();
    const stay = admit();
    const c = t.call('contacts.create', { clientId: client.id, staffId: cm.id, day: TODAY, start: '10:00', end: '11:00', intervention: 'hospital_visit', location: 'community' });
    expect(t.call('stays.client', { clientId: client.id }).visits).toEqual([]);
    const done = t.call('contacts.setStatus', { id: c.id, version: c.version, status: 'done' });
    const visits = t.call('stays.client', { clientId: client.id }).visits;
    expect(visits).toMatchObject([{ stayId: stay.id, day: TODAY, kind: 'visit', staffId: cm.id, contactId: c.id }]);
    expect(t.call('stays.current', {}).stays[0]).toMatchObject({ lastVisit: TODAY, daysIn: 3 });
    t.call('contacts.setStatus', { id: c.id, version: done.version, status: 'planned' });
    expect(t.call('stays.client', { clientId: client.id }).visits).toEqual([]);
  });

  it('lists a client whose status says hospitalized with no stay in the log, until the stay is logged', () => {
    const { client } = seed();
    const c = t.call('clients.list', {}).find((x) => x.id === client.id)!;
    t.call('clients.update', { id: c.id, version: c.version, status: 'hospitalized' });
    expect(t.call('stays.current', {}).unlogged).toEqual([{ clientId: client.id, clientName: 'Testy', status: 'hospitalized' }]);
    t.call('stays.admit', { clientId: client.id, kind: 'psychiatric', admittedOn: TODAY, facility: 'Fictional General' });
    expect(t.call('stays.current', {}).unlogged).toEqual([]);
    expect(status(client.id)).toBe('hospitalized');
  });

  it('a contact that is no visit, or outside every stay, records nothing', () => {
    const { client, cm } = seed();
    const c = t.call('contacts.create', { clientId: client.id, staffId: cm.id, day: TODAY, start: '10:00', end: '11:00', intervention: 'hospital_visit', location: 'community' });
    t.call('contacts.setStatus', { id: c.id, version: c.version, status: 'done' });
    expect(t.service.db.prepare('SELECT COUNT(*) AS n FROM stay_visits').get()).toEqual({ n: 0 });
  });

  it('plan a visit today adds a visit contact, which takes the no-visit flag away', () => {
    const { admit, cm } = seed();
    const stay = admit();
    expect(t.call('stays.current', {}).stays[0]!.flags.map((f) => f.kind)).toEqual(['no_visit']);
    expect(t.call('board.get', { day: TODAY }).warnings.some((w) => w.kind === 'stay_no_visit')).toBe(true);
    const contact = t.call('stays.planVisit', { stayId: stay.id });
    expect(contact).toMatchObject({ day: TODAY, staffId: cm.id, intervention: 'hospital_visit' });
    expect(t.call('stays.current', {}).stays[0]!.flags).toEqual([]);
    expect(t.call('board.get', { day: TODAY }).warnings.some((w) => w.kind === 'stay_no_visit')).toBe(false);
  });

  it("the team's visit gap decides when a visit is due, on the board and in Clients to see", () => {
    const { admit, client } = seed();
    admit({ admittedOn: '2026-11-21' });
    const settings = t.call('stays.updateSettings', { version: 0, visitGapDays: 3, followUpDays: 3 });
    const board = (day: string) => t.call('board.get', { day });
    expect(board(TODAY).warnings.filter((w) => w.kind === 'stay_no_visit')).toEqual([]);
    expect(board(TODAY).attention.filter((a) => a.reason === 'stay_visit_due')).toEqual([]);
    const tomorrow = board('2026-11-24');
    expect(tomorrow.warnings.find((w) => w.kind === 'stay_no_visit')).toMatchObject({ clientId: client.id, message: 'Testy: no team visit in hospital since the admission (3 days).' });
    expect(tomorrow.warnings.find((w) => w.kind === 'stay_no_visit')!.stayId).toBeUndefined(); // "plan a visit today" only on today's board
    expect(tomorrow.attention).toContainEqual(expect.objectContaining({ clientId: client.id, reason: 'stay_visit_due' }));
    t.call('stays.updateSettings', { version: settings.version, visitGapDays: 2, followUpDays: 3 });
    expect(board(TODAY).warnings.find((w) => w.kind === 'stay_no_visit')!.stayId).toBeDefined();
    expect(board('2026-11-22').warnings.filter((w) => w.kind.startsWith('stay_'))).toEqual([]); // a past day is what happened
  });

  it('figures for a period count admissions, discharges, the team share with its OS11 rating and readmissions', () => {
    const { admit } = seed();
    const first = admit({ admittedOn: '2026-10-01' });
    t.call('stays.discharge', { id: first.id, version: first.version, dischargedOn: '2026-10-11', dischargedTo: 'home', teamInDischarge: false });
    admit({ admittedOn: '2026-11-01' });
    const f = t.call('stays.figures', { from: '2026-10-01', to: '2026-11-30' });
    expect(f).toMatchObject({ admissions: 2, discharges: 1, os11Events: 3, os11Involved: 2, os11Rating: 3, averageLengthOfStay: 10, readmissions30: 1 });
  });

  it('refuses bad input with a clear message and saves nothing', () => {
    const { client, admit } = seed();
    t.expectRejected(() => admit({ admittedOn: '2026-11-24' }), 'validation', /in the future/);
    const stay = admit();
    t.expectRejected(() => admit(), 'validation', /already has an open stay/);
    t.expectRejected(() => t.call('stays.discharge', { id: stay.id, version: stay.version, dischargedOn: '2026-11-19', dischargedTo: 'home' }), 'validation', /cannot be before the admission/);
    t.expectRejected(() => t.call('stays.discharge', { id: stay.id, version: stay.version, dischargedOn: '2026-11-25', dischargedTo: 'home' }), 'validation', /in the future/);
    t.expectRejected(() => t.call('stays.logVisit', { stayId: stay.id, day: '2026-11-19' }), 'validation', /outside the stay/);
    t.expectRejected(() => t.call('stays.logVisit', { stayId: stay.id, day: '2026-11-24' }), 'validation', /outside the stay/);
    t.expectRejected(() => t.call('stays.admit', { clientId: client.id, kind: 'psychiatric', admittedOn: '2026-11-20', facility: '' }), 'validation', /required/);
    t.call('stays.logVisit', { stayId: stay.id, day: '2026-11-21' });
    t.expectRejected(() => t.call('stays.update', { id: stay.id, version: stay.version, admittedOn: '2026-11-22' }), 'validation', /visit is logged on 2026-11-21/);
    t.expectRejected(() => t.call('stays.discharge', { id: stay.id, version: stay.version, dischargedOn: '2026-11-20', dischargedTo: 'home' }), 'validation', /visit is logged on 2026-11-21, after that discharge/);
    const { stay: closed } = t.call('stays.discharge', { id: stay.id, version: stay.version, dischargedOn: '2026-11-21', dischargedTo: 'home' });
    t.expectRejected(() => t.call('stays.logVisit', { stayId: stay.id, day: '2026-11-22' }), 'validation', /outside the stay/);
    t.expectRejected(() => t.call('stays.discharge', { id: closed.id, version: closed.version, dischargedOn: '2026-11-22', dischargedTo: 'home' }), 'validation', /already ended/);
    const c = t.call('clients.list', {}).find((x) => x.id === client.id)!;
    t.call('clients.update', { id: c.id, version: c.version, status: 'discharged', dischargedOn: '2026-11-21', dischargeReason: 'moved_away' });
    t.expectRejected(() => admit({ admittedOn: TODAY }), 'validation', /discharged from the team/);
    t.expectRejected(() => t.call('stays.figures', { from: TODAY, to: '2026-11-01' }), 'validation', /ends \(Sun 1 Nov 2026\) before it begins/);
  });
});
