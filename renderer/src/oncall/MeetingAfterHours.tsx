/** The meeting opens with the after-hours calls since the last one (NY 5.9.1.iii). */
import type { MeetingRoster } from '../../../shared/meeting';
import { CallList } from './AfterHoursLog';

export function MeetingAfterHours({ roster, meetingId = null }: { roster: MeetingRoster; meetingId?: number | null }) {
  return (
    <section aria-labelledby="after-hours-title" className="meeting-after-hours">
      <h2 id="after-hours-title">After-hours calls since the last meeting ({roster.afterHours.length})</h2>
      <CallList calls={roster.afterHours} staff={roster.staff} timeZone={roster.timeZone} meetingId={meetingId} />
    </section>
  );
}

/** The focused client's after-hours calls in the running meeting, each to mark reviewed. */
export function ClientAfterHours({ roster, clientId, meetingId }: { roster: MeetingRoster; clientId: number; meetingId: number }) {
  const calls = roster.afterHours.filter((c) => c.clientId === clientId);
  if (calls.length === 0) return null;
  return (
    <section aria-label="After-hours calls" className="meeting-after-hours">
      <h3>☎ After-hours calls</h3>
      <CallList calls={calls} staff={roster.staff} timeZone={roster.timeZone} meetingId={meetingId} />
    </section>
  );
}
