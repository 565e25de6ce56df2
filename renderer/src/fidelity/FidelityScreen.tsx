/**
 * Live fidelity figures (issue 15): a card per TMACT item the board's records can rate, with
 * its figure, rating, anchor, state target and 12-month trend; a click lists the records
 * behind it. The per-client table shows who is seen least. Exports CSV; prints.
 */
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { Suspense, lazy, useMemo, useState } from 'react';
import type { Client, LocalDate } from '../../../shared/domain';
import type { FidelityItemReport, FidelityReport, FidelityTrend } from '../../../shared/fidelity/report';
import type { FidelityItemId } from '../../../shared/fidelity/result';
import { STATE_PROFILE_LABEL } from '../../../shared/state-profile';
import { addDays } from '../../../shared/time';
import { call } from '../api';
import { downloadCsv } from '../download-csv';
import { ClientSchedule } from '../planning/ClientSchedule';
import { useTeamToday } from '../planning/controls';
import { useDisplayName } from '../privacy';
import { useClients } from '../queries';
import { ClientWeeks } from './ClientWeeks';
import { ItemRecordsPanel } from './ItemRecordsPanel';
import { type Period, ratingText, showDay } from './format';
import './fidelity.css';

const TrendChart = lazy(() => import('./TrendChart'));

/** TMACT looks at the last 4 weeks. */
const lastFourWeeks = (today: LocalDate): Period => ({ from: addDays(today, -27), to: today });

const SUBSCALES = ['Operations and structure', 'Core team', 'Specialist team', 'Core practices'] as const;

export function FidelityScreen({ onOpenBoard }: { onOpenBoard: () => void }) {
  const today = useTeamToday();
  return today ? <Fidelity today={today} onOpenBoard={onOpenBoard} /> : <p className="empty">Loading…</p>;
}

function Fidelity({ today, onOpenBoard }: { today: LocalDate; onOpenBoard: () => void }) {
  const [period, setPeriod] = useState<Period>(() => lastFourWeeks(today));
  const [item, setItem] = useState<FidelityItemId | null>(null);
  const [clientId, setClientId] = useState<number | null>(null);
  const [scheduleOf, setScheduleOf] = useState<Client | null>(null);
  const report = useQuery({ queryKey: ['fidelity', 'get', period.from, period.to], queryFn: () => call('fidelity.get', period), placeholderData: (prev) => prev });
  const trend = useQuery({ queryKey: ['fidelity', 'trend', period.to], queryFn: () => call('fidelity.trend', { to: period.to }) });
  const clients = useClients();
  const byId = useMemo(() => new Map((clients.data ?? []).map((c) => [c.id, c])), [clients.data]);
  const openSchedule = (id: number) => setScheduleOf(byId.get(id) ?? null);

  if (scheduleOf) return <ClientSchedule client={scheduleOf} onBack={() => setScheduleOf(null)} />;
  const selected = report.data?.items.find((i) => i.id === item) ?? null;
  return (
    <section className="screen fidelity-screen" aria-label="Fidelity">
      <div className="screen-header">
        <h1>Fidelity (TMACT)</h1>
        {/* Keyed by the period: a preset resets the typed dates. */}
        <PeriodPicker key={`${period.from}/${period.to}`} period={period} today={today} onChange={setPeriod} />
        <button type="button" className="button no-print" disabled={!report.data} onClick={() => report.data && exportFigures(report.data, trend.data)}>
          Export figures (CSV)
        </button>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {report.isError && <p className="screen-error" role="alert">The figures could not be computed: {report.error.message}</p>}
      {report.data && (
        <p className="fidelity-period">
          {showDay(report.data.from)} – {showDay(report.data.to)} · {report.data.caseload} clients on the team · Targets: {STATE_PROFILE_LABEL[report.data.stateProfile]}
        </p>
      )}
      {clientId !== null && <ClientWeeks clientId={clientId} to={period.to} onClose={() => setClientId(null)} onSchedule={openSchedule} />}
      {selected && <ItemRecordsPanel item={selected} period={period} onClose={() => setItem(null)} onClientWeeks={setClientId} onSchedule={openSchedule} onOpenBoard={onOpenBoard} />}
      {report.data &&
        SUBSCALES.map((subscale) => (
          <section key={subscale} className="fidelity-subscale" aria-label={subscale}>
            <h2>{subscale}</h2>
            <div className="fidelity-cards">
              {report.data.items
                .filter((i) => i.subscale === subscale)
                .map((i) => (
                  <ItemCard key={i.id} item={i} trend={trend.data} selected={i.id === item} onOpen={() => setItem(i.id === item ? null : i.id)} />
                ))}
            </div>
          </section>
        ))}
      <ClientTable period={period} onClientWeeks={setClientId} />
      <p className="fidelity-note">
        The board rates the items its own records count. A reviewer judges the rest of the TMACT (team leader, program assistance, the daily meeting’s quality, the specialists’ services,
        person-centered planning, evidence-based practices); items marked “at most” have functions only a reviewer can see.
      </p>
    </section>
  );
}

