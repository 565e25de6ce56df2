/**
 * The "Hospital & jail" screen (issue 10): who is in hospital or jail now (what the program
 * assistant checks before the meeting), the history, and the period's figures. Printable
 * and exportable as CSV.
 */
import { DateTime } from 'luxon';
import { useState } from 'react';
import {
  type CurrentStay,
  DISCHARGE_DESTINATION_LABELS,
  DISCHARGE_PLAN_STATE_LABELS,
  STAY_KINDS,
  STAY_KIND_LABELS,
  STAY_LOG_LABELS,
  type Stay,
  type StayKind,
  type StayRecord,
} from '../../../shared/stays';
import { addDays, formatDate, formatDayShort } from '../../../shared/time';
import { downloadCsv } from '../download-csv';
import { usePrivacy, useDisplayName } from '../privacy';
import { useClients } from '../queries';
import { useSession } from '../trust/session';
import { useCurrentStays, useStayFigures, useStayHistory, useStayName } from './queries';
import { AdmitDialog, CourtDateDialog, DischargeDialog, EditStayDialog, StaySettingsDialog, VisitDialog } from './StayDialogs';
import { StayFlags } from './StayFlags';
import './stays.css';

type View = 'current' | 'history' | 'figures';
type Open = { form: 'admit' | 'rules'; clientId?: number; kind?: StayKind } | { form: 'visit' | 'discharge' | 'court' | 'edit'; stay: Stay; clientName: string } | null;

/** Free texts hidden on this seat (a locked seat already gets placeholders from the host). */
const where = (s: Stay, hideNotes: boolean) => (hideNotes ? STAY_KIND_LABELS[s.kind] : [s.facility, s.unit].filter(Boolean).join(' · '));

export function StaysScreen() {
  const [view, setView] = useState<View>('current');
  const [open, setOpenNow] = useState<Open>(null);
  const { locked, askToUnlock } = useSession();
  const setOpen = (o: Open) => (locked && o ? askToUnlock() : setOpenNow(o));
  const current = useCurrentStays();
  const today = current.data?.today ?? DateTime.now().toISODate()!;
  return (
    <section className="screen stays-screen">
      <div className="screen-header">
        <h1>Hospital &amp; jail</h1>
        <div className="segmented no-print" role="group" aria-label="Hospital and jail views">
          {(['current', 'history', 'figures'] as const).map((v) => (
            <button key={v} type="button" className={`button${view === v ? ' button-primary' : ''}`} aria-pressed={view === v} onClick={() => setView(v)}>
              {v === 'current' ? 'Current' : v === 'history' ? 'History' : 'Figures'}
            </button>
          ))}
        </div>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print
        </button>
        {!locked && (
          <button type="button" className="button button-primary no-print" onClick={() => setOpen({ form: 'admit' })}>
            + Admit or book…
          </button>
        )}
      </div>
      {view === 'current' && <CurrentView onOpen={setOpen} locked={locked} />}
      {view === 'history' && <HistoryView today={today} />}
      {view === 'figures' && <FiguresView today={today} />}
      {open?.form === 'rules' && current.data && <StaySettingsDialog settings={current.data.settings} onClose={() => setOpenNow(null)} />}
      {open?.form === 'admit' && <AdmitDialog today={today} clientId={open.clientId} kind={open.kind} onClose={() => setOpenNow(null)} />}
      {open?.form === 'visit' && <VisitDialog stay={open.stay} clientName={open.clientName} today={today} onClose={() => setOpenNow(null)} />}
      {open?.form === 'discharge' && <DischargeDialog stay={open.stay} clientName={open.clientName} today={today} onClose={() => setOpenNow(null)} />}
      {open?.form === 'court' && <CourtDateDialog stay={open.stay} clientName={open.clientName} today={today} onClose={() => setOpenNow(null)} />}
      {open?.form === 'edit' && <EditStayDialog stay={open.stay} clientName={open.clientName} onClose={() => setOpenNow(null)} />}
    </section>
  );
}

