/** What the roster strip's marks mean, in the wall screen's 24 px type: one mark, a word or two. */
export const ROSTER_MARKS = [
  ['✚', 'Hospital'],
  ['▣', 'Jail'],
  ['▲', 'High risk'],
  ['△', 'Watch'],
  ['★', 'New event'],
  ['✓', 'Reviewed'],
  ['⚑', 'Parked'],
  ['§', 'AOT order'],
  ['⊘', 'Injection missed'],
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
