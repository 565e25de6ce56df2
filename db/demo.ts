/**
 * The demo team: fictional staff with their shifts, clients with their weekly
 * schedules and appointments, and the past week drafted and done. Generated
 * deterministically (seeded), through the same API as any seat.
 */
import type { Input } from '../shared/api';
import type { ClientStatus, ContactStatus, LocalDate, StaffRole } from '../shared/domain';
import type { Weekday } from '../shared/schedule';
import { addDays, formatClock, weekdayOf } from '../shared/time';
import type { BoardService } from './service/board-service';

const DEMO_STAFF: { name: string; initials: string; role: StaffRole; colour: string; fte?: number }[] = [
  { name: 'Dana Whitfield', initials: 'DW', role: 'team_leader', colour: '#1f77b4' },
  { name: 'Dr. Ravi Okonkwo', initials: 'RO', role: 'psychiatrist', colour: '#9467bd', fte: 0.5 },
  { name: 'Marisol Vega', initials: 'MV', role: 'registered_nurse', colour: '#d62728' },
  { name: 'Ben Lindqvist', initials: 'BL', role: 'licensed_practical_nurse', colour: '#e377c2' },
  { name: 'Tasha Greene', initials: 'TG', role: 'substance_use_specialist', colour: '#2ca02c' },
  { name: 'Omar Haddad', initials: 'OH', role: 'vocational_specialist', colour: '#ff7f0e' },
  { name: 'Jo Kessler', initials: 'JK', role: 'peer_specialist', colour: '#17becf' },
  { name: 'Priya Nandan', initials: 'PN', role: 'family_specialist', colour: '#8c564b' },
  { name: 'Luis Ortega', initials: 'LO', role: 'social_worker', colour: '#bcbd22' },
  { name: 'Hannah Brooks', initials: 'HB', role: 'case_manager', colour: '#7f7f7f' },
  { name: 'Kevin Tran', initials: 'KT', role: 'program_assistant', colour: '#393b79' },
];

const FIRST = ['Alex', 'Bernadette', 'Carlos', 'Delia', 'Eugene', 'Fatima', 'Gordon', 'Hector', 'Imani', 'Jerome',
  'Kathleen', 'Leon', 'Mavis', 'Nestor', 'Opal', 'Percy', 'Queenie', 'Rosalind', 'Sergio', 'Thelma', 'Ulysses',
  'Vera', 'Wendell', 'Yolanda', 'Zeke', 'Agnes', 'Bruno', 'Cora', 'Desmond', 'Elsie'];
const NICK: Record<string, string> = { Bernadette: 'Bernie', Eugene: 'Gene', Kathleen: 'Kathy', Rosalind: 'Roz',
  Ulysses: 'Lee', Wendell: 'Dell', Desmond: 'Des', Percy: 'Perce' };
const LAST = ['Abernathy', 'Birch', 'Castellano', 'Dunmore', 'Ellery', 'Fairweather', 'Galloway', 'Holloway',
  'Ingram', 'Jessup', 'Kowalczyk', 'Lockhart', 'Merriweather', 'Northcott', 'Oyelaran', 'Pemberton', 'Quarles',
  'Redfern', 'Sandoval', 'Thistlewood', 'Underhill', 'Vantongeren', 'Whitlock', 'Yarborough'];

const NOTES: Record<Exclude<ContactStatus, 'planned'>, string[]> = {
  done: ['Took meds, in good spirits.', 'Went grocery shopping together.', 'Talked through rent letter.',
    'Reports sleeping better.', 'Reviewed budget for the week.', 'Walked to the pharmacy together.'],
  attempted: ['No answer at the door; left a card.', 'Phone went to voicemail; will retry tomorrow.'],
  missed: ['Not at home at the agreed time.', 'Cancelled at the door, asked to come back later.'],
  cancelled: ['Rescheduled at client request.', 'Staff called to a crisis.'],
};

/** mulberry32: a small seeded generator, so the demo is the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEMO_CLIENT_COUNT = 60;
export const DEMO_DAYS_BACK = 21;
/** Team activities are on the board this many days ahead. */
const DEMO_ACTIVITY_DAYS_AHEAD = 14;

