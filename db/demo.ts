/**
 * The demo team: fictional staff and clients with a fortnight of contacts around
 * `today`. Generated deterministically (seeded), through the same API as any seat.
 */
import type { Input } from '../shared/api';
import type { ClientStatus, ContactStatus, Intervention, LocalDate, StaffRole } from '../shared/domain';
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
function seeded(seed: number): () => number {
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
export const DEMO_DAYS_BACK = 7;
export const DEMO_DAYS_AHEAD = 7;

export function seedDemoTeam(service: BoardService, today: LocalDate): void {
  const rand = seeded(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const call = service.call.bind(service);
  const actor = { actor: 'demo' };

  service.db.transaction(() => {
    const settings = call('settings.get', {});
    call('settings.update', { version: settings.version, teamName: 'Riverside ACT Team (demo)' }, actor);

    const staff = DEMO_STAFF.map((s) => call('staff.create', { fte: 1, active: true, ...s }, actor));
    const byRole = (...roles: StaffRole[]) => staff.filter((s) => roles.includes(s.role));
    const caseManagers = byRole('social_worker', 'case_manager', 'substance_use_specialist', 'vocational_specialist',
      'peer_specialist', 'family_specialist', 'team_leader');
    const nurses = byRole('registered_nurse', 'licensed_practical_nurse');
    const psychiatrist = byRole('psychiatrist')[0]!;

    const clients = Array.from({ length: DEMO_CLIENT_COUNT }, (_, i) => {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[(i * 7) % LAST.length]!;
      const status: ClientStatus = i % 20 === 3 ? 'hospitalized' : i % 29 === 11 ? 'incarcerated' : i === 59 ? 'discharged' : 'active';
      const primary = caseManagers[i % caseManagers.length]!;
      const team = [primary.id, nurses[i % nurses.length]!.id, pick(caseManagers).id];
      const admitted = addDays(today, -Math.floor(90 + rand() * 2000));
      return call('clients.create', {
        name: `${first} ${last}`,
        preferredName: i >= FIRST.length ? `${NICK[first] ?? first} ${last[0]}.` : (NICK[first] ?? first),
        recordNumber: `R-${String(10001 + i)}`,
        admissionDate: admitted,
        status,
        primaryStaffId: primary.id,
        teamStaffIds: team,
      }, actor);
    });

    // Each client's weekly pattern: which weekdays they are seen, and at what hour.
    const patterns = clients.map(() => {
      const visitsPerWeek = 2 + Math.floor(rand() * 3);
      const days = new Set<number>();
      while (days.size < visitsPerWeek) days.add(1 + Math.floor(rand() * 7));
      return { days, dailyMeds: rand() < 0.12 };
    });

    const busy = new Map<string, [number, number][]>();
    const isFree = (staffId: number, day: string, s: number, e: number) =>
      !(busy.get(`${staffId}/${day}`) ?? []).some(([a, b]) => s < b && a < e);
    const book = (staffId: number, day: string, s: number, e: number) =>
      busy.set(`${staffId}/${day}`, [...(busy.get(`${staffId}/${day}`) ?? []), [s, e]]);

    for (let offset = -DEMO_DAYS_BACK; offset <= DEMO_DAYS_AHEAD; offset++) {
      const day = addDays(today, offset);
      const weekend = weekdayOf(day) >= 6;
      clients.forEach((client, ci) => {
        if (client.status === 'discharged') return;
        const pattern = patterns[ci]!;
        const seen = pattern.dailyMeds || (pattern.days.has(weekdayOf(day)) && !(weekend && rand() < 0.6));
        if (!seen) return;
        let intervention: Intervention;
        let staffId: number;
        if (client.status === 'hospitalized') {
          intervention = 'hospital_visit';
          staffId = client.primaryStaffId!;
        } else if (client.status === 'incarcerated') {
          if (weekdayOf(day) !== 3) return;
          intervention = 'jail_visit';
          staffId = client.primaryStaffId!;
        } else if (pattern.dailyMeds) {
          intervention = 'medication_delivery';
          staffId = weekend ? pick(nurses).id : pick([...nurses, ...caseManagers]).id;
        } else {
          const r = rand();
          intervention = r < 0.1 ? 'injection' : r < 0.18 ? 'psychiatric_visit'
            : pick(['housing', 'employment', 'adl_support', 'substance_use', 'family', 'adl_support', 'other'] as const);
          staffId = intervention === 'injection' ? pick(nurses).id
            : intervention === 'psychiatric_visit' ? psychiatrist.id
            : pick(client.teamStaffIds);
        }
        const duration = pick([20, 30, 30, 45, 60]);
        let start = 8 * 60 + 30 + Math.floor(rand() * 32) * 15;
        for (let tries = 0; tries < 12 && !isFree(staffId, day, start, start + duration); tries++) {
          start = 8 * 60 + 30 + Math.floor(rand() * 32) * 15;
        }
        book(staffId, day, start, start + duration);
        const unassigned = offset >= 0 && rand() < 0.05;
        const created = call('contacts.create', {
          clientId: client.id,
          staffId: unassigned ? null : staffId,
          day,
          start: formatClock(start),
          end: formatClock(start + duration),
          intervention,
          location: intervention === 'psychiatric_visit' || (intervention === 'injection' && rand() < 0.5) ? 'office'
            : rand() < 0.08 ? 'phone' : 'community',
          note: '',
        } satisfies Input<'contacts.create'>, actor);
        if (offset < 0) {
          const r = rand();
          const status: ContactStatus = r < 0.75 ? 'done' : r < 0.85 ? 'attempted' : r < 0.93 ? 'missed' : 'cancelled';
          call('contacts.setStatus', { id: created.id, version: created.version, status, note: pick(NOTES[status]) }, actor);
        }
      });
    }

    // What came up since yesterday: work nobody has yet, and a double-booking to fix.
    const reachable = clients.filter((c) => c.status === 'active');
    (['crisis', 'housing', 'employment'] as const).forEach((intervention, i) => {
      const start = 10 * 60 + i * 90;
      call('contacts.create', {
        clientId: reachable[i * 7 + 2]!.id, staffId: null, day: today, start: formatClock(start),
        end: formatClock(start + 45), intervention, location: 'community', note: '',
      }, actor);
    });
    const nurse = nurses[0]!;
    const [first] = (busy.get(`${nurse.id}/${today}`) ?? []).sort((a, b) => a[0] - b[0]);
    if (first) {
      call('contacts.create', {
        clientId: reachable[41]!.id, staffId: nurse.id, day: today, start: formatClock(first[0] + 10),
        end: formatClock(first[0] + 40), intervention: 'injection', location: 'office', note: '',
      }, actor);
    }
  })();
}
