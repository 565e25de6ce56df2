/**
 * The wall's on-call page: who holds each role now and until when, the team's crisis line,
 * and this week's rota. Staff by name; no personal phone (a locked seat is not sent any).
 */
import { DateTime } from 'luxon';
import { useMemo } from 'react';
import { type RotaStretch, rotaWeek, rotaWeekRange } from '../../../shared/oncall-week';
import type { LocalDate } from '../../../shared/domain';
import { showTime } from '../clock';
import { useHeldNow } from '../oncall/held-now';
import { useTimeline } from '../oncall/queries';
import { useStaff } from '../queries';

export function WallOnCall({ today, timeZone }: { today: LocalDate; timeZone: string }) {
  const { board, now, roles } = useHeldNow();
  const range = rotaWeekRange(today);
  const timeline = useTimeline(range.from, range.to);
  const staff = useStaff();
  const names = useMemo(() => new Map((staff.data ?? []).map((s) => [s.id, s.name])), [staff.data]);
  const who = (staffId: number | null | undefined) => (staffId == null ? 'Nobody' : (names.get(staffId) ?? '—'));
  const at = (iso: string, pattern = 'ccc d LLL {time}') => showTime(DateTime.fromISO(iso).setZone(timeZone), pattern);
  if (!board.data) return <p className="wall-empty">Loading the rota…</p>;
  if (roles.length === 0) return <p className="wall-empty">No on-call rota yet.</p>;
  const loud = board.data.warnings.filter((w) => w.loud);
  return (
    <div className="wall-oncall">
      <section className="wall-oncall-now" aria-label="On call now">
        {roles.map(({ role, current, next }) => (
          <div key={role.id} className={`wall-oncall-holder${current?.staffId == null ? ' wall-oncall-nobody' : ''}`} data-testid={`wall-oncall-${role.id}`}>
            <div className="wall-oncall-role">{role.name} · on call now</div>
            <div className="wall-oncall-who">{who(current?.staffId)}</div>
            <div className="wall-oncall-until">{current && next ? `until ${at(current.end)}, then ${who(next.staffId)}` : ' '}</div>
          </div>
        ))}
        {board.data.crisisLine && (
          <div className="wall-oncall-holder wall-oncall-crisis">
            <div className="wall-oncall-role">Crisis line</div>
            <div className="wall-oncall-who">{board.data.crisisLine}</div>
          </div>
        )}
      </section>
      {loud.map((w) => (
        <p key={`${w.kind}-${w.roleId}-${w.message}`} className="wall-oncall-alarm" role="alert">
          ⚠ {w.message}
        </p>
      ))}
      <div className="wall-oncall-week">
        {roles.map(({ role }) => {
          const mine = timeline.data?.roles.find((r) => r.roleId === role.id);
          const week: RotaStretch[] = mine && timeline.data ? rotaWeek(mine.segments, timeline.data.to, now) : [];
          return (
            <section key={role.id} className="wall-appointments-day" aria-label={`${role.name} this week`}>
              <h2>{role.name} · this week</h2>
              {week.length === 0 ? (
                <p className="wall-empty">{timeline.data ? 'Nobody on the rota this week' : 'Loading…'}</p>
              ) : (
                <ol>
                  {week.map((s) => (
                    <li key={s.start} className={`wall-appointment wall-oncall-turn${s.now ? ' wall-oncall-turn-now' : ''}`}>
                      <span className="wall-card-time">
                        {s.now ? 'Now' : at(s.start)} – {s.end ? at(s.end) : 'later'}
                      </span>
                      <span className="wall-card-client">{who(s.staffId)}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