function CurrentView({ onOpen, locked }: { onOpen: (o: Open) => void; locked: boolean }) {
  const current = useCurrentStays();
  const name = useStayName();
  const { hideNotes } = usePrivacy();
  if (!current.data) return <p className="empty">Loading…</p>;
  const { stays, followUps, settings, unlogged } = current.data;
  const exportCsv = () =>
    downloadCsv(
      'stays-current',
      ['Client', 'Log', 'Kind', 'Where', 'Admitted', 'Days in', 'Last visit', 'Next visit', 'Flags'],
      stays.map((c) => [name(c.stay.clientId, c.clientName), STAY_LOG_LABELS[c.stay.log], STAY_KIND_LABELS[c.stay.kind], where(c.stay, hideNotes), c.stay.admittedOn, String(c.daysIn), c.lastVisit ?? '', c.nextVisit, c.flags.map((f) => f.message).join(' ')]),
    );
  return (
    <>
      <div className="stays-toolbar no-print">
        <p className="field-hint">
          A visit is due every {settings.visitGapDays === 1 ? 'day' : `${settings.visitGapDays} days`}; a follow-up within {settings.followUpDays} days of a discharge.
        </p>
        {!locked && (
          <button type="button" className="button" onClick={() => onOpen({ form: 'rules' })}>
            Rules…
          </button>
        )}
        <button type="button" className="button" onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <table className="table stays-table" aria-label="In hospital or jail now">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Where</th>
            <th scope="col">Days in</th>
            <th scope="col">Last visit</th>
            <th scope="col">Next visit</th>
            <th scope="col">Flags</th>
            {!locked && <th scope="col" className="no-print"><span className="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {stays.length === 0 && (
            <tr>
              <td colSpan={7} className="empty">Nobody is in hospital or jail.</td>
            </tr>
          )}
          {stays.map((c) => (
            <CurrentRow key={c.stay.id} c={c} clientName={name(c.stay.clientId, c.clientName)} hideNotes={hideNotes} locked={locked} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
      {unlogged.length > 0 && (
        <section className="stays-unlogged" aria-labelledby="unlogged-title">
          <h2 id="unlogged-title" className="stays-subtitle">
            Status says hospital or jail, but no stay is logged
          </h2>
          <ul>
            {unlogged.map((u) => (
              <li key={u.clientId}>
                <strong>{name(u.clientId, u.clientName)}</strong> ({u.status === 'hospitalized' ? 'hospitalized' : 'incarcerated'})
                {!locked && (
                  <button
                    type="button"
                    className="button button-small no-print"
                    onClick={() => onOpen({ form: 'admit', clientId: u.clientId, kind: u.status === 'incarcerated' ? 'jail' : 'psychiatric' })}
                  >
                    Log the stay
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {followUps.length > 0 && (
        <>
          <h2 className="stays-subtitle">Follow-ups after discharge or release</h2>
          <table className="table stays-table" aria-label="Follow-ups after discharge">
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Left on</th>
                <th scope="col">Due by</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {followUps.map((f) => (
                <tr key={f.stayId}>
                  <td className="strong">{name(f.clientId, f.clientName)}</td>
                  <td className="nowrap">{f.dischargedOn}</td>
                  <td className="nowrap">{f.followUpDue}</td>
                  <td>{f.flag ? <span className="stay-flag stay-flag-follow_up_overdue">Overdue</span> : 'Not yet seen'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

function CurrentRow({ c, clientName, hideNotes, locked, onOpen }: { c: CurrentStay; clientName: string; hideNotes: boolean; locked: boolean; onOpen: (o: Open) => void }) {
  const s = c.stay;
  const jail = s.log === 'jail';
  return (
    <tr data-stay-id={s.id}>
      <td className="strong">
        {clientName}
        <div className="stay-kind">{STAY_KIND_LABELS[s.kind]}</div>
      </td>
      <td>
        {where(s, hideNotes)}
        {!hideNotes && s.dischargePlanState !== 'not_started' && (
          <div className="stay-kind">
            {jail ? 'Release' : 'Discharge'} plan: {DISCHARGE_PLAN_STATE_LABELS[s.dischargePlanState].toLowerCase()}
          </div>
        )}
      </td>
      <td className="stay-days">{c.daysIn}</td>
      <td className="nowrap">{c.lastVisit ? formatDayShort(c.lastVisit) : 'None yet'}</td>
      <td className="nowrap">{formatDayShort(c.nextVisit)}</td>
      <td>
        <StayFlags flags={c.flags} />
      </td>
      {!locked && (
        <td className="no-print">
          <div className="stay-actions">
            <button type="button" className="button button-small" onClick={() => onOpen({ form: 'visit', stay: s, clientName })}>
              Log visit
            </button>
            <button type="button" className="button button-small" onClick={() => onOpen({ form: 'edit', stay: s, clientName })}>
              Edit
            </button>
            {jail && (
              <button type="button" className="button button-small" onClick={() => onOpen({ form: 'court', stay: s, clientName })}>
                Court date
              </button>
            )}
            <button type="button" className="button button-small" onClick={() => onOpen({ form: 'discharge', stay: s, clientName })}>
              {jail ? 'Release' : 'Discharge'}
            </button>
          </div>
        </td>
      )}
    </tr>
  );
}

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

/** The history's admitted and discharged columns: ISO in the CSV, read as dates on screen. */
const DATE_CELLS = new Set([3, 4]);

function HistoryView({ today }: { today: string }) {
  const clients = useClients();
  const displayName = useDisplayName();
  const name = useStayName();
  const { hideNotes } = usePrivacy();
  const [clientId, setClientId] = useState<number | ''>('');
  const [kind, setKind] = useState<StayKind | ''>('');
  const [from, setFrom] = useState(addDays(today, -365));
  const [to, setTo] = useState(today);
  const history = useStayHistory({ ...(clientId ? { clientId } : {}), ...(kind ? { kind } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) });
  const rows = history.data ?? [];
  const cells = (r: StayRecord) => [
    name(r.stay.clientId, r.clientName),
    STAY_KIND_LABELS[r.stay.kind],
    where(r.stay, hideNotes),
    r.stay.admittedOn,
    r.stay.dischargedOn ?? '',
    String(r.daysIn),
    r.stay.dischargedTo ? DISCHARGE_DESTINATION_LABELS[r.stay.dischargedTo] : '',
    yesNo(r.stay.teamInAdmission),
    r.stay.dischargedOn ? yesNo(r.stay.teamInDischarge) : '',
    String(r.visits),
  ];
  const header = ['Client', 'Kind', 'Where', 'Admitted', 'Left', 'Days', 'To', 'Team in admission', 'Team in discharge', 'Visits'];
  return (
    <>
      <div className="stays-toolbar no-print">
        <label className="field">
          <span className="field-label">Client</span>
          <select value={clientId} onChange={(e) => setClientId(e.target.value ? Number(e.target.value) : '')}>
            <option value="">Everyone</option>
            {(clients.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {displayName(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as StayKind | '')}>
            <option value="">Every kind</option>
            {STAY_KINDS.map((k) => (
              <option key={k} value={k}>
                {STAY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">From</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">To</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" className="button" onClick={() => downloadCsv('stays-history', header, rows.map(cells))}>
          Export CSV
        </button>
      </div>
      <p className="print-only">
        Stays from {from || 'the start'} to {to || today}
      </p>
      <table className="table stays-table" aria-label="Stay history">
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={header.length} className="empty">No stays in that period.</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={r.stay.id}>
              {cells(r).map((cell, i) => (
                <td key={i} className={i === 0 ? 'strong' : DATE_CELLS.has(i) ? 'nowrap' : undefined}>
                  {DATE_CELLS.has(i) && cell ? formatDate(cell) : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function FiguresView({ today }: { today: string }) {
  const [from, setFrom] = useState(addDays(today, -365));
  const [to, setTo] = useState(today);
  const figures = useStayFigures(from, to, from !== '' && to !== '' && from <= to);
  const f = figures.data;
  const share = f?.os11Share === null || f?.os11Share === undefined ? '—' : `${Math.round(f.os11Share * 100)}%`;
  return (
    <>
      <div className="stays-toolbar no-print">
        <label className="field">
          <span className="field-label">From</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">To</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      {from > to && <p className="form-error">The period ends before it begins.</p>}
      {f && (
        <dl className="stay-figures" aria-label="Figures for the period">
          <Figure label="Hospital admissions" value={f.admissions} />
          <Figure label="Hospital discharges" value={f.discharges} />
          <Figure
            label="Team took part (psychiatric admissions and discharges)"
            value={share}
            note={f.os11Rating === null ? 'Nothing to rate' : `${f.os11Involved} of ${f.os11Events} · TMACT OS11 rating ${f.os11Rating} of 5`}
          />
          <Figure label="Average length of stay" value={f.averageLengthOfStay === null ? '—' : `${f.averageLengthOfStay} days`} />
          <Figure label="Readmissions within 30 days" value={f.readmissions30} />
          <Figure label="Emergency department visits" value={f.emergencyVisits} />
          <Figure label="Jail bookings" value={f.jailBookings} />
          <Figure label="Jail releases" value={f.jailReleases} />
        </dl>
      )}
      <p className="field-hint">
        OS11 anchors: under 15% → 1, 15–44% → 2, 45–69% → 3, 70–89% → 4, 90% or more → 5 (TMACT, involvement in psychiatric hospitalization decisions).
      </p>
    </>
  );
}

function Figure({ label, value, note }: { label: string; value: string | number; note?: string }) {
  return (
    <div className="stay-figure">
      <dt>{label}</dt>
      <dd>
        <strong>{value}</strong>
        {note && <span>{note}</span>}
      </dd>
    </div>
  );
}
