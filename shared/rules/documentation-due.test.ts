import { describe, expect, it } from 'vitest';
import { DOCUMENTATION_RULES, type DocRecord, addBusinessDays, documentationDue, owed } from './documentation-due';

const none = new Set<string>();
const due = (profile: 'NY' | 'MA' | 'UT', admissionDate: string, today: string, done: DocRecord[] = [], holidays = none) =>
  documentationDue(DOCUMENTATION_RULES[profile], { admissionDate, done, holidays, today });
const item = (items: ReturnType<typeof due>, kind: DocRecord['kind']) => items.find((i) => i.kind === kind)!;

describe('business days (NY 5.10.1 immediate needs: 7 business days)', () => {
  it('skips the weekend: admitted on a Friday, due the Tuesday of the week after next', () => {
    // 2026-11-06 is a Friday: Mon 9 .. Fri 13 are days 1-5, Mon 16 and Tue 17 days 6-7.
    expect(addBusinessDays('2026-11-06', 7, none)).toBe('2026-11-17');
    // Admitted on a Saturday: the Monday is day 1.
    expect(addBusinessDays('2026-11-07', 1, none)).toBe('2026-11-09');
  });

  it('skips the team holidays: a holiday inside the seven days moves the due date a business day later', () => {
    // Thanksgiving, Thursday 2026-11-26.
    expect(addBusinessDays('2026-11-23', 7, none)).toBe('2026-12-02');
    expect(addBusinessDays('2026-11-23', 7, new Set(['2026-11-26']))).toBe('2026-12-03');
    // A holiday on a weekend changes nothing.
    expect(addBusinessDays('2026-11-23', 7, new Set(['2026-11-28']))).toBe('2026-12-02');
  });

  it('counts calendar days across a change of the clocks (DST: 8 March and 1 November 2026)', () => {
    expect(addBusinessDays('2026-03-06', 7, none)).toBe('2026-03-17');
    expect(addBusinessDays('2026-10-30', 7, none)).toBe('2026-11-10');
    expect(item(due('NY', '2026-03-06', '2026-03-17'), 'immediate_needs')).toMatchObject({ dueOn: '2026-03-17', state: 'due_soon' });
    expect(item(due('NY', '2026-03-06', '2026-03-18'), 'immediate_needs').state).toBe('overdue');
  });
});

describe('MA: comprehensive assessment and plan within 30 days; review every six months', () => {
  it('day 30 is on time, day 31 overdue', () => {
    expect(item(due('MA', '2026-10-01', '2026-10-31'), 'assessment')).toMatchObject({ dueOn: '2026-10-31', state: 'due_soon' });
    expect(item(due('MA', '2026-10-01', '2026-11-01'), 'assessment').state).toBe('overdue');
    expect(item(due('MA', '2026-10-01', '2026-11-01'), 'plan').state).toBe('overdue');
    // Due soon from 14 days before; later before that.
    expect(item(due('MA', '2026-10-01', '2026-10-17'), 'assessment').state).toBe('due_soon');
    expect(item(due('MA', '2026-10-01', '2026-10-16'), 'assessment').state).toBe('later');
    // No immediate needs document in MA.
    expect(due('MA', '2026-10-01', '2026-10-02').map((i) => i.kind)).toEqual(['assessment', 'plan']);
  });

  it('a plan on record: the review is due six months later, month ends clamped', () => {
    const items = due('MA', '2026-08-01', '2026-09-01', [{ kind: 'assessment', doneOn: '2026-08-20' }, { kind: 'plan', doneOn: '2026-08-31' }]);
    expect(item(items, 'assessment')).toMatchObject({ state: 'done', doneOn: '2026-08-20' });
    expect(item(items, 'plan_review')).toMatchObject({ dueOn: '2027-02-28', state: 'later' });
    expect(item(due('MA', '2026-08-01', '2027-02-28', [{ kind: 'plan', doneOn: '2026-08-31' }]), 'plan_review').state).toBe('due_soon');
    expect(item(due('MA', '2026-08-01', '2027-03-01', [{ kind: 'plan', doneOn: '2026-08-31' }]), 'plan_review').state).toBe('overdue');
  });
});

describe('NY: immediate needs, assessment and plan in 45-60 days, review every six months (5.10.1-5.10.4)', () => {
  it('assessment and plan: expected from day 45, overdue after day 60', () => {
    const items = due('NY', '2026-09-01', '2026-10-31');
    expect(item(items, 'assessment')).toMatchObject({ from: '2026-10-16', dueOn: '2026-10-31', state: 'due_soon', cite: 'NY 5.10.2' });
    expect(item(items, 'plan')).toMatchObject({ from: '2026-10-16', dueOn: '2026-10-31', cite: 'NY 5.10.3' });
    expect(item(due('NY', '2026-09-01', '2026-11-01'), 'plan').state).toBe('overdue');
  });

  it('the review counts from the last review, not the plan; six months exactly is on time', () => {
    const done: DocRecord[] = [{ kind: 'plan', doneOn: '2025-10-20' }, { kind: 'plan_review', doneOn: '2026-04-15' }];
    expect(item(due('NY', '2025-09-01', '2026-10-15', done), 'plan_review')).toMatchObject({ dueOn: '2026-10-15', doneOn: '2026-04-15', state: 'due_soon' });
    expect(item(due('NY', '2025-09-01', '2026-10-16', done), 'plan_review').state).toBe('overdue');
  });

  it('a long-standing client with a review on record owes nothing from admission', () => {
    const items = due('NY', '2019-05-01', '2026-11-23', [{ kind: 'plan_review', doneOn: '2026-09-01' }]);
    expect(items.filter((i) => i.kind !== 'plan_review').every((i) => i.state === 'done')).toBe(true);
    expect(owed(items)).toEqual([expect.objectContaining({ kind: 'plan_review', dueOn: '2027-03-01', state: 'later' })]);
  });

  it('nothing on record: the first documents are overdue and no review is due yet', () => {
    const items = due('NY', '2026-01-05', '2026-11-23');
    expect(items.map((i) => [i.kind, i.state])).toEqual([
      ['immediate_needs', 'overdue'],
      ['assessment', 'overdue'],
      ['plan', 'overdue'],
    ]);
  });
});

describe('Utah', () => {
  it('uses the NY timelines and says so', () => {
    expect(DOCUMENTATION_RULES.UT.fallback).toMatch(/no documentation timelines; the New York ones are used/);
    expect(due('UT', '2026-11-06', '2026-11-06')).toEqual(due('NY', '2026-11-06', '2026-11-06'));
  });
});
