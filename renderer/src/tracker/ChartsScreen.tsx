/**
 * Chart captains and documentation due dates (issue 14, NY 5.9.2.ix and 5.10): each captain
 * (the primary staff member) with their clients, the team, and the documents due by the
 * team's state profile. "Record done" enters an assessment, plan or review. Printable.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChartClient } from '../../../shared/charts';
import type { LocalDate } from '../../../shared/domain';
import { formatDate } from '../../../shared/time';
import { DOC_KINDS, DOC_KIND_LABELS, type DocDue, type DocKind, owed } from '../../../shared/rules/documentation-due';
import { STATE_PROFILE_LABEL } from '../../../shared/state-profile';
import { call } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import { useStaff } from '../queries';
import { useStayName } from '../stays/queries';
import { useSession } from '../trust/session';
import './tracker.css';

const useCharts = () => useQuery({ queryKey: ['clinical', 'charts'], queryFn: () => call('charts.board', {}) });

const STATE_WORDS: Record<DocDue['state'], string> = { done: 'done', later: 'due', due_soon: 'due soon', overdue: 'overdue' };

/** "Plan review due Sun 23 May 2027", "Comprehensive assessment overdue since Sat 31 Oct 2026". */
function dueLine(d: DocDue): string {
  const label = DOC_KIND_LABELS[d.kind];
  if (d.state === 'overdue') return `${label} overdue since ${formatDate(d.dueOn)}`;
  return `${label} ${STATE_WORDS[d.state]} ${d.from ? `${formatDate(d.from)} – ${formatDate(d.dueOn)}` : formatDate(d.dueOn)}`;
}

export function ChartsScreen() {
  const charts = useCharts();
  const staff = useStaff();
  const name = useStayName();
  const { locked } = useSession();
  const [recording, setRecording] = useState<ChartClient | null>(null);
  if (charts.isError) return <p className="screen-error">{charts.error.message}</p>;
  if (!charts.data || !staff.data) return <p className="empty">Loading…</p>;
  const board = charts.data;
  const staffById = new Map(staff.data.map((s) => [s.id, s]));
  const initials = (id: number) => staffById.get(id)?.initials ?? '?';
  return (
    <section className="screen charts-screen">
      <div className="screen-header">
        <h1>Chart captains</h1>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className="field-hint" data-testid="doc-rules">
        Documentation due dates by {STATE_PROFILE_LABEL[board.stateProfile]}: {board.source}.{board.fallback && ` ${board.fallback}`}
      </p>
      {board.captains.map((cap) => {
        const captain = cap.staffId === null ? null : staffById.get(cap.staffId);
        const title = captain ? `${captain.name} (${captain.initials})` : 'No chart captain';
        const overdue = cap.clients.reduce((n, c) => n + c.overdue, 0);
        return (
          <section key={cap.staffId ?? 'none'} className="chart-captain" aria-label={title}>
            <h2 className="tracker-subtitle">
              {title} · {cap.clients.length} clients{overdue > 0 && <span className="tracker-short"> · {overdue} overdue</span>}
            </h2>
            <table className="table tracker-table" aria-label={`Charts of ${title}`}>
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  <th scope="col">Team</th>
                  <th scope="col">Admitted</th>
                  <th scope="col">Due</th>
                  {!locked && (
                    <th scope="col" className="no-print">
                      <span className="visually-hidden">Record</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {cap.clients.map((c) => (
                  <tr key={c.clientId} data-client-id={c.clientId}>
                    <th scope="row">{name(c.clientId, c.clientName)}</th>
                    <td>{c.teamStaffIds.map(initials).join(', ')}</td>
                    <td>{c.admissionDate ? formatDate(c.admissionDate) : '—'}</td>
                    <td data-cell="due">
                      <ul className="chart-due">
                        {owed(c.documents).map((d) => (
                          <li key={d.kind} className={d.state === 'overdue' ? 'tracker-short' : undefined} title={d.cite}>
                            {dueLine(d)}
                          </li>
                        ))}
                      </ul>
                    </td>
                    {!locked && (
                      <td className="no-print">
                        <button type="button" className="button" onClick={() => setRecording(c)}>
                          Record done
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      {recording && <RecordDialog client={recording} today={board.today} name={name(recording.clientId, recording.clientName)} onClose={() => setRecording(null)} />}
    </section>
  );
}

function RecordDialog({ client, today, name, onClose }: { client: ChartClient; today: LocalDate; name: string; onClose: () => void }) {
  const first = owed(client.documents)[0]?.kind ?? 'plan_review';
  const [kind, setKind] = useState<DocKind>(first);
  const [doneOn, setDoneOn] = useState<LocalDate>(today);
  const queryClient = useQueryClient();
  const { busy, error, run } = useSaving(onClose);
  const done = client.documents.filter((d) => d.doneOn !== null);
  const remove = (d: DocDue) =>
    void run(() => call('charts.removeDone', { clientId: client.clientId, kind: d.kind, doneOn: d.doneOn! }).then(() => queryClient.invalidateQueries({ queryKey: ['clinical'] })));
  return (
    <FormDialog
      title={`Documentation of ${name}`}
      onClose={onClose}
      onSubmit={() => void run(() => call('charts.recordDone', { clientId: client.clientId, kind, doneOn }).then(() => queryClient.invalidateQueries({ queryKey: ['clinical'] })))}
      submitLabel="Record"
      busy={busy}
      error={error}
    >
      <div className="form-grid">
        <Field label="Document">
          <select value={kind} onChange={(e) => setKind(e.target.value as DocKind)} data-autofocus>
            {DOC_KINDS.map((k) => (
              <option key={k} value={k}>
                {DOC_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Done on">
          <input type="date" value={doneOn} max={today} onChange={(e) => setDoneOn(e.target.value)} />
        </Field>
      </div>
      {done.length > 0 && (
        <ul className="chart-done" aria-label="On record">
          {done.map((d) => (
            <li key={d.kind}>
              {DOC_KIND_LABELS[d.kind]} done {d.doneOn}{' '}
              <button type="button" className="link-button" onClick={() => remove(d)} disabled={busy}>
                Remove (entered by mistake)
              </button>
            </li>
          ))}
        </ul>
      )}
    </FormDialog>
  );
}
