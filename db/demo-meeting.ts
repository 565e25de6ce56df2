/**
 * The demo team's meeting side: acuity, goals and due dates, a significant event log,
 * and the morning meetings of the last two weeks, so history and figures are not empty.
 * Fictional and deterministic; written through the API with a clock set to each moment.
 */
import type { LocalDate } from '../shared/domain';
import type { EventCategory, Presence, Severity } from '../shared/meeting';
import { nextFocus } from '../shared/rules/meeting';
import { addDays, formatClock, toInstant, weekdayOf } from '../shared/time';
import { BoardService } from './service/board-service';

const GOALS = [
  'I want my own apartment with a cat.',
  'Get my GED by next summer.',
  'Stay out of the hospital this year.',
  'See my daughter every Sunday.',
  'Find a job where I can work outside.',
  'Cook real dinners, not just takeout.',
  'Go back to church choir.',
  'Keep my money lasting the whole month.',
  'Stop drinking on weekends.',
  'Learn to ride the bus on my own.',
  'Get my driver’s license back.',
  'Sleep through the night.',
];

const EVENTS: { category: EventCategory; severity: Severity; text: string; onCall?: boolean }[] = [
  { category: 'safety_risk', severity: 'high', text: 'Called the on-call phone with thoughts of self-harm; safety plan reviewed, agreed to a visit first thing.', onCall: true },
  { category: 'medication', severity: 'medium', text: 'Pharmacy says the monthly refill was not picked up.' },
  { category: 'medical', severity: 'medium', text: 'Fell on the stairs at home; seen at urgent care, no fracture.' },
  { category: 'legal', severity: 'medium', text: 'Court date moved to next Thursday; public defender called the office.' },
  { category: 'housing', severity: 'low', text: 'Landlord left a notice about noise and wants to talk with the team.' },
  { category: 'substance_use', severity: 'medium', text: 'Sister reports heavy drinking over the weekend.' },
  { category: 'family', severity: 'low', text: 'Mother admitted to hospital; client upset and asked for extra support.' },
  { category: 'other', severity: 'low', text: 'Lost wallet with ID and benefits card.' },
  { category: 'safety_risk', severity: 'medium', text: 'Neighbour called the on-call phone: client shouting in the hallway at night; calm when called back.', onCall: true },
  { category: 'medical', severity: 'high', text: 'Taken to the ER with chest pain; discharged the same night with follow-up at the clinic.' },
];

export function seedDemoMeetings(service: BoardService, today: LocalDate): void {
  let now = new Date();
  const at = (day: LocalDate, minute: number) => (now = toInstant(day, minute, service.call('settings.get', {}).timeZone));
  const timed = new BoardService(service.db, () => now);
  const call = timed.call.bind(timed);
  const actor = { actor: 'demo' };

  service.db.transaction(() => {
    const staff = call('staff.list', {}).filter((s) => s.active);
    const clients = call('clients.list', {}).filter((c) => c.status !== 'discharged');
    at(addDays(today, -15), 12 * 60);

    // Acuity, goals in the client's own words, due dates.
    clients.forEach((c, i) => {
      const profile = call('clients.updateProfile', {
        clientId: c.id,
        version: 0,
        goals: i % 5 === 4 ? [] : [GOALS[i % GOALS.length]!, ...(i % 3 === 0 ? [GOALS[(i * 7 + 3) % GOALS.length]!] : [])],
        planReviewDue: addDays(today, ((i * 37) % 150) - 12),
        lastPsychiatricVisit: addDays(today, -(5 + ((i * 13) % 30))),
        alias: i % 17 === 5 ? `Client ${String.fromCharCode(65 + (i % 26))}` : null,
      }, actor);
      if (i % 9 === 4 || i % 11 === 7) {
        const high = i % 9 === 4;
        call('clients.setAcuity', {
          clientId: c.id,
          version: profile.version,
          acuity: high ? 'high_risk' : 'watch',
          reason: high ? 'Stopped medication last week; increased paranoia.' : 'Eviction notice; more stressed than usual.',
        }, actor);
      }
    });

    const author = (i: number) => staff[(i * 5) % staff.length]!.id;
    const logEvent = (i: number, day: LocalDate, minute: number) => {
      const e = EVENTS[i % EVENTS.length]!;
      at(day, minute);
      call('events.create', {
        clientId: clients[(i * 11 + 2) % clients.length]!.id,
        day,
        time: formatClock(minute),
        category: e.category,
        severity: e.severity,
        text: e.text,
        authorStaffId: author(i),
        onCall: e.onCall ?? false,
      }, actor);
    };

    // Weekday meetings of the last two weeks (one day missed), with the events between them.
    let n = 0;
    for (let offset = -14; offset < 0; offset++) {
      const day = addDays(today, offset);
      if (weekdayOf(day) >= 6) continue;
      n++;
      logEvent(n, addDays(day, -1), 15 * 60 + (n % 4) * 45);
      if (n % 3 === 0) logEvent(n + 20, addDays(day, -1), 21 * 60 + 10);
      if (n === 4) continue; // a day the meeting did not happen
      at(day, 9 * 60);
      let meeting = call('meeting.start', { sort: 'status' }, actor);
      staff.forEach((s, i) => {
        const presence: Presence =
          n % 3 === 0 && i === n % staff.length ? 'absent' : i === (n + 3) % staff.length ? 'remote' : n % 2 && i === 7 ? 'off' : 'present';
        if (presence !== 'absent') meeting = call('meeting.setAttendance', { id: meeting.id, staffId: s.id, presence }, actor);
      });
      // Walk the roster: about a minute each, two parked and brought back at the end.
      const stopAfter = meeting.reviews.length - (n % 3) * 2;
      let steps = 0;
      while (meeting.focusClientId !== null) {
        const focus: number = meeting.focusClientId;
        const unseen = call('events.list', { clientId: focus, unreviewedOnly: true }, actor).events;
        if (unseen.length) call('events.review', { meetingId: meeting.id, eventIds: unseen.map((e) => e.id) }, actor);
        now = new Date(now.getTime() + (30 + ((steps * 17 + n * 7) % 40)) * 1000);
        const park = steps === 3 || steps === 9;
        const leave: 'parked' | 'reviewed' = park && meeting.reviews.find((r) => r.clientId === focus)?.state === 'pending' ? 'parked' : 'reviewed';
        const walk = meeting.reviews.map((r) => (r.clientId === focus ? { ...r, state: leave } : r));
        meeting = call('meeting.focus', {
          id: meeting.id,
          from: focus,
          to: steps + 1 >= stopAfter + 2 ? null : nextFocus(walk, focus),
          leave,
          parkNote: leave === 'parked' ? 'Talk through the housing plan at the end.' : '',
        }, actor);
        steps++;
      }
      call('meeting.finish', { id: meeting.id, version: meeting.version }, actor);
    }
    // Since the last meeting: new events, two of them on the on-call phone.
    [0, 2, 5, 8].forEach((i) => logEvent(i + 40, addDays(today, -1), 14 * 60 + i * 60));
    at(addDays(today, -1), 17 * 60 + 30);
    call('events.create', {
      clientId: null, day: addDays(today, -1), time: '17:30', category: 'other', severity: 'low',
      text: 'Team car 2 is at the garage until Thursday; plan community visits by bus or in car 1.',
      authorStaffId: staff.find((s) => s.role === 'program_assistant')?.id ?? staff[0]!.id,
    }, actor);
  })();
}
