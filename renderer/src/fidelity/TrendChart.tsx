/** A month-by-month trend drawn with recharts: loaded on its own, after the cards. */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DateTime } from 'luxon';

export interface TrendDatum {
  label: string;
  value: number | null;
  note?: string;
}

const monthLabel = (month: string) => DateTime.fromFormat(month, 'yyyy-MM').toFormat('LLL');

/** Ratings (1–5) by month, or any figure: one line, a dot a month, gaps where nothing was counted. */
export default function TrendChart({ data, domain, height = 70, unit = '' }: { data: TrendDatum[]; domain?: [number, number]; height?: number; unit?: string }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data.map((d) => ({ ...d, label: /^\d{4}-\d{2}$/.test(d.label) ? monthLabel(d.label) : d.label }))} margin={{ top: 6, right: 8, bottom: 0, left: -22 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 10 }} interval="preserveStartEnd" tickLine={false} />
        <YAxis domain={domain ?? ['auto', 'auto']} tick={{ fontSize: 10 }} allowDecimals={false} {...(domain ? { ticks: [domain[0], (domain[0] + domain[1]) / 2, domain[1]] } : { tickCount: 4 })} width={44} />
        <Tooltip formatter={(v) => (v === null || v === undefined ? '—' : `${Math.round(Number(v) * 10) / 10}${unit}`)} />
        <Line type="monotone" dataKey="value" stroke="#1d4ed8" strokeWidth={2} dot={{ r: 2.5 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
