/**
 * The demo team's hospital and jail logs (issue 10), fictional and seeded: an open stay for
 * every client the demo has in hospital or jail (one past 90 days, one without a visit for
 * three days, a court date this week), and a year of closed stays with their follow-ups.
 */
import type { Client, LocalDate } from '../shared/domain';
import type { StayKind } from '../shared/stays';
import { addDays } from '../shared/time';
import { seeded } from './demo';
import type { BoardService } from './service/board-service';

const HOSPITALS = ['Riverside General Hospital', 'Lakeview Behavioral Health', 'St. Brigid Medical Center'];
const UNITS = ['4 West', 'Acute psychiatry B', 'Short stay unit', 'Medical 2'];
const JAIL = 'Harbor County Correctional Facility';
const REASONS = ['Increasing paranoia, stopped medication', 'Suicidal thoughts after a loss', 'Withdrawal symptoms', 'Pneumonia', 'Fall at home'];
const DESTINATIONS = ['home', 'residence', 'shelter', 'home', 'home'] as const;

export function seedDemoStays(service: BoardService, today: LocalDate): void {
  const rand = seeded(20261130);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const call = service.call.bind(service);
  const actor = { actor: 'demo' };

  service.db.transaction(() => {
    const clients = call('clients.list', {});
    const away = clients.filter((c) => c.status === 'hospitalized' || c.status === 'incarcerated');
    const active = clients.filter((c) => c.status === 'active');

    // A year of closed stays among the active clients (two a month or so), one readmission among them.
    const closed = (client: Client, kind: StayKind, admittedOn: LocalDate, length: number) => {
      const jail = kind === 'jail';
      const stay = call('stays.admit', {
        clientId: client.id,
        kind,
        admittedOn,
        facility: jail ? JAIL : pick(HOSPITALS),
        unit: jail ? '' : pick(UNITS),
        reason: jail ? '' : pick(REASONS),
        legalStatus: kind === 'psychiatric' ? pick(['voluntary', 'involuntary', 'voluntary'] as const) : null,
        learnedHow: pick(['Call from the emergency department', 'Family called the office', 'On-call phone']),
        learnedOn: admittedOn,
        teamInAdmission: rand() < 0.6,
        charges: jail ? 'Trespass' : '',
      }, actor);
      const { followUp } = call('stays.discharge', {
        id: stay.id,
        version: stay.version,
        dischargedOn: addDays(admittedOn, length),
        dischargedTo: jail ? 'home' : pick(DESTINATIONS),
        teamInDischarge: rand() < 0.75,
        medicationReconciled: !jail && rand() < 0.8,
        followUpPlan: 'Primary worker visits the day after; nurse reviews medication.',
      }, actor);
      // Follow-ups in the past were done (one late one is left for the board to warn about).
      if (followUp.day < addDays(today, -7)) call('contacts.setStatus', { id: followUp.id, version: followUp.version, status: 'done' }, actor);
    };
    const kinds: StayKind[] = ['psychiatric', 'psychiatric', 'psychiatric', 'medical', 'detox', 'crisis_bed', 'emergency', 'jail'];
    for (let n = 0; n < 24; n++) {
      const client = active[(n * 13) % active.length]!;
      const kind = kinds[n % kinds.length]!;
      const length = kind === 'emergency' ? 0 : kind === 'jail' ? 2 + Math.floor(rand() * 10) : 3 + Math.floor(rand() * 18);
      closed(client, kind, addDays(today, -360 + n * 14), length);
    }
    const again = active[5]!;
    closed(again, 'psychiatric', addDays(today, -60), 9);
    closed(again, 'psychiatric', addDays(today, -40), 6); // readmitted 11 days after
    // Discharged four days ago and not seen since: the board warns that the follow-up is overdue.
    closed(active[8]!, 'psychiatric', addDays(today, -8), 4);

    // The open stays: everyone the demo has in hospital or jail.
    away.forEach((client, i) => {
      const jail = client.status === 'incarcerated';
      const long = i === away.length - 1; // past 90 days
      const quiet = i === 1; // no visit for three days
      const admittedOn = addDays(today, long ? -96 : quiet ? -3 : -(4 + i * 3));
      if (quiet) {
        // The visits of the last days did not happen.
        const missed = service.db
          .prepare("SELECT id, version FROM contacts WHERE client_id = ? AND day >= ? AND day < ? AND status = 'done' AND intervention IN ('hospital_visit', 'jail_visit')")
          .all(client.id, admittedOn, today) as { id: number; version: number }[];
        for (const c of missed) call('contacts.setStatus', { id: c.id, version: c.version, status: 'missed', note: 'Ward closed to visitors (outbreak).' }, actor);
        // And nobody has today's yet: the board asks for one.
        const planned = service.db
          .prepare("SELECT id, version FROM contacts WHERE client_id = ? AND day = ? AND intervention IN ('hospital_visit', 'jail_visit')")
          .all(client.id, today) as { id: number; version: number }[];
        for (const c of planned) call('contacts.delete', { id: c.id, version: c.version }, actor);
      }
      const stay = call('stays.admit', {
        clientId: client.id,
        kind: jail ? 'jail' : i === 0 ? 'medical' : 'psychiatric',
        admittedOn,
        facility: jail ? JAIL : HOSPITALS[i % HOSPITALS.length]!,
        unit: jail ? 'Block C' : UNITS[i % UNITS.length]!,
        reason: jail ? '' : REASONS[i % REASONS.length]!,
        legalStatus: jail ? null : i === 0 ? 'voluntary' : 'involuntary',
        legalUntil: jail || i === 0 ? null : addDays(today, 5),
        learnedHow: jail ? 'Public defender called the office' : 'Call from the emergency department',
        learnedOn: addDays(admittedOn, 1),
        teamInAdmission: !jail,
        contactName: jail ? 'Sgt. Imelda Fairclough' : 'Charge nurse Wren Abbott',
        contactPhone: jail ? '555-0142' : '555-0187',
        visitPlan: jail ? 'Weekly visit on Wednesday afternoons' : 'Daily visit by the primary worker or the nurse',
        expectedDischarge: jail ? addDays(today, 30) : addDays(today, 6),
        dischargePlan: jail ? 'Release to the shelter; benefits re-started' : 'Back home with daily medication delivery',
        dischargePlanState: 'in_progress',
        charges: jail ? 'Probation violation' : '',
        officer: jail ? 'PO Gideon Marsh' : '',
        attorney: jail ? 'Public defender Ada Quill' : '',
      }, actor);
      if (long) {
        // Weekly visits and calls with the ward before the board's three weeks of contacts.
        for (let d = 5; d < 80; d += 7) {
          call('stays.logVisit', { stayId: stay.id, day: addDays(admittedOn, d), kind: 'visit', staffId: client.primaryStaffId, note: 'Sat with the client in the day room.' }, actor);
          call('stays.logVisit', { stayId: stay.id, day: addDays(admittedOn, d + 2), kind: 'call', staffId: client.primaryStaffId, note: 'Ward social worker: no date yet.' }, actor);
        }
      }
      if (jail && !long) {
        call('appointments.create', {
          clientId: client.id, day: addDays(today, 3), start: '09:30', durationMinutes: 120, kind: 'court',
          place: 'County Court, room 2', staffSupport: 'accompany', note: 'Hearing on the probation violation',
        }, actor);
      }
    });
  })();
}