/** The demo team's weekly team activities (fictional). */
const DEMO_ACTIVITIES: { weekday: number; kind: 'supervision' | 'group'; start: string; end: string; staff: string[]; note: string }[] = [
  { weekday: 3, kind: 'supervision', start: '13:00', end: '14:00', staff: ['DW', 'MV', 'PN', 'LO'], note: 'Weekly team supervision' },
  { weekday: 2, kind: 'group', start: '14:00', end: '15:30', staff: ['TG', 'JK'], note: 'Dual recovery group' },
];

const STREETS = ['Larch Lane', 'Quarry Road', 'Millpond Way', 'Heron Court', 'Thistle Street', 'Ferncliff Avenue', 'Bramble Row', 'Copper Beech Drive'];
const LEGAL = ['voluntary', 'voluntary', 'voluntary', 'aot', 'conditional_release', 'guardianship'] as const;

/** Obviously fictional basics: made-up streets, 555 numbers. */
function demoBasics(i: number): Pick<Input<'clients.create'>, 'address' | 'phone' | 'crisisPlan' | 'legalStatus'> {
  return {
    address: `${12 + ((i * 37) % 880)} ${STREETS[i % STREETS.length]}, Riverside`,
    // 555-0150 to 555-0199: apart from the crisis line and the staff phones (demo-oncall.ts).
    phone: `555-01${50 + (i % 50)}`,
    crisisPlan: i % 3 === 0 ? 'Call the on-call phone first; a quiet room and a walk help; sister is the support contact.' : '',
    legalStatus: LEGAL[i % LEGAL.length],
  };
}

type Pattern = (readonly [string, string] | null)[];
const EARLY = ['08:00', '16:00'] as const;
const LATE = ['12:00', '20:00'] as const;
const WEEKEND = ['09:00', '17:00'] as const;
const HALF = ['09:00', '13:00'] as const;
/** Each demo staff member's week, Monday first: two overlapping weekday shifts, two staff each weekend day. */
const DEMO_PATTERNS: Record<string, Pattern> = {
  DW: [EARLY, EARLY, EARLY, EARLY, EARLY, null, null],
  RO: [WEEKEND, null, WEEKEND, null, HALF, null, null],
  MV: [EARLY, EARLY, EARLY, EARLY, null, WEEKEND, null],
  BL: [null, LATE, LATE, LATE, LATE, null, WEEKEND],
  TG: [LATE, LATE, LATE, LATE, LATE, null, null],
  OH: [EARLY, EARLY, EARLY, EARLY, EARLY, null, null],
  JK: [null, LATE, LATE, LATE, LATE, WEEKEND, null],
  PN: [EARLY, EARLY, EARLY, EARLY, null, null, WEEKEND],
  LO: [LATE, LATE, LATE, LATE, LATE, null, null],
  HB: [EARLY, EARLY, EARLY, EARLY, EARLY, null, null],
  KT: [EARLY, EARLY, EARLY, EARLY, EARLY, null, null],
};

const clock = (m: number) => formatClock(m);

