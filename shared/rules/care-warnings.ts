/**
 * Warnings about clients rather than staff (issue 12, item 12): a high-risk client with
 * nothing planned in the next 24 hours, and a psychiatric visit due that day with none
 * planned. Pure; the psychiatric due date is the MD board's (shared/clinical.ts).
 */
import { psychDue } from '../clinical';
import type { Contact, LocalDate, MinuteOfDay } from '../domain';
import type { Warning } from '../schedule';
import { addDays, formatDayShort, MINUTES_PER_DAY } from '../time';

export type CareContact = Pick<Contact, 'clientId' | 'day' | 'startMinute' | 'endMinute' | 'status' | 'intervention'>;

export interface CareClient {
  id: number;
  /** As the caller may see it (initials on a locked seat). */
  name: string;
  highRisk: boolean;
  /** The last done psychiatric visit; null: never seen. */
  lastPsychVisit: LocalDate | null;
  /** Their psychiatric visit interval: their own, else the team's (MD board). */
  psychVisitWeeks: number;
}

export interface CareInput {
  /** The board's day. */
  day: LocalDate;
  /** The team's day and minute now. */
  now: { day: LocalDate; minute: MinuteOfDay };
  /** Clients on the team (not discharged). */
  clients: CareClient[];
  /** Contacts of the day, and of the day after when the day is today (the next 24 hours reach into it). */
  contacts: CareContact[];
}

/** Work that will happen or has: a cancelled or missed contact plans nothing. */
const counts = (c: CareContact) => c.status === 'planned' || c.status === 'done';

/**
 * The stretch of time the high-risk check looks at, as [day, minute) bounds: from now for 24
 * hours on today's board, the whole day on a later day's board; none for a past day.
 */
function lookAhead(day: LocalDate, now: CareInput['now']): { from: [LocalDate, MinuteOfDay]; to: [LocalDate, MinuteOfDay] } | null {
  if (day < now.day) return null;
  if (day > now.day) return { from: [day, 0], to: [day, MINUTES_PER_DAY] };
  return { from: [day, now.minute], to: [addDays(day, 1), now.minute] };
}

const before = (a: [LocalDate, MinuteOfDay], b: [LocalDate, MinuteOfDay]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

export function careWarnings(input: CareInput): Warning[] {
  const warnings: Warning[] = [];
  const window = lookAhead(input.day, input.now);
  if (!window) return warnings;
  const live = input.contacts.filter(counts);
  for (const client of input.clients) {
    const theirs = live.filter((c) => c.clientId === client.id);
    if (client.highRisk) {
      // A contact under way now counts: it ends after the window opens and starts before it closes.
      const covered = theirs.some((c) => before(window.from, [c.day, c.endMinute]) && before([c.day, c.startMinute], window.to));
      if (!covered) {
        const when = input.day === input.now.day ? 'in the next 24 hours' : 'on this day';
        warnings.push({
          kind: 'high_risk_unplanned',
          message: `${client.name} is high risk and has nothing planned ${when}: plan a contact.`,
          contactIds: [],
          staffId: null,
          clientId: client.id,
        });
      }
    }
    const due = psychDue(client.lastPsychVisit, client.psychVisitWeeks, input.day);
    const plannedToday = theirs.some((c) => c.day === input.day && c.intervention === 'psychiatric_visit');
    if (due.nextDue === input.day && !plannedToday) {
      const when = input.day === input.now.day ? 'today' : 'on this day';
      warnings.push({
        kind: 'psych_visit_due',
        message: `Psychiatric visit due ${when} for ${client.name} (last one ${formatDayShort(due.last!)}, every ${client.psychVisitWeeks} week${client.psychVisitWeeks === 1 ? '' : 's'}): none is planned.`,
        contactIds: [],
        staffId: null,
        clientId: client.id,
      });
    }
  }
  return warnings;
}
