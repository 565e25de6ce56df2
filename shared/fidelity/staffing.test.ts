import { describe, expect, it } from 'vitest';
import { clientsOf, meetingsEachWeek, records, staffOf, staffWithFte } from './fixtures';
import type { MeetingRecord } from './records';
import { type StaffingItem, meetingItem, meetingRecords, staffingPer100 } from './staffing';

describe('staffing per 100 clients', () => {
  const cases: [StaffingItem, string, [number, number][]][] = [
    ['CT3', 'psychiatrist', [[0.19, 1], [0.2, 2], [0.39, 2], [0.4, 3], [0.59, 3], [0.6, 4], [0.79, 4], [0.8, 5]]],
    ['CT6', 'registered_nurse', [[0.49, 1], [0.5, 2], [1.4, 2], [1.41, 3], [2.1, 3], [2.11, 4], [2.84, 4], [2.85, 5]]],
    ['ST1', 'substance_use_specialist', [[0.24, 1], [0.25, 2], [0.49, 2], [0.5, 3], [0.74, 3], [0.75, 4], [0.99, 4], [1.0, 5]]],
    ['ST4', 'vocational_specialist', [[0.24, 1], [0.25, 2], [0.49, 2], [0.5, 3], [0.74, 3], [0.75, 4], [0.99, 4], [1.0, 5]]],
    ['ST7', 'peer_specialist', [[0.24, 1], [0.25, 2], [0.49, 2], [0.5, 3], [0.74, 3], [0.75, 4], [0.99, 4], [1.0, 5]]],
  ];
  for (const [item, role, boundaries] of cases) {
    it.each(boundaries)(`${item}: %f FTE per 100 clients rates %i`, (fte, rating) => {
      const r = staffingPer100(item, records({ clients: clientsOf(100), staff: [...staffWithFte(role as never, fte), staffOf('case_manager')] }));
      expect(r.figure).toBeCloseTo(fte);
      expect(r.rating).toBe(rating);
    });
  }

  it('adjusts for the caseload: 0.5 FTE for 50 clients is 1.0 per 100', () => {
    expect(staffingPer100('ST7', records({ clients: clientsOf(50), staff: [staffOf('peer_specialist', 0.5)] }))).toMatchObject({ figure: 100 * 0.5 / 50, rating: 5 });
  });

  it('counts nurse practitioners as psychiatric care providers, not as registered nurses', () => {
    const staff = [staffOf('nurse_practitioner', 0.5), staffOf('psychiatrist', 0.3), staffOf('licensed_practical_nurse')];
    const r = records({ clients: clientsOf(100), staff });
    expect(staffingPer100('CT3', r).figure).toBeCloseTo(0.8);
    expect(staffingPer100('CT6', r)).toMatchObject({ figure: 0, rating: 1 });
  });
});

describe('the specialists at the daily meeting (CT5, ST3, ST6)', () => {
  const cod = staffOf('substance_use_specialist');
  const md = staffOf('psychiatrist', 0.6);
  const at = (presence: MeetingRecord['attendance'][number]['presence']) => [{ staffId: cod.id, presence }, { staffId: md.id, presence }];

  it('rates ST3 at most 5 when the specialist attended every meeting they worked, on the phone or in the room', () => {
    const meetings = [...meetingsEachWeek(5, at('present')).slice(0, 15), ...meetingsEachWeek(5, at('remote')).slice(15, 18), ...meetingsEachWeek(5, at('off')).slice(18)];
    const r = meetingItem('ST3', records({ staff: [cod], meetings }));
    expect(r).toMatchObject({ figure: 100, rating: 5, ceiling: true });
  });

  it('rates ST3 and ST6 at most 4 when one meeting was missed (the function is "all daily team meetings")', () => {
    const meetings = [...meetingsEachWeek(5, at('present')).slice(0, 19), ...meetingsEachWeek(5, at('absent')).slice(19)];
    expect(meetingItem('ST3', records({ staff: [cod], meetings }))).toMatchObject({ figure: 95, rating: 4, ceiling: true });
    expect(meetingRecords('ST3', records({ staff: [cod], meetings })).rows.filter((r) => r.short).map((r) => r.cells[0])).toEqual(['2026-11-27']);
    expect(meetingItem('ST6', records({ staff: [cod], meetings }))).toMatchObject({ rating: 1, anchor: 'Nobody in this role on the team' });
  });

  it('asks the psychiatric care provider to attend in proportion to their FTE (CT5)', () => {
    // 0.6 FTE: 60% of the meetings performs the function; 55% does not.
    const meetings = (n: number) => [...meetingsEachWeek(5, at('present')).slice(0, n), ...meetingsEachWeek(5, at('absent')).slice(n)];
    expect(meetingItem('CT5', records({ staff: [md], meetings: meetings(12) }))).toMatchObject({ figure: 60, rating: 5 });
    expect(meetingItem('CT5', records({ staff: [md], meetings: meetings(11) }))).toMatchObject({ figure: 55, rating: 4 });
  });

  it('has no rating without a finished meeting', () => {
    expect(meetingItem('CT5', records({ staff: [md] })).rating).toBeNull();
  });
});
