/**
 * "On call now" on the board and the wall screen: who holds each role, their on-call
 * phone, and when it next changes. It changes by itself at hand-off (held-now.ts).
 */
import { DateTime } from 'luxon';
import { memo, useMemo } from 'react';
import { showTime } from '../clock';
import { useStaff } from '../queries';
import { useHeldNow } from './held-now';
import { useRota } from './queries';
import './oncall.css';

/** Memoized: the board redraws at each pick-up and drop, and the strip changes only by itself. */
export const OnCallStrip = memo(function OnCallStrip({ timeZone }: { timeZone: string }) {
  const { board, now, roles } = useHeldNow();
  const rota = useRota();
  const staff = useStaff();
  const names = useMemo(() => new Map((staff.data ?? []).map((s) => [s.id, s.name])), [staff.data]);
  const phones = useMemo(() => new Map((rota.data?.phones ?? []).map((p) => [p.staffId, p.phone])), [rota.data]);
  if (!board.data) return null;
  const loud = board.data.warnings.filter((w) => w.loud);
  const at = (iso: string) => {
    const t = DateTime.fromISO(iso).setZone(timeZone);
    const today = DateTime.fromMillis(now).setZone(timeZone).hasSame(t, 'day');
    return showTime(t, today ? '{time}' : 'ccc {time}');
  };
  return (
    <section className={`oncall-strip${loud.length ? ' oncall-strip-loud' : ''}`} aria-label="On call now" data-testid="oncall-strip">
      <span className="oncall-strip-title" aria-hidden="true">☎</span>
      {roles.map(({ role, current, next }) => {
        const who = current?.staffId != null ? (names.get(current.staffId) ?? '—') : null;
        const phone = current?.staffId != null ? phones.get(current.staffId) : '';
        return (
          <span key={role.id} className={`oncall-role${who ? '' : ' oncall-role-nobody'}`} data-testid={`oncall-role-${role.id}`}>
            <span className="oncall-role-name">{role.name}:</span>{' '}
            <strong className="oncall-who">{who ?? 'Nobody'}</strong>
            {phone ? <span className="oncall-phone"> {phone}</span> : null}
            {current && next && <span className="oncall-until"> until {at(current.end)}</span>}
          </span>
        );
      })}
      {board.data.crisisLine && (
        <span className="oncall-crisis">
          Crisis line <strong>{board.data.crisisLine}</strong>
        </span>
      )}
      {loud.map((w) => (
        <span key={`${w.kind}-${w.roleId}-${w.message}`} className="oncall-alarm" role="alert">
          ⚠ {w.message}
        </span>
      ))}
    </section>
  );
});
