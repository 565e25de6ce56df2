/** Meeting history and the figures it gives: meeting days and attendance (TMACT OS3), share reviewed. */
import { formatDate } from '../../../shared/time';
import { useMemo, useState } from 'react';
import { DateTime } from 'luxon';
import { formatSeconds } from '../../../shared/rules/meeting';
import { useDisplayName } from '../privacy';
import { useClients, useSettings } from '../queries';
import { MeetingSummaryView } from './MeetingSummary';
import { useMeetingHistory } from './queries';
import { showTime } from '../clock';

const WEEKS = 6;

export function MeetingHistoryView() {
  const history = useMeetingHistory(WEEKS);
  const settings = useSettings();
  const clients = useClients();
  const displayName = useDisplayName();
  const [open, setOpen] = useState<number | null>(null);
  const byId = useMemo(() => new Map(clients.data?.map((c) => [c.id, c]) ?? []), [clients.data]);
  const zone = settings.data?.timeZone ?? 'UTC';
  const h = history.data;
  if (history.isError) {
    return (
      <p className="screen-error" role="alert">
        {history.error.message}
      </p>
    );
  }
  if (!h) return <p className="empty">Loading…</p>;
  const shown = h.meetings.find((m) => m.id === open);
  return (
    <section className="screen meeting-history" aria-labelledby="history-title">
      <div className="screen-header">
        <h1 id="history-title">Meeting history</h1>
      </div>
      <div className="figures">
        <div className="panel figure">
          <h2>TMACT OS3 · daily team meeting</h2>
          <p className="figure-value" data-testid="os3-rating">
            {h.os3 === null ? 'No complete week yet' : `${h.os3} of 5`}
          </p>
          <p className="muted">Median (rounded down) of the complete weeks since the first meeting on record, from meeting days a week and full attendance.</p>
        </div>
        <div className="panel figure">
          <h2>Clients reviewed per meeting</h2>
          <p className="figure-value">{h.averageReviewedShare === null ? '—' : `${Math.round(h.averageReviewedShare * 100)}%`}</p>
          <p className="muted">Average share of the roster reviewed, last {WEEKS} weeks.</p>
        </div>
      </div>
      <table className="table weeks-table">
        <caption>Weeks</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Meeting days</th>
            <th scope="col">With full attendance</th>
            <th scope="col">OS3 anchor</th>
          </tr>
        </thead>
        <tbody>
          {[...h.weeks].reverse().map((w) => (
            <tr key={w.weekStart}>
              <td>{formatDate(w.weekStart)}</td>
              <td>{w.meetingDays}</td>
              <td>{w.fullAttendanceDays}</td>
              <td>{w.os3}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table">
        <caption>Meetings</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Time taken</th>
            <th scope="col">Reviewed</th>
            <th scope="col">Present</th>
            <th scope="col">Parked</th>
            <th scope="col">Changes</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {h.meetings.map((m) => (
            <tr key={m.id}>
              <td>{showTime(DateTime.fromISO(m.startedAt).setZone(zone), 'ccc d LLL, {time}')}</td>
              <td>{formatSeconds(m.summary.seconds)}</td>
              <td>
                {m.summary.reviewed} of {m.summary.rosterSize}
              </td>
              <td>
                {m.summary.attendance.present + m.summary.attendance.remote}
                {m.summary.attendance.absent > 0 && ` (${m.summary.attendance.absent} absent)`}
              </td>
              <td>{m.summary.parked.length}</td>
              <td>{m.summary.changes.reduce((n, c) => n + c.count, 0)}</td>
              <td>
                <button type="button" className="button button-small" onClick={() => setOpen(open === m.id ? null : m.id)} aria-expanded={open === m.id}>
                  {open === m.id ? 'Hide' : 'Details'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {h.meetings.length === 0 && <p className="empty">No meetings on record in these weeks.</p>}
      {shown && (
        <section className="panel" aria-label="Meeting details">
          <MeetingSummaryView meeting={shown} name={(id) => displayName(byId.get(id))} timeZone={zone} />
        </section>
      )}
    </section>
  );
}
