/** One client's face-to-face service week by week over the 12 weeks to the period's end. */
import { useQuery } from '@tanstack/react-query';
import { Suspense, lazy } from 'react';
import type { LocalDate } from '../../../shared/domain';
import { addDays } from '../../../shared/time';
import { call } from '../api';
import { useDisplayName } from '../privacy';
import { useClients } from '../queries';
import { showDay, useScrollIntoView } from './format';

const TrendChart = lazy(() => import('./TrendChart'));
const WEEKS = 12;

export function ClientWeeks({ clientId, to, onClose, onSchedule }: { clientId: number; to: LocalDate; onClose: () => void; onSchedule: (id: number) => void }) {
  const from = addDays(to, -7 * WEEKS + 1);
  const history = useQuery({ queryKey: ['fidelity', 'client', clientId, from, to], queryFn: () => call('fidelity.client', { clientId, from, to }) });
  const clients = useClients();
  const displayName = useDisplayName();
  const client = clients.data?.find((c) => c.id === clientId);
  const ref = useScrollIntoView<HTMLElement>(clientId);
  const name = client ? displayName(client) : (history.data?.client ?? '');
  const weeks = history.data?.weeks ?? [];
  const series = (pick: (w: (typeof weeks)[number]) => number | null) => weeks.map((w) => ({ label: showDay(w.weekStart).slice(0, -5), value: pick(w) }));
  return (
    <section ref={ref} className="fidelity-drill panel" aria-label={`${name}: weeks`}>
      <header className="fidelity-section-header">
        <h2>
          {name}: the last {WEEKS} weeks
        </h2>
        <button type="button" className="button button-small no-print" onClick={() => onSchedule(clientId)} disabled={!client}>
          Open the client’s schedule
        </button>
        <button type="button" className="button button-small no-print" onClick={onClose}>
          Close
        </button>
      </header>
      {history.isError && <p className="screen-error">{history.error.message}</p>}
      {history.data && (
        <div className="fidelity-client-charts">
          {(
            [
              ['Face-to-face contacts a week', series((w) => w.contacts), ''],
              ['Minutes a week', series((w) => w.minutes), ' min'],
              ['Distinct staff', series((w) => w.distinctStaff), ''],
              ['In the community', series((w) => w.communityShare), '%'],
            ] as const
          ).map(([title, data, unit]) => (
            <figure key={title} className="fidelity-client-chart">
              <figcaption>{title}</figcaption>
              <Suspense fallback={<div className="fidelity-trend-wait" />}>
                <TrendChart data={[...data]} height={110} unit={unit} />
              </Suspense>
            </figure>
          ))}
        </div>
      )}
    </section>
  );
}
