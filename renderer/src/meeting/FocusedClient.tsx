/** The client in focus on the wall screen: status, the last and next 24 hours, goals, dates, events. */
import { formatDate, formatDayShort } from '../../../shared/time';
import { CLIENT_LEGAL_STATUS_LABELS, type ClientBasics } from '../../../shared/client-basics';
import { DateTime } from 'luxon';
import { Fragment, useId } from 'react';
import { CLIENT_STATUS_LABELS, CONTACT_STATUS_LABELS, type Contact, INTERVENTION_LABELS, type Staff } from '../../../shared/domain';
import { ACUITY_LABELS, EVENT_CATEGORY_LABELS, type RosterClient, SEVERITY_LABELS, type SignificantEvent } from '../../../shared/meeting';
import { DOC_KIND_LABELS } from '../../../shared/rules/documentation-due';
import { STATUS_SYMBOL, timeRange } from '../board/format';
import { usePrivacy } from '../privacy';
import { ACUITY_SYMBOL } from './dialogs';
import { showTime } from '../clock';
import { FocusedStay } from '../stays/MeetingStays';

const HIDDEN = 'Hidden on this screen';

export function Badges({ entry }: { entry: RosterClient }) {
  const { client, profile } = entry;
  const { hideNotes } = usePrivacy();
  return (
    <ul className="badges" aria-label="Status">
      {client.status !== 'active' && (
        <li className={`badge badge-${client.status}`}>
          <span aria-hidden="true">{client.status === 'hospitalized' ? '✚' : '▣'}</span> {CLIENT_STATUS_LABELS[client.status]}
        </li>
      )}
      {profile.acuity !== 'routine' && (
        <li className={`badge badge-${profile.acuity}`} title={hideNotes ? undefined : profile.acuityReason}>
          <span aria-hidden="true">{ACUITY_SYMBOL[profile.acuity]}</span> {ACUITY_LABELS[profile.acuity]}
        </li>
      )}
      {entry.onCallSinceLastMeeting && (
        <li className="badge badge-oncall">
          <span aria-hidden="true">☎</span> On-call contact
        </li>
      )}
      {entry.newEvents > 0 && (
        <li className="badge badge-event">
          <span aria-hidden="true">★</span> {entry.newEvents} new {entry.newEvents === 1 ? 'event' : 'events'}
        </li>
      )}
    </ul>
  );
}

interface FocusedClientProps {
  entry: RosterClient;
  name: string;
  staff: Map<number, Staff>;
  timeZone: string;
  today: string;
  onReassign: (c: Contact) => void;
  onReviewEvents: (ids: number[]) => void;
}

const dayLabel = (day: string, today: string) =>
  day === today ? 'Today' : formatDayShort(day);

