/** The end-of-meeting summary: reviewed of total, time, attendance, parked items, changes. */
import { DateTime } from 'luxon';
import type { Staff } from '../../../shared/domain';
import { type Meeting, PRESENCES, PRESENCE_LABELS } from '../../../shared/meeting';
import { formatSeconds } from '../../../shared/rules/meeting';
import { showTime } from '../clock';

interface Props {
  meeting: Pick<Meeting, 'day' | 'startedAt' | 'endedAt' | 'summary'> & Partial<Pick<Meeting, 'attendance'>>;
  name: (clientId: number) => string;
  staff?: Map<number, Staff>;
  timeZone: string;
}

export function MeetingSummaryView({ meeting, name, staff, timeZone }: Props) {
  const s = meeting.summary;
  const started = DateTime.fromISO(meeting.startedAt).setZone(timeZone);
  const share = s.rosterSize ? Math.round((100 * s.reviewed) / s.rosterSize) : 0;
  return (
    <div className="summary" data-testid="meeting-summary">
      <dl className="summary-figures">
        <div>
          <dt>Clients reviewed</dt>
          <dd data-testid="summary-reviewed">
            {s.reviewed} of {s.rosterSize} ({share}%)
          </dd>
        </div>
        <div>
          <dt>Time taken</dt>
          <dd data-testid="summary-time">
            {formatSeconds(s.seconds)}
            {s.seconds > s.targetSeconds ? ` (over the target of ${formatSeconds(s.targetSeconds)})` : ''}
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{showTime(started, 'ccc d LLL, {time}')}</dd>
        </div>
        <div>
          <dt>Attendance</dt>
          <dd data-testid="summary-attendance">
            {PRESENCES.filter((p) => s.attendance[p] > 0)
              .map((p) => `${s.attendance[p]} ${PRESENCE_LABELS[p].toLowerCase()}`)
              .join(' · ') || 'Not taken'}
          </dd>
        </div>
      </dl>
      <div className="summary-columns">
        <section>
          <h3>Parked</h3>
          {s.parked.length === 0 && <p className="muted">Nobody was parked.</p>}
          <ul data-testid="summary-parked">
            {s.parked.map((p) => (
              <li key={p.clientId}>
                <span aria-hidden="true">{p.reviewedLater ? '✓ ' : '⚑ '}</span>
                {name(p.clientId)}
                {p.note && `: ${p.note}`} <em>({p.reviewedLater ? 'talked through at the end' : 'still open'})</em>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>Changes made</h3>
          {s.changes.length === 0 && <p className="muted">No changes.</p>}
          <ul data-testid="summary-changes">
            {s.changes.map((c) => (
              <li key={c.label}>
                {c.label}: {c.count}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>Not reviewed</h3>
          {s.notReviewed.length === 0 ? (
            <p className="muted">Everyone was reviewed.</p>
          ) : (
            <p>{s.notReviewed.map(name).join(', ')}</p>
          )}
        </section>
        {staff && meeting.attendance && (
          <section>
            <h3>Who was there</h3>
            {!meeting.attendance.some((a) => a.presence === 'present' || a.presence === 'remote') && (
              <p className="muted">Attendance not taken yet.</p>
            )}
            <ul>
              {meeting.attendance
                .filter((a) => a.presence === 'present' || a.presence === 'remote')
                .map((a) => (
                  <li key={a.staffId}>
                    {staff.get(a.staffId)?.name ?? 'Staff'}
                    {a.presence === 'remote' && ' (remote)'}
                  </li>
                ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
