import { describe, expect, it } from 'vitest';
import { staffMember, working } from './fixtures';
import { dayWarnings } from './warnings';

/** Issue 12, item 15: the host's sentences read times in the team's clock setting. */
describe('warning sentences follow the team clock', () => {
  const cm = staffMember('Cal Manager', 'case_manager');
  const contact = (id: number, startMinute: number, endMinute: number) =>
    ({ id, clientId: id, staffId: cm.id, startMinute, endMinute, intervention: 'housing', location: 'office', status: 'planned', roleNeeded: null }) as const;
  const messages = (clockFormat?: '12h' | '24h') =>
    dayWarnings({
      day: '2026-11-25', holiday: false, staff: [cm], staffDays: working([cm]), travelBufferMinutes: 0, clockFormat,
      contacts: [contact(1, 13 * 60, 14 * 60), contact(2, 13 * 60 + 30, 16 * 60 + 30)],
      clientName: (c) => `Client ${c}`,
    }).map((w) => w.message);

  it('12-hour: no 24-hour time in any sentence', () => {
    const text = messages('12h');
    expect(text).toContain('Cal Manager is double-booked: Client 1 1:00 PM–2:00 PM and Client 2 1:30 PM–4:30 PM.');
    expect(text).toContain("Client 2 1:30 PM–4:30 PM is outside Cal Manager's shift 8:00 AM–4:00 PM.");
    expect(text.join(' ')).not.toMatch(/\b(1[3-9]|2[0-3]|0\d):\d\d\b/);
  });

  it('24-hour by default', () => {
    expect(messages()).toContain('Cal Manager is double-booked: Client 1 13:00–14:00 and Client 2 13:30–16:30.');
  });
});
