/** What the roster strip's marks mean: one mark, one word. */
export const ROSTER_MARKS = [
  ['✚', 'In hospital'],
  ['▣', 'In jail'],
  ['▲', 'High risk'],
  ['△', 'Watch'],
  ['★', 'New events'],
  ['✓', 'Reviewed'],
  ['⚑', 'Parked for the end'],
] as const;

export function RosterLegend() {
  return (
    <dl className="roster-legend" aria-label="What the marks mean">
      {ROSTER_MARKS.map(([mark, meaning]) => (
        <div key={mark}>
          <dt aria-hidden="true">{mark}</dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
