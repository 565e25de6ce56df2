/**
 * The MD board and the injection schedule (issue 14, NY 5.9.2.ix): who is due for a
 * psychiatric visit or an injection, from the last done one. Printable.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type ClinicalSettings, type InjectionRow, type InjectionState, type MdBoardRow, PSYCH_WEEKS_MAX, PSYCH_WEEKS_MIN, describeInterval } from '../../../shared/clinical';
import { call, errorMessage } from '../api';
import { Field, FormError } from '../components/Dialog';
import { usePrivacy } from '../privacy';
import { useStayName } from '../stays/queries';
import { useSession } from '../trust/session';
import './tracker.css';

const useMdBoard = () => useQuery({ queryKey: ['clinical', 'md'], queryFn: () => call('clinical.mdBoard', {}) });
const useInjections = () => useQuery({ queryKey: ['clinical', 'injections'], queryFn: () => call('clinical.injections', {}) });

const INJECTION_STATE_LABELS: Record<InjectionState, string> = {
  not_given: 'None given yet',
  later: 'Not yet due',
  due: 'Due now',
  overdue: 'Overdue',
};

export function ClinicalScreen() {
  const md = useMdBoard();
  const injections = useInjections();
  const { locked } = useSession();
  return (
    <section className="screen clinical-screen">
      <div className="screen-header">
        <h1>MD board &amp; injections</h1>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {md.data && !locked && <SettingsForm key={md.data.settings.version} settings={md.data.settings} />}
      <h2 className="tracker-subtitle">Psychiatric visits</h2>
      {md.isError && <p className="screen-error">{md.error.message}</p>}
      {md.data && <MdTable rows={md.data.rows} weeks={md.data.settings.psychVisitWeeks} editable={!locked} />}
      <h2 className="tracker-subtitle">Injections</h2>
      {injections.isError && <p className="screen-error">{injections.error.message}</p>}
      {injections.data && <InjectionTable rows={injections.data.rows} windowDays={injections.data.settings.injectionWindowDays} />}
    </section>
  );
}

function SettingsForm({ settings }: { settings: ClinicalSettings }) {
  const [weeks, setWeeks] = useState(String(settings.psychVisitWeeks));
  const [windowDays, setWindowDays] = useState(String(settings.injectionWindowDays));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await call('clinical.updateSettings', { version: settings.version, psychVisitWeeks: Number(weeks), injectionWindowDays: Number(windowDays) });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form
      className="tracker-toolbar no-print"
      aria-label="MD board settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label="Psychiatric visit every (weeks)">
        <input type="number" min={PSYCH_WEEKS_MIN} max={PSYCH_WEEKS_MAX} value={weeks} onChange={(e) => setWeeks(e.target.value)} />
      </Field>
      <Field label="Injection window (± days)">
        <input type="number" min={0} max={14} value={windowDays} onChange={(e) => setWindowDays(e.target.value)} />
      </Field>
      <button type="submit" className="button">
        Save
      </button>
      <FormError error={error} />
    </form>
  );
}

const WEEK_CHOICES = Array.from({ length: PSYCH_WEEKS_MAX - PSYCH_WEEKS_MIN + 1 }, (_, i) => PSYCH_WEEKS_MIN + i);
const everyWeeks = (n: number) => (n === 1 ? 'every week' : `every ${n} weeks`);

/** A client's psychiatric visit interval: their own, or the team's (the empty choice). */
function IntervalSelect({ row, teamWeeks, onError }: { row: MdBoardRow; teamWeeks: number; onError: (message: string | null) => void }) {
  const queryClient = useQueryClient();
  const change = async (value: string) => {
    onError(null);
    try {
      await call('clinical.setClientInterval', { clientId: row.clientId, version: row.clientVersion, psychVisitWeeks: value === '' ? null : Number(value) });
    } catch (err) {
      onError(errorMessage(err));
    }
    await queryClient.invalidateQueries({ queryKey: ['clinical'] });
  };
  return (
    <select aria-label="Psychiatric visit interval" value={row.ownWeeks ?? ''} onChange={(e) => void change(e.target.value)}>
      <option value="">Team: {everyWeeks(teamWeeks)}</option>
      {WEEK_CHOICES.map((n) => (
        <option key={n} value={n}>
          {everyWeeks(n)}
        </option>
      ))}
    </select>
  );
}

function MdTable({ rows, weeks, editable }: { rows: MdBoardRow[]; weeks: number; editable: boolean }) {
  const name = useStayName();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <FormError error={error} />
      <table className="table tracker-table" aria-label="Psychiatric visits">
        <caption className="field-hint">A visit every {weeks} weeks unless set for the client; never more than three months apart.</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Interval</th>
            <th scope="col">Last visit</th>
            <th scope="col">Next due</th>
            <th scope="col">Flag</th>
            <th scope="col">Visits in 12 months (in the community)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.clientId} data-client-id={r.clientId}>
              <th scope="row">{name(r.clientId, r.clientName)}</th>
              <td data-cell="interval">
                {editable ? <IntervalSelect row={r} teamWeeks={weeks} onError={setError} /> : `${everyWeeks(r.ownWeeks ?? weeks)}${r.ownWeeks === null ? ' (team)' : ''}`}
              </td>
              <td>{r.last ?? '—'}</td>
              <td data-cell="next-due">{r.nextDue ?? 'Now'}</td>
              <td className={r.overLimit || r.daysOverdue ? 'tracker-short' : undefined}>
                {[r.last === null ? 'No visit on record' : r.overLimit ? 'Over three months' : null, r.daysOverdue ? `${r.daysOverdue} days overdue` : null].filter(Boolean).join(' · ') || '—'}
              </td>
              <td>
                {r.visitsYear} ({r.communityVisitsYear})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function InjectionTable({ rows, windowDays }: { rows: InjectionRow[]; windowDays: number }) {
  const { hideNotes } = usePrivacy();
  const name = useStayName();
  if (rows.length === 0) return <p className="empty">No client has an injection on their schedule.</p>;
  return (
    <table className="table tracker-table" aria-label="Injections">
      <caption className="field-hint">On time within ±{windowDays} days of the due date.</caption>
      <thead>
        <tr>
          <th scope="col">Client</th>
          <th scope="col">Medication</th>
          <th scope="col">Interval</th>
          <th scope="col">Last given</th>
          <th scope="col">Next due</th>
          <th scope="col">Window</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.scheduleItemId} data-client-id={r.clientId}>
            <th scope="row">{name(r.clientId, r.clientName)}</th>
            <td>{hideNotes && r.medication ? 'Hidden on this screen' : r.medication || '—'}</td>
            <td>{describeInterval(r.interval)}</td>
            <td>{r.lastGiven ?? '—'}</td>
            <td data-cell="next-due">{r.nextDue ?? '—'}</td>
            <td>{r.windowFrom ? `${r.windowFrom} – ${r.windowTo}` : '—'}</td>
            <td className={r.state === 'overdue' ? 'tracker-short' : undefined}>{INJECTION_STATE_LABELS[r.state]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
