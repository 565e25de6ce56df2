/**
 * "On call now" on the board and the wall screen: who holds each role, their on-call
 * phone, and when it next changes. It changes by itself at hand-off: the host sends the
 * next 48 hours, and this seat picks the stretch that holds its own clock.
 */
import { DateTime } from 'luxon';
import { useEffect, useMemo, useState } from 'react';
import type { Segment } from '../../../shared/oncall';
import { showTime } from '../clock';
import { useStaff } from '../queries';
import { useOnCallNow, useRota } from './queries';
import './oncall.css';

/** Now, re-read at the next hand-off (and every minute, for the "until" wording). */
function useNowUntil(boundaries: number[]): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const next = boundaries.filter((b) => b > now).sort((a, b) => a - b)[0];
    const wait = Math.min(next === undefined ? 60_000 : next - now + 50, 60_000);
    const t = setTimeout(() => setNow(Date.now()), Math.max(wait, 50));
    return () => clearTimeout(t);
  }, [boundaries, now]);
  return now;
}

const holding = (segments: Segment[], now: number) => segments.findIndex((s) => Date.parse(s.start) <= now && now < Date.parse(s.end));

export function OnCallStrip({ timeZone }: { timeZone: string }) {
  const board = useOnCallNow();
  const rota = useRota();
  const staff = useStaff();
  const boundaries = useMemo(() => (board.data?.roles ?? []).flatMap((r) => r.upcoming.map((s) => Date.parse(s.end))), [board.data]);
  const now = useNowUntil(boundaries);
  const names = useMemo(() => new Map((staff.data ?? []).map((s) => [s.id, s.name])), [staff.data]);
  const phones = useMemo(() => new Map((rota.data?.phones ?? []).map((p) => [p.staffId, p.phone])), [rota.data]);
  // At each hand-off ask the host again, so the strip always knows the one after next.
  const { refetch } = board;
  const handoffsPassed = boundaries.filter((b) => b <= now).length;
  useEffect(() => {
    if (handoffsPassed > 0) void refetch();
  }, [handoffsPassed, refetch]);
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
      {board.data.roles.map(({ role, upcoming }) => {
        const i = holding(upcoming, now);
        const current = upcoming[i];
        const next = upcoming[i + 1];
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
}
