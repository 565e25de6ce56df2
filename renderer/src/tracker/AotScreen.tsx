/**
 * AOT management (issue 14, NY 5.9.2.ix): clients under an assisted outpatient treatment
 * order, orders expiring within 30 days and reports due within 7 days. Printable.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AOT_EXPIRY_NOTICE_DAYS, AOT_REPORT_NOTICE_DAYS, type AotRow } from '../../../shared/aot';
import type { LocalDate } from '../../../shared/domain';
import { formatDate } from '../../../shared/time';
import { call } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import { usePrivacy } from '../privacy';
import { useClients } from '../queries';
import { useStayName } from '../stays/queries';
import { useSession } from '../trust/session';
import './tracker.css';

const useAot = () => useQuery({ queryKey: ['clinical', 'aot'], queryFn: () => call('aot.list', {}) });

type Editing = { row: AotRow | null };

export function AotScreen() {
  const aot = useAot();
  const name = useStayName();
  const { locked } = useSession();
  const { hideNotes } = usePrivacy();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [reporting, setReporting] = useState<AotRow | null>(null);
  if (aot.isError) return <p className="screen-error">{aot.error.message}</p>;
  if (!aot.data) return <p className="empty">Loading…</p>;
  const { orders, today } = aot.data;
  const text = (t: string) => (hideNotes && t ? 'Hidden on this screen' : t || '—');
  const expiring = orders.filter((o) => o.expiringSoon || o.expired);
  const reports = orders.filter((o) => o.reportDueSoon);
  return (
    <section className="screen aot-screen">
      <div className="screen-header">
        <h1>AOT orders</h1>
        {!locked && (
          <button type="button" className="button no-print" onClick={() => setEditing({ row: null })}>
            + Add an order
          </button>
        )}
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <div className="aot-lists">
        <section aria-labelledby="aot-expiring">
          <h2 id="aot-expiring" className="tracker-subtitle">
            Expiring within {AOT_EXPIRY_NOTICE_DAYS} days ({expiring.length})
          </h2>
          {expiring.length === 0 ? (
            <p className="empty">No order expires within {AOT_EXPIRY_NOTICE_DAYS} days.</p>
          ) : (
            <ul className="aot-list" aria-label="Orders expiring">
              {expiring.map((o) => (
                <li key={o.clientId} data-client-id={o.clientId} className={o.expired ? 'tracker-short' : undefined}>
                  <strong>{name(o.clientId, o.clientName)}</strong> {o.expired ? `expired ${formatDate(o.expiresOn)}` : `expires ${formatDate(o.expiresOn)} (in ${o.daysToExpiry} days)`}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="aot-reports">
          <h2 id="aot-reports" className="tracker-subtitle">
            Reports due within {AOT_REPORT_NOTICE_DAYS} days ({reports.length})
          </h2>
          {reports.length === 0 ? (
            <p className="empty">No report is due within {AOT_REPORT_NOTICE_DAYS} days.</p>
          ) : (
            <ul className="aot-list" aria-label="Reports due">
              {reports.map((o) => (
                <li key={o.clientId} data-client-id={o.clientId} className={o.reportOverdue ? 'tracker-short' : undefined}>
                  <strong>{name(o.clientId, o.clientName)}</strong> report {o.reportOverdue ? `overdue since ${formatDate(o.nextReportDue)}` : `due ${formatDate(o.nextReportDue)}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <h2 className="tracker-subtitle">Every order</h2>
      {orders.length === 0 ? (
        <p className="empty">No client is under an AOT order.</p>
      ) : (
        <table className="table tracker-table" aria-label="AOT orders">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Order</th>
              <th scope="col">Reporting duty</th>
              <th scope="col">Last report</th>
              <th scope="col">Next report due</th>
              <th scope="col">County contact</th>
              {!locked && (
                <th scope="col" className="no-print">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.clientId} data-client-id={o.clientId}>
                <th scope="row">{name(o.clientId, o.clientName)}</th>
                <td className={o.expired || o.expiringSoon ? 'tracker-short' : undefined} data-cell="order">
                  {formatDate(o.startsOn)} – {formatDate(o.expiresOn)}
                  {o.expired && ' (expired)'}
                </td>
                <td>
                  {text(o.reportingDuty)} <span className="field-hint">every {o.reportEveryDays} days</span>
                </td>
                <td>{o.lastReportOn ? formatDate(o.lastReportOn) : '—'}</td>
                <td className={o.reportOverdue ? 'tracker-short' : undefined} data-cell="next-report">
                  {formatDate(o.nextReportDue)}
                </td>
                <td>{text(o.countyContact)}</td>
                {!locked && (
                  <td className="no-print aot-actions">
                    <button type="button" className="button" onClick={() => setReporting(o)}>
                      Report sent
                    </button>
                    <button type="button" className="button" onClick={() => setEditing({ row: o })}>
                      Edit
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <OrderDialog row={editing.row} taken={new Set(orders.map((o) => o.clientId))} onClose={() => setEditing(null)} />}
      {reporting && <ReportDialog row={reporting} today={today} name={name(reporting.clientId, reporting.clientName)} onClose={() => setReporting(null)} />}
    </section>
  );
}

function useRefreshAot() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['clinical'] });
}

function OrderDialog({ row, taken, onClose }: { row: AotRow | null; taken: Set<number>; onClose: () => void }) {
  const clients = useClients();
  const name = useStayName();
  const refresh = useRefreshAot();
  const [clientId, setClientId] = useState(row ? String(row.clientId) : '');
  const [startsOn, setStartsOn] = useState<LocalDate>(row?.startsOn ?? '');
  const [expiresOn, setExpiresOn] = useState<LocalDate>(row?.expiresOn ?? '');
  const [duty, setDuty] = useState(row?.reportingDuty ?? '');
  const [every, setEvery] = useState(String(row?.reportEveryDays ?? 30));
  const [contact, setContact] = useState(row?.countyContact ?? '');
  const { busy, error, setError, run } = useSaving(onClose);
  const choices = (clients.data ?? []).filter((c) => c.status !== 'discharged' && (!taken.has(c.id) || c.id === row?.clientId));
  const save = () => {
    if (!clientId) return setError('Choose the client the order is for.');
    void run(() =>
      call('aot.save', {
        clientId: Number(clientId),
        version: row?.version ?? null,
        startsOn,
        expiresOn,
        reportingDuty: duty,
        reportEveryDays: Number(every),
        countyContact: contact,
      }).then(refresh),
    );
  };
  const end = () => row && void run(() => call('aot.end', { clientId: row.clientId, version: row.version }).then(refresh));
  return (
    <FormDialog
      title={row ? `AOT order of ${name(row.clientId, row.clientName)}` : 'A new AOT order'}
      onClose={onClose}
      onSubmit={save}
      submitLabel="Save"
      busy={busy}
      error={error}
      wide
      extraActions={
        row && (
          <button type="button" className="button button-danger" onClick={end} disabled={busy}>
            End the order
          </button>
        )
      }
    >
      <div className="form-grid">
        <Field label="Client">
          <select value={clientId} onChange={(e) => setClientId(e.target.value)} disabled={row !== null} data-autofocus>
            <option value="">Choose…</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {name(c.id, c.preferredName)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Order starts">
          <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </Field>
        <Field label="Order expires">
          <input type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
        </Field>
        <Field label="Report every (days)">
          <input type="number" min={1} max={366} value={every} onChange={(e) => setEvery(e.target.value)} />
        </Field>
      </div>
      <Field label="Reporting duty" hint="What the team reports to the county program">
        <textarea rows={2} value={duty} maxLength={500} onChange={(e) => setDuty(e.target.value)} />
      </Field>
      <Field label="Contact at the county program">
        <input value={contact} maxLength={200} onChange={(e) => setContact(e.target.value)} />
      </Field>
    </FormDialog>
  );
}

function ReportDialog({ row, today, name, onClose }: { row: AotRow; today: LocalDate; name: string; onClose: () => void }) {
  const [day, setDay] = useState<LocalDate>(today);
  const refresh = useRefreshAot();
  const { busy, error, run } = useSaving(onClose);
  return (
    <FormDialog
      title={`Report sent for ${name}`}
      onClose={onClose}
      onSubmit={() => void run(() => call('aot.reportSent', { clientId: row.clientId, version: row.version, day }).then(refresh))}
      submitLabel="Save"
      busy={busy}
      error={error}
    >
      <Field label="Sent on" hint={`The next report is due ${row.reportEveryDays} days later`}>
        <input type="date" value={day} max={today} onChange={(e) => setDay(e.target.value)} data-autofocus />
      </Field>
    </FormDialog>
  );
}
