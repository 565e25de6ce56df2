/** The month as printed for the office wall: each day, who holds each role at night. Shown only when printing. */
import { DateTime } from 'luxon';
import type { OnCallRota } from '../../../shared/contract/oncall';
import type { Staff } from '../../../shared/domain';
import { nightAt } from '../../../shared/oncall';
import { addDays } from '../../../shared/time';
import { useTimeline } from './queries';

export function PrintableMonth({ rota, staff, timeZone, today }: { rota: OnCallRota; staff: Staff[]; timeZone: string; today: string }) {
  const first = DateTime.fromISO(today).startOf('month').toISODate()!;
  const last = DateTime.fromISO(today).endOf('month').toISODate()!;
  const timeline = useTimeline(first, last);
  const names = new Map(staff.map((s) => [s.id, s.name]));
  if (!timeline.data) return null;
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  const holder = (roleId: number, day: string) => {
    const at = Date.parse(nightAt(day, timeZone));
    const s = timeline.data.roles.find((r) => r.roleId === roleId)?.segments.find((x) => Date.parse(x.start) <= at && at < Date.parse(x.end));
    return s?.staffId == null ? '—' : (names.get(s.staffId) ?? '—');
  };
  return (
    <section className="oncall-month" aria-label="Printable month">
      <h1>On call, {DateTime.fromISO(first).toFormat('LLLL yyyy')}</h1>
      <p>Who holds each role at night (23:00). Crisis line: {rota.crisisLine || '—'}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {rota.roles.map((r) => (
              <th key={r.id} scope="col">
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d}>
              <td>{DateTime.fromISO(d).toFormat('ccc d')}</td>
              {rota.roles.map((r) => (
                <td key={r.id}>{holder(r.id, d)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
