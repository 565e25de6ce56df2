import { describe, expect, it } from 'vitest';
import { addDays } from '../time';
import { anchorFor, OS11_ANCHORS } from './anchors';
import { FROM, TO, clientsOf, contact, meetingsEachWeek, records, staffOf, staffWithFte } from './fixtures';
import { os1, os10, os10Records, os11, os2, os2Records, os3, os5, os8 } from './operations';
import type { ClientRecord, StayRecord } from './records';

describe('OS1 client-to-staff ratio', () => {
  // 10 FTE of direct-service staff; the psychiatrist and the program assistant are not counted.
  const staff = [...staffWithFte('case_manager', 10), staffOf('psychiatrist'), staffOf('program_assistant')];
  it.each([
    [100, 10.0, 5], [104, 10.4, 5], [105, 10.5, 4], [130, 13.0, 4], [135, 13.5, 3],
    [180, 18.0, 3], [185, 18.5, 2], [250, 25.0, 2], [255, 25.5, 1], [260, 26.0, 1],
  ])('%i clients for 10 FTE: %f per staff member rates %i', (clients, ratio, rating) => {
    const r = os1(records({ clients: clientsOf(clients), staff }));
    expect(r.figure).toBeCloseTo(ratio);
    expect(r.rating).toBe(rating);
  });

  it('counts FTE, and has no rating without direct-service staff', () => {
    expect(os1(records({ clients: clientsOf(50), staff: [staffOf('case_manager', 0.5), ...staffWithFte('social_worker', 4.5)] })).figure).toBe(10);
    expect(os1(records({ staff: [staffOf('psychiatrist')] })).rating).toBeNull();
  });

  it('leaves discharged clients out of the caseload', () => {
    const clients: ClientRecord[] = [...clientsOf(100), { id: 500, admissionDate: '2020-01-01', dischargedOn: '2026-10-01', dischargeReason: 'graduated', discharged: true }];
    expect(os1(records({ clients, staff })).figure).toBe(10);
  });
});

describe('OS2 team approach', () => {
  /** `k` of 100 clients seen face to face by three staff, the rest by two (and by a third on the phone). */
  function seenBy(k: number) {
    const contacts = clientsOf(100).flatMap((c) => [
      contact({ clientId: c.id, staffId: 1 }),
      contact({ clientId: c.id, staffId: 2, day: addDays(FROM, 10) }),
      c.id <= k ? contact({ clientId: c.id, staffId: 3, day: addDays(FROM, 20) }) : contact({ clientId: c.id, staffId: 3, kind: 'phone', location: 'phone' }),
    ]);
    return records({ clients: clientsOf(100), contacts });
  }
  it.each([[24, 1], [25, 2], [52, 2], [53, 3], [74, 3], [75, 4], [89, 4], [90, 5], [100, 5]])('%i%% seen by 3 staff rates %i', (k, rating) => {
    expect(os2(seenBy(k))).toMatchObject({ figure: k, rating });
  });

  it('lists the clients seen by fewer than 3 staff first', () => {
    const rows = os2Records(seenBy(98)).rows;
    expect(rows.slice(0, 2).map((r) => [r.clientId, r.cells[0], r.short])).toEqual([[99, 2, true], [100, 2, true]]);
    expect(rows.filter((r) => r.short)).toHaveLength(2);
  });

  it('does not count a contact without a staff member, or one staff member twice', () => {
    const contacts = [contact({ clientId: 1, staffId: null }), contact({ clientId: 1, staffId: 2 }), contact({ clientId: 1, staffId: 2 }), contact({ clientId: 1, staffId: 3 })];
    expect(os2(records({ clients: clientsOf(1), contacts })).figure).toBe(0);
  });
});

describe('OS3 daily team meeting (the meeting record’s weekly rule)', () => {
  const full = [{ staffId: 1, presence: 'present' as const }, { staffId: 2, presence: 'off' as const }];
  const short = [{ staffId: 1, presence: 'present' as const }, { staffId: 2, presence: 'absent' as const }];
  it.each([
    [5, full, 5], [5, short, 4], [4, full, 4], [4, short, 3], [3, full, 3], [2, full, 2], [1, full, 1],
  ])('%i days a week rates %i', (days, attendance, expected) => {
    const rating = os3(records({ meetings: meetingsEachWeek(days, attendance) })).rating;
    expect(rating).toBe(expected);
  });

  it('takes the median week, rounded down', () => {
    const meetings = [...meetingsEachWeek(5, full).slice(0, 10), ...meetingsEachWeek(2, full).slice(4)];
    expect(os3(records({ meetings })).rating).toBe(3);
  });

  it('counts a meeting day only when clients were reviewed at it', () => {
    const meetings = meetingsEachWeek(5, full).map((m, i) => (i % 5 === 4 ? { ...m, reviewed: 0 } : m));
    expect(os3(records({ meetings })).rating).toBe(4);
  });

  it('has no rating for a period without a whole week', () => {
    expect(os3(records({ from: '2026-11-04', to: '2026-11-08' })).rating).toBeNull();
  });
});

