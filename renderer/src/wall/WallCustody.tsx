/**
 * The wall's hospital and jail page: each open stay with the client by alias or initials
 * (the wall is always in privacy mode), the kind, days in, the last team visit, when the
 * next is due, and the flags in words. No facility, reason or note: no free text on a wall.
 */
import { STAY_FLAG_LABELS, STAY_KIND_LABELS, type CurrentStay } from '../../../shared/stays';
import type { LocalDate } from '../../../shared/domain';
import { formatDayShort } from '../planning/dates';
import { useCurrentStays, useStayName } from '../stays/queries';

const day = (d: LocalDate, today: LocalDate) => (d === today ? 'Today' : formatDayShort(d));

export function WallCustody() {
  const current = useCurrentStays();
  const name = useStayName();
  if (!current.data) return <p className="wall-empty">Loading the hospital and jail logs…</p>;
  const { stays, today } = current.data;
  const inJail = stays.filter((s) => s.stay.log === 'jail');
  const inHospital = stays.filter((s) => s.stay.log !== 'jail');
  const list = (title: string, rows: CurrentStay[]) => (
    <section className="wall-appointments-day wall-custody-log" aria-label={title}>
      <h2>
        {title} · {rows.length}
      </h2>
      {rows.length === 0 ? (
        <p className="wall-empty">Nobody</p>
      ) : (
        <ol>
          {[...rows]
            .sort((a, b) => b.daysIn - a.daysIn)
            .map((c) => (
              <li key={c.stay.id} className={`wall-custody-stay${c.flags.length ? ' wall-custody-flagged' : ''}`} data-stay-id={c.stay.id}>
                <div className="wall-card-line">
                  <span className="wall-card-client">{name(c.stay.clientId, c.clientName)}</span>
                  <span className="wall-card-what">{STAY_KIND_LABELS[c.stay.kind]}</span>
                  <span className="wall-custody-days">
                    {c.daysIn} {c.daysIn === 1 ? 'day' : 'days'} in
                  </span>
                </div>
                <div className="wall-card-line">
                  <span className="wall-card-what">Last visit {c.lastVisit ? day(c.lastVisit, today) : 'none yet'}</span>
                  <span className="wall-card-what">· next due {day(c.nextVisit, today)}</span>
                </div>
                {c.flags.length > 0 && (
                  <div className="wall-card-line">
                    {c.flags.map((f) => (
                      <span key={f.kind} className="wall-flag wall-flag-warning">
                        ⚑ {STAY_FLAG_LABELS[f.kind]}
                      </span>
                    ))}
                  </div>
                )}
              </li>
            ))}
        </ol>
      )}
    </section>
  );
  return (
    <div className="wall-appointments">
      {list('In hospital', inHospital)}
      {list('In jail', inJail)}
    </div>
  );
}
