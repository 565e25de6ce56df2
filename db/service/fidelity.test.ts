import { describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import { initialsOf } from '../../shared/rules/meeting';
import { addDays } from '../../shared/time';
import { setupTestBoard } from './test-kit';

// 2026-11-23 14:00 UTC: a Monday in the team's day.
const board = setupTestBoard();
const call = <M extends Method>(m: M, input: Input<M>) => board.call(m, input);
const to = '2026-11-22';
const from = addDays(to, -27);

function seed() {
  const staff = (['case_manager', 'social_worker', 'registered_nurse', 'psychiatrist'] as const).map((role, i) =>
    call('staff.create', { name: `Staff ${'ABCD'[i]}`, initials: `S${'ABCD'[i]}`, role, fte: 1, colour: '#336699' }),
  );
  const [ann, bo] = [['Annabel Quill', 'Ann'], ['Bo Fictional', 'Bo']].map(([name, preferredName]) =>
    call('clients.create', { name: name!, preferredName: preferredName!, admissionDate: '2024-01-05' }),
  ) as unknown as [{ id: number }, { id: number }];
  const contact = (clientId: number, staffIdx: number, day: string, fields: Partial<Input<'contacts.create'>> = {}, status: 'done' | 'attempted' | null = 'done') => {
    const c = call('contacts.create', { clientId, staffId: staff[staffIdx]!.id, day, start: '09:00', end: '10:00', intervention: 'housing', location: 'community', ...fields });
    if (status) call('contacts.setStatus', { id: c.id, version: c.version, status });
  };
  // Ann: three staff face to face (one in the office); Bo: two face to face, a third only on the phone, one attempt.
  contact(ann.id, 0, from);
  contact(ann.id, 1, addDays(from, 7));
  contact(ann.id, 2, addDays(from, 14), { location: 'office' });
  contact(bo.id, 0, from);
  contact(bo.id, 1, addDays(from, 3));
  contact(bo.id, 2, addDays(from, 4), { location: 'phone' });
  contact(bo.id, 3, addDays(from, 5), {}, 'attempted');
  contact(bo.id, 3, addDays(from, 6), {}, null);
  // Outside the period: not counted.
  contact(bo.id, 3, addDays(to, 1));
  contact(bo.id, 3, addDays(from, -1));
  return { staff, ann, bo };
}

describe('fidelity figures from the board (issue 15)', () => {
  it('rates the period’s done contacts only', () => {
    seed();
    const report = call('fidelity.get', { from, to });
    const item = (id: string) => report.items.find((i) => i.id === id)!;
    expect(report.caseload).toBe(2);
    expect(item('OS2')).toMatchObject({ figure: 50, rating: 2, basis: '1 of 2 clients seen by 3 or more staff' });
    // 5 face-to-face contacts, 2 clients, 4 weeks; 4 of 5 in the community.
    expect(item('CP4').figure).toBeCloseTo(5 / 2 / 4);
    expect(item('CP3').figure).toBeCloseTo(300 / 2 / 4);
    expect(item('CP1')).toMatchObject({ figure: 80, rating: 5 });
    // OS1: 2 clients for 3 direct-service FTE (the psychiatrist is not counted).
    expect(item('OS1').figure).toBeCloseTo(2 / 3);
    expect(item('CP6')).toMatchObject({ rating: 1, anchor: expect.stringMatching(/No on-call rota/) });
    expect(report.items).toHaveLength(21);
  });

  it('sets the state profile’s target beside an item', () => {
    seed();
    expect(call('fidelity.get', { from, to }).items.find((i) => i.id === 'CP1')!.target).toMatchObject({ atLeast: 80, met: true });
    const s = call('settings.get', {});
    call('settings.update', { version: s.version, stateProfile: 'UT' });
    const ut = call('fidelity.get', { from, to });
    expect(ut.items.find((i) => i.id === 'CP1')!.target).toBeNull();
    expect(ut.items.find((i) => i.id === 'CP4')!.target).toMatchObject({ atLeast: 3, met: false });
  });

  it('lists the records behind an item, clients by name or, locked, by initials', () => {
    const { ann, bo } = seed();
    const os2 = call('fidelity.records', { item: 'OS2', from, to });
    expect(os2.rows.map((r) => [r.client, r.cells[0], r.short])).toEqual([['Bo', 2, true], ['Ann', 3, false]]);
    const locked = board.service.call('fidelity.records', { item: 'OS2', from, to }, { seat: { token: null } });
    expect(locked.rows.map((r) => r.client)).toEqual([initialsOf('Bo Fictional'), initialsOf('Annabel Quill')]);
    const table = call('fidelity.clients', { from, to });
    expect(table.rows.find((r) => r.clientId === ann.id)).toMatchObject({ client: 'Ann', distinctStaff: 3, contactsPerWeek: 0.75, minutesPerWeek: 45 });
    const history = call('fidelity.client', { clientId: bo.id, from, to });
    expect(history.weeks.map((w) => w.contacts)).toEqual([2, 0, 0, 0]);
  });

  it('gives 12 months of trend, and refuses a bad period in plain words', () => {
    seed();
    const t = call('fidelity.trend', { to });
    expect(t.months.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(t.items.OS2).toHaveLength(12);
    expect(t.items.CP4.at(-1)!.figure).toBeGreaterThan(0);
    board.expectRejected(() => call('fidelity.get', { from: to, to: from }), 'validation', /ends \(Mon 26 Oct 2026\) before it begins/);
    board.expectRejected(() => call('fidelity.get', { from: '2024-01-01', to }), 'validation', /at most 366 days/);
    board.expectRejected(() => call('fidelity.records', { item: 'EP1' as never, from, to }), 'validation', /not a fidelity item the board rates/);
    board.expectRejected(() => call('fidelity.client', { clientId: 999, from, to }), 'not_found', /Client/);
  });
});