describe('OS5 program size', () => {
  it.each([
    [5.4, 1], [5.5, 2], [6.9, 2], [7.0, 3], [8.4, 3], [8.5, 4], [9.9, 4], [10.0, 5],
  ])('a 100-client team with %f FTE rates %i', (fte, rating) => {
    expect(os5(records({ clients: clientsOf(100), staff: [...staffWithFte('case_manager', fte), staffOf('program_assistant')] })).rating).toBe(rating);
  });
  it.each([[5.4, 1], [5.5, 2], [5.9, 2], [6.0, 3], [6.4, 3], [6.5, 4], [6.9, 4], [7.0, 5]])('a 50-client team with %f FTE rates %i', (fte, rating) => {
    expect(os5(records({ clients: clientsOf(50), staff: staffWithFte('case_manager', fte) })).rating).toBe(rating);
  });
});

describe('OS8 gradual admission rate', () => {
  it.each([[4, 5], [5, 4], [7, 4], [8, 3], [11, 3], [12, 2], [15, 2], [16, 1]])('%i admissions in the busiest month rates %i', (n, rating) => {
    const clients = [...clientsOf(n, '2026-09-15'), ...clientsOf(2, '2026-11-03').map((c) => ({ ...c, id: c.id + 100 }))];
    expect(os8(records({ clients }))).toMatchObject({ figure: n, rating });
  });
  it('looks back 6 months only', () => {
    expect(os8(records({ clients: clientsOf(20, '2026-05-31') })).figure).toBe(0);
    expect(os8(records({ clients: clientsOf(20, '2026-06-01') })).figure).toBe(20);
  });
});

describe('OS10 retention', () => {
  const left = (id: number, reason: ClientRecord['dischargeReason'], on = '2026-06-01'): ClientRecord => ({ id, admissionDate: '2020-01-01', dischargedOn: on, dischargeReason: reason, discharged: true });
  /** 100 clients served; `lost` of them dropped out, and 5 died or graduated (not counted). */
  const served = (lost: number) => [
    ...clientsOf(100 - lost),
    ...Array.from({ length: lost }, (_, i) => left(200 + i, i % 2 ? 'dropped_out' : 'jailed_long_term')),
    left(300, 'died'), left(301, 'graduated'), left(302, 'moved_away'),
  ];
  it.each([[36, 64, 1], [35, 65, 2], [24, 76, 2], [23, 77, 3], [14, 86, 3], [13, 87, 4], [6, 94, 4], [5, 95, 5], [0, 100, 5]])(
    '%i lost of 100: %i%% retained rates %i', (lost, p, rating) => {
      expect(os10(records({ clients: served(lost) }))).toMatchObject({ figure: p, rating });
    });
  it('counts only the 12 months to the period’s end, and a discharge without a reason against retention', () => {
    const clients = [...clientsOf(9), left(50, 'dropped_out', '2025-11-29'), left(51, null, '2025-12-01')];
    expect(os10(records({ clients })).figure).toBe(90);
    expect(os10Records(records({ clients })).rows).toEqual([{ clientId: 51, cells: ['2025-12-01', 'Not recorded', 'Yes'], short: true }]);
  });
});

describe('OS11 involvement in psychiatric hospitalizations', () => {
  it.each([[14, 1], [15, 2], [44, 2], [45, 3], [69, 3], [70, 4], [89, 4], [90, 5]])('%i%% rates %i', (p, rating) => {
    expect(anchorFor(OS11_ANCHORS, p).rating).toBe(rating);
  });
  const stay = (i: number, inAdmission: boolean, inDischarge: boolean): StayRecord => ({
    id: i, clientId: i, admittedOn: addDays(TO, -100 - i), dischargedOn: addDays(TO, -90 - i), teamInAdmission: inAdmission, teamInDischarge: inDischarge,
  });
  it('counts the latest 10 admissions and 10 discharges of 12 months', () => {
    const stays = [...Array.from({ length: 9 }, (_, i) => stay(i, true, true)), stay(9, false, true), stay(10, false, false), stay(11, false, false)];
    // The 10 latest are stays 0..9: 19 of 20 decisions involved.
    expect(os11(records({ stays }))).toMatchObject({ figure: 95, rating: 5 });
    expect(os11(records({ stays: [stay(1, true, false), stay(2, false, false)] }))).toMatchObject({ figure: 25, rating: 2 });
    expect(os11(records({ stays: [{ ...stay(1, true, true), admittedOn: '2025-01-01', dischargedOn: '2025-02-01' }] })).rating).toBeNull();
  });
});