export function FocusedClient({ entry, name, staff, timeZone, today, onReassign, onReviewEvents }: FocusedClientProps) {
  const { hideNotes, hideNames } = usePrivacy();
  const { client, profile } = entry;
  const who = (id: number | null) => (id === null ? 'Unassigned' : (staff.get(id)?.name ?? 'Staff'));
  return (
    <article className="focus" aria-labelledby="focus-name">
      <header className="focus-header">
        <h2 id="focus-name" className="focus-name">
          {name}
        </h2>
        {!hideNames && client.name !== client.preferredName && <span className="focus-fullname">{client.name}</span>}
        <Badges entry={entry} />
      </header>
      {profile.acuity !== 'routine' && (
        <p className="focus-reason">
          {ACUITY_LABELS[profile.acuity]}: {hideNotes ? HIDDEN : profile.acuityReason}
        </p>
      )}
      <ClientBasicsLine basics={client} />
      {client.status !== 'active' && <FocusedStay clientId={client.id} />}
      <div className="focus-grid">
        <section className="focus-section" tabIndex={0} aria-labelledby="last24">
          <h3 id="last24">Since the last meeting</h3>
          {entry.last24h.length === 0 && <p className="muted">No contacts.</p>}
          <ul className="focus-list">
            {entry.last24h.map((c) => (
              <li key={c.id}>
                <div className="line">
                  <span className="when">{dayLabel(c.day, today)} {timeRange(c)}</span>{' '}
                  <span className={`status status-${c.status}`}>
                    <span aria-hidden="true">{STATUS_SYMBOL[c.status]}</span> {CONTACT_STATUS_LABELS[c.status]}
                  </span>
                </div>
                <div className="line">
                  {INTERVENTION_LABELS[c.intervention]} · {who(c.staffId)}
                </div>
                {c.note && <div className="note">{hideNotes ? HIDDEN : c.note}</div>}
              </li>
            ))}
          </ul>
        </section>
        <section className="focus-section" tabIndex={0} aria-labelledby="next24">
          <h3 id="next24">Next 24 hours</h3>
          {entry.next24h.length === 0 && <p className="muted">Nothing planned.</p>}
          <ul className="focus-list">
            {entry.next24h.map((c) => (
              <li key={c.id}>
                <div className="line">
                  <span className="when">{dayLabel(c.day, today)} {timeRange(c)}</span> {INTERVENTION_LABELS[c.intervention]}
                </div>
                <div className="line line-action">
                  <span className={c.staffId === null ? 'unassigned' : ''}>
                    {c.staffId === null && <span aria-hidden="true">? </span>}
                    {who(c.staffId)}
                  </span>
                  <button type="button" className="button button-small" onClick={() => onReassign(c)}>
                    Reassign<span className="visually-hidden"> {INTERVENTION_LABELS[c.intervention]} at {timeRange(c)}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <h3>Next 7 days</h3>
          {entry.upcoming.length + entry.nextWeek.length === 0 && <p className="muted">No dates.</p>}
          <ul className="focus-list compact">
            {entry.upcoming.map((u) => (
              <li key={`${u.day}-${u.label}`} className={u.overdue ? 'overdue' : ''}>
                {u.overdue && <span aria-hidden="true">⚠ </span>}
                <span className="when">{dayLabel(u.day, today)}</span> {u.label}
              </li>
            ))}
            {entry.nextWeek.map((c) => (
              <li key={c.id}>
                <span className="when">{dayLabel(c.day, today)}</span> {INTERVENTION_LABELS[c.intervention]} · {who(c.staffId)}
              </li>
            ))}
          </ul>
        </section>
        <section className="focus-section" tabIndex={0} aria-labelledby="goals">
          <h3 id="goals">Goals</h3>
          {profile.goals.length === 0 && <p className="muted">No goals written yet.</p>}
          {/* The client's own words are notes too. */}
          {hideNotes && profile.goals.length > 0 ? (
            <p className="muted">{HIDDEN}</p>
          ) : (
            <ul className="focus-list goals">
              {profile.goals.map((g, i) => (
                <li key={i}>“{g}”</li>
              ))}
            </ul>
          )}
          <h3>Due</h3>
          <dl className="due">
            {entry.documentsDue.map((d) => (
              <Fragment key={d.kind}>
                <dt>{DOC_KIND_LABELS[d.kind]}</dt>
                <dd>{dueText(d.dueOn, today)}</dd>
              </Fragment>
            ))}
            <dt>Psychiatric visit</dt>
            <dd>{entry.lastPsychiatricVisit === null ? 'No visit on record' : dueText(entry.psychiatricVisitDue, today)}</dd>
            {entry.aot && (
              <>
                <dt>AOT report</dt>
                <dd>{dueText(entry.aot.nextReportDue, today)}</dd>
                <dt>AOT order expires</dt>
                <dd>{dueText(entry.aot.expiresOn, today)}</dd>
              </>
            )}
            {entry.injectionMissed && (
              <>
                <dt>Injection</dt>
                <dd>⚠ Missed: due {DateTime.fromISO(entry.injectionMissed).toFormat('d LLL yyyy')}</dd>
              </>
            )}
          </dl>
          <EventsPanel title="Significant events" events={entry.events} timeZone={timeZone} onReview={onReviewEvents} />
        </section>
      </div>
    </article>
  );
}

/** The client's basics for the day, in one line and the crisis plan below; nothing when withheld or not recorded. */
function ClientBasicsLine({ basics }: { basics: ClientBasics }) {
  const { hideNames } = usePrivacy();
  if (hideNames) return null;
  const parts = [basics.address, basics.phone, basics.legalStatus ? CLIENT_LEGAL_STATUS_LABELS[basics.legalStatus] : ''].filter(Boolean);
  if (parts.length === 0 && !basics.crisisPlan) return null;
  return (
    <div className="focus-basics" data-client-basics>
      {parts.length > 0 && <p className="focus-basics-line">{parts.join(' · ')}</p>}
      {basics.crisisPlan && (
        <p className="focus-basics-crisis">
          <strong>Crisis plan:</strong> {basics.crisisPlan}
        </p>
      )}
    </div>
  );
}

function dueText(day: string | null, today: string): string {
  if (!day) return 'No date';
  const label = formatDate(day);
  return day < today ? `⚠ Overdue since ${label}` : label;
}

/** A list of significant events, new ones starred, with "Mark reviewed" while a meeting runs. */
export function EventsPanel({
  title,
  events,
  timeZone,
  onReview,
}: {
  title: string;
  events: SignificantEvent[];
  timeZone: string;
  onReview?: (ids: number[]) => void;
}) {
  const { hideNotes } = usePrivacy();
  const id = useId();
  const newIds = events.filter((e) => e.reviewedMeetingId === null).map((e) => e.id);
  return (
    <>
      <div className="events-heading">
        <h3 id={id}>{title}</h3>
        {onReview && newIds.length > 0 && (
          <button type="button" className="button button-small" onClick={() => onReview(newIds)}>
            <span aria-hidden="true">✓</span> Mark reviewed
          </button>
        )}
      </div>
      {events.length === 0 && <p className="muted">None this week.</p>}
      <ul className="focus-list" aria-labelledby={id}>
        {events.map((e) => (
          <li key={e.id} className={e.reviewedMeetingId === null ? 'event-new' : ''}>
            <div className="line">
              {e.reviewedMeetingId === null && <strong className="new-tag">★ New</strong>}{' '}
              <span className="when">{showTime(DateTime.fromISO(e.occurredAt).setZone(timeZone), 'ccc {time}')}</span>{' '}
              {EVENT_CATEGORY_LABELS[e.category]} · {SEVERITY_LABELS[e.severity]}
              {e.onCall && ' · ☎ on call'}
            </div>
            <div className="note">{hideNotes ? HIDDEN : e.text}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
