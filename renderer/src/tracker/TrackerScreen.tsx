/**
 * The monthly contact tracker (issue 14, NY 5.9.2.v): every client's month against the
 * targets, and one client's month contact by contact. Printable and exportable as CSV.
 */
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { CONTACT_STATUS_LABELS, INTERVENTION_LABELS, LOCATION_LABELS, contactKindLabel } from '../../../shared/domain';
import { type ClientMonth, type Month, type TrackerEntry, monthOf } from '../../../shared/tracker';
import { todayIn } from '../../../shared/time';
import { call } from '../api';
import { showClock } from '../clock';
import { Field } from '../components/Dialog';
import { downloadCsv } from '../download-csv';
import { usePrivacy } from '../privacy';
import { useSettings } from '../queries';
import { useStayName } from '../stays/queries';
import { FIGURE_LABELS, type Figure, MONTH_HEADER, monthRow, trackerFigures } from './tracker-figures';
import './tracker.css';

const useTrackerMonth = (month: Month) =>
  useQuery({ queryKey: ['tracker', 'month', month], queryFn: () => call('tracker.month', { month }), placeholderData: (p) => p });
const useClientTracker = (clientId: number, month: Month) =>
  useQuery({ queryKey: ['tracker', 'client', clientId, month], queryFn: () => call('tracker.client', { clientId, month }) });

/** A client's name as this seat shows it. */
function useTrackerName(): (c: ClientMonth) => string {
  const name = useStayName();
  return (c) => name(c.clientId, c.clientName);
}

export function TrackerScreen() {
  const settings = useSettings();
  const [month, setMonth] = useState<Month>(() => monthOf(settings.data ? todayIn(settings.data.timeZone) : DateTime.now().toISODate()!));
  const [clientId, setClientId] = useState<number | null>(null);
  return (
    <section className="screen tracker-screen">
      <div className="screen-header">
        <h1>Contact tracker</h1>
        <div className="tracker-month no-print">
          <Field label="Month">
            <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} required />
          </Field>
        </div>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {clientId === null ? <MonthView month={month} onOpen={setClientId} /> : <ClientView clientId={clientId} month={month} onBack={() => setClientId(null)} />}
    </section>
  );
}

function MonthView({ month, onOpen }: { month: Month; onOpen: (clientId: number) => void }) {
  const tracker = useTrackerMonth(month);
  const name = useTrackerName();
  if (tracker.isError) return <p className="screen-error">{String(tracker.error.message)}</p>;
  if (!tracker.data) return <p className="empty">Loading…</p>;
  const clients = tracker.data.clients;
  return (
    <>
      <div className="tracker-toolbar no-print">
        <p className="field-hint">Done and attempted contacts of {month}; open a client for each contact.</p>
        <button type="button" className="button" onClick={() => downloadCsv(`contacts-${month}`, MONTH_HEADER, clients.map((c) => monthRow(name(c), c)))}>
          Export CSV
        </button>
      </div>
      <table className="table tracker-table" aria-label={`Contacts in ${month}`}>
        <thead>
          <tr>
            <th scope="col">Client</th>
            {FIGURE_LABELS.map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {clients.map((c) => (
            <tr key={c.clientId} data-client-id={c.clientId}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(c.clientId)}>
                  {name(c)}
                </button>
              </th>
              {trackerFigures(c.totals).map((f) => (
                <td key={f.label} className={f.short ? 'tracker-short' : undefined} data-figure={f.label}>
                  {f.value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {clients.length === 0 && <p className="empty">No clients.</p>}
    </>
  );
}

const ENTRY_HEADER = ['Date', 'Time', 'Outcome', 'Kind', 'Place', 'Minutes', 'Who', 'Intervention', 'Description', 'Plan for the next contact'];

function ClientView({ clientId, month, onBack }: { clientId: number; month: Month; onBack: () => void }) {
  const tracker = useClientTracker(clientId, month);
  const name = useTrackerName();
  const { hideNotes } = usePrivacy();
  if (tracker.isError) return <p className="screen-error">{String(tracker.error.message)}</p>;
  if (!tracker.data) return <p className="empty">Loading…</p>;
  const { entries, totals } = tracker.data;
  const shownName = name(tracker.data);
  const text = (t: string) => (hideNotes && t ? 'Hidden on this screen' : t);
  const cells = (e: TrackerEntry): string[] => [
    e.day,
    `${showClock(e.startMinute)}–${showClock(e.endMinute)}`,
    CONTACT_STATUS_LABELS[e.status],
    contactKindLabel(e.kind, e.collateralWith),
    LOCATION_LABELS[e.location],
    String(e.endMinute - e.startMinute),
    e.staffName ?? 'Unassigned',
    INTERVENTION_LABELS[e.intervention],
    text(e.note),
    text(e.nextPlan),
  ];
  return (
    <>
      <div className="tracker-toolbar no-print">
        <button type="button" className="button" onClick={onBack}>
          ← All clients
        </button>
        <button type="button" className="button" onClick={() => downloadCsv(`contacts-${month}-${shownName}`, ENTRY_HEADER, entries.map(cells))}>
          Export CSV
        </button>
      </div>
      <h2 className="tracker-subtitle">
        {shownName}, {month}
      </h2>
      <dl className="tracker-figures" aria-label="Totals">
        {trackerFigures(totals).map((f: Figure) => (
          <div key={f.label} className={`tracker-figure${f.short ? ' tracker-short' : ''}`} data-figure={f.label}>
            <dt>{f.label}</dt>
            <dd>
              <strong>{f.value}</strong>
              <span>Target: {f.target}</span>
            </dd>
          </div>
        ))}
      </dl>
      <table className="table tracker-table" aria-label={`Contacts of ${shownName}`}>
        <thead>
          <tr>
            {ENTRY_HEADER.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.contactId} className={`tracker-${e.status}`}>
              {cells(e).map((c, i) => (
                <td key={ENTRY_HEADER[i]}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p className="empty">No done or attempted contacts in {month}.</p>}
    </>
  );
}
