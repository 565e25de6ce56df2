/** The records behind one fidelity item, with a way to act on each client (their weeks, their schedule, the board). */
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import type { FidelityItemReport } from '../../../shared/fidelity/report';
import { call } from '../api';
import { showTime } from '../clock';
import { downloadCsv } from '../download-csv';
import { useDisplayName } from '../privacy';
import { useClients } from '../queries';
import { type Period, ratingText, showDay, useScrollIntoView } from './format';

/** A cell as people read it: dates as days, instants on the team's clock. */
function showCell(cell: string | number): string {
  if (typeof cell === 'number') return String(Math.round(cell * 100) / 100);
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return showDay(cell);
  if (/^\d{4}-\d{2}-\d{2}T/.test(cell)) return showTime(DateTime.fromISO(cell), 'd LLL {time}');
  return cell;
}

export function ItemRecordsPanel({ item, period, onClose, onClientWeeks, onSchedule, onOpenBoard }: {
  item: FidelityItemReport;
  period: Period;
  onClose: () => void;
  onClientWeeks: (clientId: number) => void;
  onSchedule: (clientId: number) => void;
  onOpenBoard: () => void;
}) {
  const records = useQuery({ queryKey: ['fidelity', 'records', item.id, period.from, period.to], queryFn: () => call('fidelity.records', { item: item.id, ...period }) });
  const clients = useClients();
  const displayName = useDisplayName();
  const ref = useScrollIntoView<HTMLElement>(item.id);
  const byId = new Map((clients.data ?? []).map((c) => [c.id, c]));
  const rows = records.data?.rows ?? [];
  const withClients = rows.some((r) => r.clientId !== null);
  const nameOf = (r: (typeof rows)[number]) => (r.clientId !== null && byId.has(r.clientId) ? displayName(byId.get(r.clientId)) : (r.client ?? ''));
  const short = rows.filter((r) => r.short).length;
  const exportRows = () =>
    records.data &&
    downloadCsv(
      `fidelity-${item.id}-${period.from}-${period.to}`,
      [...(withClients ? ['Client'] : []), ...records.data.columns, 'Pulls the figure down'],
      rows.map((r) => [...(withClients ? [nameOf(r)] : []), ...r.cells.map(String), r.short ? 'yes' : 'no']),
    );
  return (
    <section ref={ref} className="fidelity-drill panel" aria-label={`Records behind ${item.id}`}>
      <header className="fidelity-section-header">
        <h2>
          {item.id} {item.name}: {item.figureText} · {ratingText(item)}
        </h2>
        <button type="button" className="button button-small no-print" onClick={onOpenBoard}>
          Open the board
        </button>
        <button type="button" className="button button-small no-print" disabled={!records.data} onClick={exportRows}>
          Export (CSV)
        </button>
        <button type="button" className="button button-small no-print" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="fidelity-basis">
        {item.counts} {records.data && short > 0 ? `${short} of ${rows.length} pull the figure down (marked).` : ''}
      </p>
      {records.isError && <p className="screen-error">{records.error.message}</p>}
      {records.data && rows.length === 0 && <p className="empty">No records in this period.</p>}
      {records.data && rows.length > 0 && (
        <div className="fidelity-table-scroll">
        <table className="table fidelity-table">
          <thead>
            <tr>
              {withClients && <th>Client</th>}
              {records.data.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
              {withClients && <th className="no-print">Act</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className={r.short ? 'fidelity-row-short' : undefined}>
                {withClients && <td>{nameOf(r)}</td>}
                {r.cells.map((c, j) => (
                  <td key={j}>{showCell(c)}</td>
                ))}
                {withClients && (
                  <td className="no-print">
                    {r.clientId !== null && (
                      <span className="fidelity-actions">
                        <button type="button" className="link-button" onClick={() => onClientWeeks(r.clientId!)}>
                          Weeks
                        </button>
                        <button type="button" className="link-button" onClick={() => onSchedule(r.clientId!)} disabled={!byId.has(r.clientId)}>
                          Schedule
                        </button>
                      </span>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
