/** Issue 12, items 11 and 12: warnings that see what people see on the board. */
import { describe, expect, it } from 'vitest';
import { staffMember, working } from './fixtures';
import { type PlannedContact, type WarningInput, dayWarnings } from './warnings';

const cm = staffMember('Cal Manager', 'case_manager');
let id = 500;
const contact = (o: Partial<PlannedContact>): PlannedContact => ({
  id: id++, clientId: 1, staffId: cm.id, startMinute: 540, endMinute: 570, intervention: 'housing', location: 'office', status: 'planned', roleNeeded: null, ...o,
});
const warnings = (o: Partial<WarningInput>) =>
  dayWarnings({ day: '2026-11-25', holiday: false, staff: [cm], staffDays: working([cm]), contacts: [], clientName: (c) => `Client ${c}`, travelBufferMinutes: 15, ...o });

describe('warnings that see what people see', () => {
  it('contacts left in Unassigned are a warning, not "nothing wrong"', () => {
    const left = [1, 2, 3, 4].map((n) => contact({ staffId: null, clientId: n, startMinute: 540 + n * 60, endMinute: 570 + n * 60 }));
    const ws = warnings({ contacts: [...left, contact({ staffId: null, clientId: 9, status: 'cancelled' })] });
    expect(ws).toEqual([expect.objectContaining({ kind: 'unassigned', message: '4 contacts have nobody: drag them from Unassigned onto a staff member.', contactIds: left.map((c) => c.id) })]);
  });

  it('a planned contact that has ended with no outcome is "not documented"; one still to come is not', () => {
    const past = contact({ startMinute: 480, endMinute: 510 });
    const later = contact({ clientId: 2, startMinute: 600, endMinute: 630 });
    const done = contact({ clientId: 3, startMinute: 520, endMinute: 530, status: 'done' });
    const ws = warnings({ contacts: [past, later, done], now: { day: '2026-11-25', minute: 525 } });
    expect(ws).toEqual([expect.objectContaining({ kind: 'not_documented', contactIds: [past.id], staffId: cm.id })]);
    expect(ws[0]!.message).toBe('Not documented: Cal Manager has 1 past contact with no outcome (Client 1 08:00–08:30).');
    // A past day: everything still planned is undocumented; a future day: nothing is.
    expect(warnings({ contacts: [past, later], now: { day: '2026-11-26', minute: 0 } })[0]!.contactIds).toEqual([past.id, later.id]);
    expect(warnings({ contacts: [past, later], now: { day: '2026-11-24', minute: 900 } })).toEqual([]);
  });
});
