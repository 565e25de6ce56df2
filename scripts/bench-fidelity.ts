/** Fidelity figures (issue 15) on the benchmark board: every item for the last 4 weeks (budget: under 100 ms), and the 12-month trend. */
import { openBoard } from '../db/board';
import { addDays, todayIn } from '../shared/time';
import { type Figure, timed } from './bench-report';

export function fidelityFigures(dir: string, runs: number): Figure[] {
  const service = openBoard(dir);
  try {
    const call = service.call.bind(service);
    const to = todayIn(call('settings.get', {}).timeZone);
    const from = addDays(to, -27);
    return [
      ...timed('Fidelity figures, every item, 4 weeks (fidelity.get)', runs, () => call('fidelity.get', { from, to }), 100),
      ...timed('Fidelity trend, every item by month, 12 months (fidelity.trend)', Math.max(3, Math.floor(runs / 5)), () => call('fidelity.trend', { to })),
      ...timed('Fidelity drill-down, OS2 clients (fidelity.records)', runs, () => call('fidelity.records', { item: 'OS2', from, to })),
    ];
  } finally {
    service.close();
  }
}