function PeriodPicker({ period, today, onChange }: { period: Period; today: LocalDate; onChange: (p: Period) => void }) {
  const presets: [string, Period][] = [
    ['Last 4 weeks', lastFourWeeks(today)],
    ['Last 12 weeks', { from: addDays(today, -83), to: today }],
    ['Last 12 months', { from: addDays(DateTime.fromISO(today).minus({ years: 1 }).toISODate() as LocalDate, 1), to: today }],
  ];
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const problem = !from || !to ? 'Choose both dates.' : to < from ? 'The period ends before it begins.' : null;
  return (
    <form
      className="fidelity-period-picker no-print"
      aria-label="Period"
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) onChange({ from, to });
      }}
    >
      <select aria-label="Period preset" value={presets.find(([, p]) => p.from === period.from && p.to === period.to)?.[0] ?? ''} onChange={(e) => onChange(presets.find(([l]) => l === e.target.value)![1])}>
        {presets.map(([label]) => (
          <option key={label}>{label}</option>
        ))}
        <option value="" disabled>
          Chosen dates
        </option>
      </select>
      <label>
        From <input type="date" value={from} max={today} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        To <input type="date" value={to} max={today} onChange={(e) => setTo(e.target.value)} />
      </label>
      <button type="submit" className="button button-small" disabled={problem !== null || (from === period.from && to === period.to)}>
        Show
      </button>
      {problem && <span className="form-error">{problem}</span>}
    </form>
  );
}

function ItemCard({ item, trend, selected, onOpen }: { item: FidelityItemReport; trend: FidelityTrend | undefined; selected: boolean; onOpen: () => void }) {
  const points = trend?.items[item.id];
  return (
    <article className={`fidelity-card${selected ? ' fidelity-card-selected' : ''}`} data-item={item.id} aria-label={`${item.id} ${item.name}`}>
      <div className="fidelity-card-head">
        <button type="button" className="fidelity-card-open" onClick={onOpen} aria-expanded={selected} title="Show the records behind this figure">
          <span className="fidelity-card-id">{item.id}</span>
          <span className="fidelity-card-name">{item.name}</span>
        </button>
        <span className={`fidelity-rating fidelity-rating-${item.rating ?? 'none'}`} data-rating={item.rating ?? ''}>
          {ratingText(item)}
        </span>
      </div>
      <strong className="fidelity-figure">{item.figureText}</strong>
      <p className="fidelity-anchor">{item.anchor}</p>
      {item.basis && <p className="fidelity-basis">{item.basis}</p>}
      {item.target && (
        <p className={`fidelity-target ${item.target.met ? 'fidelity-target-met' : 'fidelity-target-short'}`} title={item.target.source}>
          {item.target.met ? '✓' : '✗'} State target: {item.target.text}
        </p>
      )}
      <div className="fidelity-trend" aria-label={`${item.id} rating by month`}>
        {points ? (
          <Suspense fallback={<div className="fidelity-trend-wait" />}>
            <TrendChart data={points.map((p) => ({ label: p.month, value: p.rating }))} domain={[1, 5]} />
          </Suspense>
        ) : (
          <div className="fidelity-trend-wait">Trend loading…</div>
        )}
      </div>
    </article>
  );
}

