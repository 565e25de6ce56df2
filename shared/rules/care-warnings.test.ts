import { describe, expect, it } from 'vitest';
import { type CareContact, type CareInput, careWarnings } from './care-warnings';

const amy = { id: 1, name: 'Amy Adams', highRisk: true, lastPsychVisit: '2026-11-20', psychVisitWeeks: 5 };
const bo = { id: 2, name: 'Bo Brown', highRisk: false, lastPsychVisit: '2026-10-26', psychVisitWeeks: 5 };
const contact = (o: Partial<CareContact>): CareContact => ({
  clientId: amy.id,
  day: '2026-11-30',
  startMinute: 600,
  endMinute: 630,
  status: 'planned',
  intervention: 'housing',
  ...o,
});
/** Monday 30 November 2026, 08:45 in the team's zone. */
const base: CareInput = { day: '2026-11-30', now: { day: '2026-11-30', minute: 8 * 60 + 45 }, clients: [amy, bo], contacts: [] };
const run = (o: Partial<CareInput>) => careWarnings({ ...base, ...o }).map((w) => `${w.kind} ${w.clientId}: ${w.message}`);

describe('a high-risk client with nothing planned in the next 24 hours', () => {
  it('is a warning about the client, in a plain sentence', () => {
    expect(run({})).toContain('high_risk_unplanned 1: Amy Adams is high risk and has nothing planned in the next 24 hours: plan a contact.');
    expect(careWarnings(base).find((w) => w.kind === 'high_risk_unplanned')).toMatchObject({ contactIds: [], staffId: null, clientId: amy.id });
  });

  it('clears with a planned or done contact from now to the same time tomorrow, one under way included', () => {
    const kinds = (contacts: CareContact[]) => careWarnings({ ...base, contacts }).filter((w) => w.kind === 'high_risk_unplanned').length;
    expect(kinds([contact({})])).toBe(0);
    expect(kinds([contact({ startMinute: 8 * 60 + 30, endMinute: 9 * 60 })])).toBe(0); // under way at 08:45
    expect(kinds([contact({ day: '2026-12-01', startMinute: 8 * 60, endMinute: 8 * 60 + 30 })])).toBe(0); // tomorrow 08:00
    expect(kinds([contact({ status: 'done', startMinute: 9 * 60, endMinute: 10 * 60 })])).toBe(0);
    // Not in the window, or not going to happen: still nothing planned.
    expect(kinds([contact({ startMinute: 7 * 60, endMinute: 8 * 60 })])).toBe(1); // over before now
    expect(kinds([contact({ day: '2026-12-01', startMinute: 9 * 60, endMinute: 10 * 60 })])).toBe(1); // past the 24 hours
    expect(kinds([contact({ status: 'cancelled' })])).toBe(1);
    expect(kinds([contact({ status: 'missed' })])).toBe(1);
    expect(kinds([contact({ clientId: bo.id })])).toBe(1);
  });

  it('looks at the whole day on a later board, and not at all on a past one', () => {
    expect(run({ day: '2026-12-02', contacts: [] })).toContain('high_risk_unplanned 1: Amy Adams is high risk and has nothing planned on this day: plan a contact.');
    expect(run({ day: '2026-12-02', contacts: [contact({ day: '2026-12-02', startMinute: 20 * 60, endMinute: 20 * 60 + 30 })] })).toEqual([]);
    expect(run({ day: '2026-11-27' })).toEqual([]);
  });
});

describe('a psychiatric visit due today (the MD board due date)', () => {
  it('warns on the due day when no psychiatric visit is planned that day', () => {
    // Bo's last visit 26 October, every 5 weeks: due 30 November.
    expect(run({})).toContain('psych_visit_due 2: Psychiatric visit due today for Bo Brown (last one Mon 26 Oct, every 5 weeks): none is planned.');
    const planned = contact({ clientId: bo.id, intervention: 'psychiatric_visit', startMinute: 14 * 60, endMinute: 14 * 60 + 30 });
    expect(run({ contacts: [planned] }).filter((m) => m.startsWith('psych'))).toEqual([]);
    // A planned visit tomorrow does not cover today's due date.
    expect(run({ contacts: [{ ...planned, day: '2026-12-01' }] }).filter((m) => m.startsWith('psych'))).toHaveLength(1);
  });

  it("follows the client's interval (their own or the team's), and says \"on this day\" on a later board", () => {
    expect(run({ clients: [amy, { ...bo, psychVisitWeeks: 4 }] }).filter((m) => m.startsWith('psych'))).toEqual([]);
    expect(run({ day: '2026-12-07', now: { day: '2026-11-30', minute: 0 }, clients: [amy, { ...bo, psychVisitWeeks: 6 }] })).toContain(
      'psych_visit_due 2: Psychiatric visit due on this day for Bo Brown (last one Mon 26 Oct, every 6 weeks): none is planned.',
    );
  });

  it('leaves a client never seen to the MD board (no due day to fall on)', () => {
    expect(run({ clients: [{ ...bo, lastPsychVisit: null }] })).toEqual([]);
  });
});
