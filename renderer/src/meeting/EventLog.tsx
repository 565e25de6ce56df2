/** The significant event log: searchable, filterable by client, category and date. */
import { useMemo, useState } from 'react';
import { DateTime } from 'luxon';
import type { Input } from '../../../shared/api';
import { EVENT_CATEGORIES, EVENT_CATEGORY_LABELS, type EventCategory, SEVERITY_LABELS } from '../../../shared/meeting';
import { usePrivacy, useDisplayName } from '../privacy';
import { useClients, useSettings, useStaff } from '../queries';
import { useSession } from '../trust/session';
import { EventDialog } from './dialogs';
import { useEvents } from './queries';
import { showTime } from '../clock';

export function EventLog() {
  const clients = useClients();
  const staff = useStaff();
  const settings = useSettings();
  const displayName = useDisplayName();
  const { hideNotes } = usePrivacy();
  const { locked, askToUnlock } = useSession();
  // A search would tell what the hidden texts say.
  const searchable = !(locked && hideNotes);
  const [typed, setQuery] = useState('');
  const query = searchable ? typed : '';
  const [clientId, setClientId] = useState<number | null>(null);
  const [category, setCategory] = useState<EventCategory | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [unreviewedOnly, setUnreviewedOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const filter: Input<'events.list'> = { query, clientId, category, from: from || null, to: to || null, unreviewedOnly };
  const events = useEvents(filter);
  const byId = useMemo(() => new Map(clients.data?.map((c) => [c.id, c]) ?? []), [clients.data]);
  const staffName = useMemo(() => new Map(staff.data?.map((s) => [s.id, s.name]) ?? []), [staff.data]);
  const zone = settings.data?.timeZone ?? 'UTC';
  return (
    <section className="screen event-log" aria-labelledby="events-title">
      <div className="screen-header">
        <h1 id="events-title">Significant events</h1>
        <button type="button" className="button button-primary" onClick={() => (locked ? askToUnlock() : setAdding(true))}>
          + Add event
        </button>
      </div>
      <div className="filters" role="search" aria-label="Filter events">
        <input
          type="search"
          className="search"
          placeholder={searchable ? 'Search the text' : 'Unlock to search the text'}
          aria-label="Search events"
          value={query}
          disabled={!searchable}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select aria-label="Client" value={clientId ?? ''} onChange={(e) => setClientId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">All clients</option>
          {clients.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {displayName(c)}
            </option>
          ))}
        </select>
        <select aria-label="Category" value={category ?? ''} onChange={(e) => setCategory((e.target.value || null) as EventCategory | null)}>
          <option value="">All categories</option>
          {EVENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {EVENT_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
        <label className="inline-field">
          From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="inline-field">
          To <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={unreviewedOnly} onChange={(e) => setUnreviewedOnly(e.target.checked)} /> Not yet reviewed only
        </label>
      </div>
      {events.isError && (
        <p className="screen-error" role="alert">
          {events.error.message}
        </p>
      )}
      {events.data && (
        <>
          <p className="muted" aria-live="polite">
            {events.data.total === events.data.events.length
              ? `${events.data.total} ${events.data.total === 1 ? 'event' : 'events'}`
              : `Newest ${events.data.events.length} of ${events.data.total} events`}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Client</th>
                <th scope="col">Category</th>
                <th scope="col">Severity</th>
                <th scope="col">What happened</th>
                <th scope="col">Written by</th>
                <th scope="col">Reviewed</th>
              </tr>
            </thead>
            <tbody>
              {events.data.events.map((e) => (
                <tr key={e.id} className={e.reviewedMeetingId === null ? 'row-new' : ''}>
                  <td className="nowrap">{showTime(DateTime.fromISO(e.occurredAt).setZone(zone), 'ccc d LLL {time}')}</td>
                  <td className="strong">{e.clientId === null ? 'Team' : displayName(byId.get(e.clientId))}</td>
                  <td>{EVENT_CATEGORY_LABELS[e.category]}</td>
                  <td>
                    {e.severity === 'high' && <span aria-hidden="true">▲ </span>}
                    {SEVERITY_LABELS[e.severity]}
                  </td>
                  <td>
                    {e.onCall && <span className="tag">☎ On call</span>} {hideNotes ? 'Hidden on this screen' : e.text}
                  </td>
                  <td>{staffName.get(e.authorStaffId) ?? '—'}</td>
                  <td className="nowrap">
                    {e.reviewedAt ? `✓ ${DateTime.fromISO(e.reviewedAt).setZone(zone).toFormat('ccc d LLL')}` : <strong>★ New</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {adding && staff.data && settings.data && (
        <EventDialog clientId={clientId} staff={staff.data.filter((s) => s.active)} timeZone={settings.data.timeZone} onClose={() => setAdding(false)} />
      )}
    </section>
  );
}