export function seedDemoTeam(service: BoardService, today: LocalDate): void {
  const rand = seeded(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const call = service.call.bind(service);
  const actor = { actor: 'demo' };

  service.db.transaction(() => {
    const settings = call('settings.get', {});
    call('settings.update', { version: settings.version, teamName: 'Riverside ACT Team (demo)' }, actor);

    const staff = DEMO_STAFF.map((s) => call('staff.create', { fte: 1, active: true, ...s }, actor));
    for (const s of staff) {
      const pattern = DEMO_PATTERNS[s.initials]!.map((p) => (p ? { start: p[0], end: p[1] } : null));
      call('availability.setPattern', { staffId: s.id, pattern }, actor);
    }
    const byInitials = (i: string) => staff.find((s) => s.initials === i)!;
    call('availability.addTimeOff', { staffId: byInitials('OH').id, fromDay: addDays(today, 2), toDay: addDays(today, 4), kind: 'vacation', note: '' }, actor);
    call('availability.addTimeOff', { staffId: byInitials('HB').id, fromDay: addDays(today, 1), toDay: addDays(today, 1), kind: 'training', note: 'Motivational interviewing refresher' }, actor);

    const byRole = (...roles: StaffRole[]) => staff.filter((s) => roles.includes(s.role));
    const caseManagers = byRole('social_worker', 'case_manager', 'substance_use_specialist', 'vocational_specialist',
      'peer_specialist', 'family_specialist', 'team_leader');
    const nurses = byRole('registered_nurse', 'licensed_practical_nurse');

    const clients = Array.from({ length: DEMO_CLIENT_COUNT }, (_, i) => {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[(i * 7) % LAST.length]!;
      const status: ClientStatus = i % 20 === 3 ? 'hospitalized' : i % 29 === 11 ? 'incarcerated' : i === 59 ? 'discharged' : 'active';
      const primary = caseManagers[i % caseManagers.length]!;
      const team = [primary.id, nurses[i % nurses.length]!.id, pick(caseManagers).id];
      return call('clients.create', {
        name: `${first} ${last}`,
        preferredName: i >= FIRST.length ? `${NICK[first] ?? first} ${last[0]}.` : (NICK[first] ?? first),
        recordNumber: `R-${String(10001 + i)}`,
        admissionDate: addDays(today, -Math.floor(90 + rand() * 2000)),
        status,
        ...(status === 'discharged' ? { dischargedOn: addDays(today, -40), dischargeReason: 'graduated' as const } : {}),
        primaryStaffId: primary.id,
        teamStaffIds: team,
        ...demoBasics(i),
      }, actor);
    });

    // Each client's schedule: the paper "client weekly schedule", as recurring items.
    const startsOn = addDays(today, -120);
    const item = (clientId: number, fields: Omit<Input<'schedule.items.create'>, 'clientId' | 'startsOn'>) =>
      call('schedule.items.create', { clientId, startsOn, ...fields }, actor);
    clients.forEach((client, i) => {
      if (client.status === 'discharged') return;
      const primary = client.primaryStaffId;
      // While away, the team visits: weekdays in hospital, weekly in jail.
      if (client.status === 'hospitalized') {
        item(client.id, {
          rule: { kind: 'weekly', interval: 1, weekdays: [1, 2, 3, 4, 5] },
          window: 'morning', durationMinutes: 30, intervention: 'hospital_visit', location: 'community',
          appliesWhen: 'hospitalized', preferredStaffId: primary,
        });
      }
      if (client.status === 'incarcerated') {
        item(client.id, {
          rule: { kind: 'weekly', interval: 1, weekdays: [3] },
          start: '14:00', durationMinutes: 60, intervention: 'jail_visit', location: 'community',
          appliesWhen: 'incarcerated', preferredStaffId: primary,
        });
      }
      if (rand() < 0.12) {
        item(client.id, {
          rule: { kind: 'weekly', interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] },
          window: 'morning', durationMinutes: 20, intervention: 'medication_delivery', location: 'community',
        });
      }
      // Three visits a week, shared round the client's treatment team (the team approach).
      const days = new Set<Weekday>();
      while (days.size < 3) days.add((1 + Math.floor(rand() * 5)) as Weekday);
      const team = [primary, ...client.teamStaffIds.filter((id) => id !== primary)];
      [...days].forEach((weekday, n) => {
        const fixed = rand() < 0.6;
        item(client.id, {
          rule: { kind: 'weekly', interval: 1, weekdays: [weekday] },
          ...(fixed ? { start: clock(8 * 60 + 30 + Math.floor(rand() * 40) * 15) } : { window: pick(['morning', 'afternoon', 'afternoon'] as const) }),
          durationMinutes: pick([30, 30, 45, 60]),
          intervention: pick(['housing', 'employment', 'adl_support', 'substance_use', 'family', 'adl_support', 'other'] as const),
          location: rand() < 0.1 ? 'office' : 'community',
          preferredStaffId: team[n % team.length] ?? null,
        });
      });
      if (i % 9 === 2) {
        item(client.id, {
          rule: { kind: 'weekly', interval: 2, weekdays: [pick([2, 3, 4] as const)] },
          start: pick(['10:00', '14:00']), durationMinutes: 20, intervention: 'injection', location: 'office',
          roleNeeded: 'nurse', note: 'Long-acting injection',
        });
      }
      if (i % 6 === 1) {
        item(client.id, {
          rule: { kind: 'monthlyByWeekday', interval: 1, weekday: pick([1, 3] as const), nth: 1 + (i % 4) },
          start: clock(9 * 60 + (i % 7) * 60), durationMinutes: 30, intervention: 'psychiatric_visit', location: 'office',
          roleNeeded: 'prescriber',
        });
      }
    });

    // The client monthly board: appointments and important dates of the coming weeks.
    const reachable = clients.filter((c) => c.status === 'active');
    const kinds = ['medical', 'dental', 'court', 'benefits', 'lease', 'treatment_plan_review'] as const;
    const places: Record<(typeof kinds)[number], string> = {
      medical: 'Riverside Health Center', dental: 'Elm Street Dental', court: 'County Court, room 4',
      benefits: 'Social Security office', lease: 'Harbor Housing office', treatment_plan_review: 'Team office',
    };
    for (let n = 0; n < 18; n++) {
      const kind = kinds[n % kinds.length]!;
      const support = kind === 'benefits' || kind === 'lease' ? 'none' : pick(['none', 'accompany', 'transport'] as const);
      call('appointments.create', {
        clientId: reachable[(n * 11) % reachable.length]!.id,
        day: addDays(today, 1 + Math.floor(rand() * 27)),
        start: support === 'none' && rand() < 0.4 ? null : clock(9 * 60 + Math.floor(rand() * 14) * 30),
        durationMinutes: 60,
        kind,
        place: places[kind],
        staffSupport: support,
        note: '',
      }, actor);
    }

    // Team time the draft plans around: a weekly team supervision and a weekly group (issue 14), each a series.
    for (const a of DEMO_ACTIVITIES) {
      let first = addDays(today, -DEMO_DAYS_BACK);
      while (weekdayOf(first) !== a.weekday) first = addDays(first, 1);
      call('activities.create', {
        kind: a.kind, day: first, start: a.start, end: a.end, location: 'office', note: a.note,
        staffIds: a.staff.map((i) => byInitials(i).id),
        repeat: { everyWeeks: 1, until: addDays(today, DEMO_ACTIVITY_DAYS_AHEAD) },
      }, actor);
    }

    // The past week and today, drafted as the shift managers did; the past has its outcomes.
    for (let offset = -DEMO_DAYS_BACK; offset <= 0; offset++) {
      const day = addDays(today, offset);
      const { contacts } = call('schedule.draft', { day }, actor);
      if (offset === 0) break;
      for (const c of contacts) {
        if (c.staffId === null) {
          call('contacts.delete', { id: c.id, version: c.version }, actor);
          continue;
        }
        const r = rand();
        const status: ContactStatus = r < 0.75 ? 'done' : r < 0.85 ? 'attempted' : r < 0.93 ? 'missed' : 'cancelled';
        const nextPlan = status === 'attempted' ? 'Try again tomorrow; call first' : status === 'done' ? 'As scheduled' : '';
        call('contacts.setStatus', { id: c.id, version: c.version, status, note: pick(NOTES[status]), nextPlan }, actor);
      }
    }
    // The README's demo PINs name Marisol Vega as today's shift manager.
    const manager = call('board.get', { day: today }).staff.find((s) => s.initials === 'MV');
    if (manager) call('day.setShiftManager', { day: today, version: 0, staffId: manager.id }, actor);

    // What came up since yesterday: work nobody has yet, and a double-booking to fix.
    (['crisis', 'housing', 'employment'] as const).forEach((intervention, i) => {
      const start = 10 * 60 + i * 90;
      call('contacts.create', {
        clientId: reachable[i * 7 + 2]!.id, staffId: null, day: today, start: clock(start),
        end: clock(start + 45), intervention, location: 'community', note: '',
      }, actor);
    });
    const board = call('board.get', { day: today });
    const busiest = [...board.staff].sort(
      (a, b) => board.contacts.filter((c) => c.staffId === b.id).length - board.contacts.filter((c) => c.staffId === a.id).length,
    )[0];
    const first = board.contacts.find((c) => c.staffId === busiest?.id);
    if (busiest && first) {
      call('contacts.create', {
        clientId: reachable[41]!.id, staffId: busiest.id, day: today, start: clock(first.startMinute + 10),
        end: clock(first.startMinute + 40), intervention: 'family', location: 'office', note: '',
      }, actor);
    }
  })();
}