/** Each client's face-to-face service in the period, least seen first. */
function ClientTable({ period, onClientWeeks }: { period: Period; onClientWeeks: (id: number) => void }) {
  const table = useQuery({ queryKey: ['fidelity', 'clients', period.from, period.to], queryFn: () => call('fidelity.clients', period), placeholderData: (prev) => prev });
  const clients = useClients();
  const displayName = useDisplayName();
  const byId = new Map((clients.data ?? []).map((c) => [c.id, c]));
  const rows = (table.data?.rows ?? []).map((r) => ({ ...r, shownName: byId.has(r.clientId) ? displayName(byId.get(r.clientId)) : r.client }));
  const exportTable = () =>
    downloadCsv(
      `fidelity-clients-${period.from}-${period.to}`,
      ['Client', 'Face-to-face contacts a week', 'Minutes a week', 'Distinct staff', 'Community share (%)', 'Family or natural-support contacts', 'Last face to face'],
      rows.map((r) => [r.shownName, r.contactsPerWeek.toFixed(1), String(Math.round(r.minutesPerWeek)), String(r.distinctStaff), r.communityShare === null ? '' : String(Math.round(r.communityShare)), String(r.familyContacts), r.lastFaceToFace ?? '']),
    );
  return (
    <section className="fidelity-clients" aria-label="Clients in the period">
      <div className="fidelity-section-header">
        <h2>Clients in the period</h2>
        <button type="button" className="button button-small no-print" disabled={!table.data} onClick={exportTable}>
          Export client table (CSV)
        </button>
      </div>
      {table.isError && <p className="screen-error">{table.error.message}</p>}
      <table className="table fidelity-table">
        <thead>
          <tr>
            <th>Client</th>
            <th>Contacts a week</th>
            <th>Minutes a week</th>
            <th>Distinct staff</th>
            <th>In the community</th>
            <th>Family contacts</th>
            <th>Last face to face</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.clientId}>
              <td>
                <button type="button" className="link-button" onClick={() => onClientWeeks(r.clientId)} title="Show this client's weeks">
                  {r.shownName}
                </button>
              </td>
              <td className={r.contactsPerWeek < 3 ? 'fidelity-short' : undefined}>{r.contactsPerWeek.toFixed(1)}</td>
              <td className={r.minutesPerWeek < 120 ? 'fidelity-short' : undefined}>{Math.round(r.minutesPerWeek)}</td>
              <td className={r.distinctStaff < 3 ? 'fidelity-short' : undefined}>{r.distinctStaff}</td>
              <td>{r.communityShare === null ? '—' : `${Math.round(r.communityShare)}%`}</td>
              <td>{r.familyContacts}</td>
              <td>{r.lastFaceToFace ? showDay(r.lastFaceToFace) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function exportFigures(report: FidelityReport, trend: FidelityTrend | undefined): void {
  const months = trend?.months.map((m) => m.month) ?? [];
  downloadCsv(
    `fidelity-${report.from}-${report.to}`,
    ['Item', 'Name', 'Figure', 'Rating', 'Rating is a ceiling', 'Anchor', 'Counted', 'State target', 'Target met', ...months.map((m) => `Rating ${m}`)],
    report.items.map((i) => [
      i.id,
      i.name,
      i.figureText,
      i.rating === null ? '' : String(i.rating),
      i.ceiling ? 'yes' : 'no',
      i.anchor,
      i.basis,
      i.target?.text ?? '',
      i.target ? (i.target.met ? 'yes' : 'no') : '',
      ...(trend?.items[i.id].map((p) => (p.rating === null ? '' : String(p.rating))) ?? []),
    ]),
  );
}
