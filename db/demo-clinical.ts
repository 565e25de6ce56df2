/**
 * The demo team's AOT orders and chart documentation (issue 14), fictional and seeded: four
 * clients under an order (one expiring this month, one report due this week, one overdue),
 * two new admissions with their first documents due, and for everyone else a plan on record
 * and reviews spread over the last seven months (a few overdue).
 */
import type { LocalDate } from '../shared/domain';
import { addMonths } from '../shared/time';
import { addDays } from '../shared/time';
import { seeded } from './demo';
import type { BoardService } from './service/board-service';

const DUTIES = [
  'Monthly treatment compliance report to the county AOT coordinator',
  'Report any missed medication or refusal within 3 days; monthly summary',
  'Biweekly attendance report; notify the court of any hospitalization',
];
const COUNTY_CONTACTS = ['Sam Rivera, county AOT program', 'Jordan Ashby, county AOT program', 'Lee Okafor, county AOT program'];

export function seedDemoClinical(service: BoardService, today: LocalDate): void {
  const rand = seeded(20261201);
  const call = service.call.bind(service);
  const actor = { actor: 'demo' };

  service.db.transaction(() => {
    const withStays = new Set((service.db.prepare('SELECT DISTINCT client_id AS id FROM stays').all() as { id: number }[]).map((r) => r.id));
    const current = call('clients.list', {}).filter((c) => c.status !== 'discharged');
    const active = current.filter((c) => c.status === 'active');

    // AOT: [starts days ago, expires in days, report every days, last report days ago]
    const orders: [number, number, number, number][] = [
      [160, 20, 30, 12],
      [90, 95, 30, 26],
      [300, 64, 14, 18],
      [40, 140, 30, 9],
    ];
    orders.forEach(([started, expires, every, reported], n) => {
      const client = active[3 + n * 9]!;
      const saved = call('aot.save', {
        clientId: client.id, version: null, startsOn: addDays(today, -started), expiresOn: addDays(today, expires),
        reportingDuty: DUTIES[n % DUTIES.length]!, reportEveryDays: every, countyContact: COUNTY_CONTACTS[n % COUNTY_CONTACTS.length]!,
      }, actor);
      call('aot.reportSent', { clientId: client.id, version: saved.version, day: addDays(today, -reported) }, actor);
    });

    // Two new admissions (engaged before admission, hence the contacts before it): first documents due.
    const newcomers = active.filter((c) => !withStays.has(c.id)).slice(-2);
    [4, 38].forEach((daysAgo, n) => {
      const c = newcomers[n]!;
      call('clients.update', { id: c.id, version: c.version, admissionDate: addDays(today, -daysAgo) }, actor);
    });
    call('charts.recordDone', { clientId: newcomers[1]!.id, kind: 'immediate_needs', doneOn: addDays(today, -33) }, actor);

    // Everyone else: the plan on record, and the last review 0 to 7 months ago.
    for (const c of current.filter((c) => !newcomers.includes(c))) {
      const lastReview = addDays(today, -Math.floor(rand() * 215));
      const plan = addMonths(lastReview, -6) > c.admissionDate! ? addMonths(lastReview, -6) : c.admissionDate!;
      call('charts.recordDone', { clientId: c.id, kind: 'plan', doneOn: plan }, actor);
      if (lastReview > plan) call('charts.recordDone', { clientId: c.id, kind: 'plan_review', doneOn: lastReview }, actor);
    }
  })();
}
