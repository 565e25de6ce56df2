/** The preview: what the import would do, row by row, and every problem in words. */
import { countOutcomes, IMPORT_FIELDS, type ImportKind, type ImportPlan, type ImportRow, type Outcome } from '../../../shared/import';

/** Rows shown in the table; the counts and the problem list cover the whole file. */
const ROWS_SHOWN = 100;
const PROBLEMS_SHOWN = 200;
const OUTCOME_LABEL: Record<Outcome, string> = { new: 'New', changed: 'Changed', unchanged: 'Unchanged' };

export function ImportPreview({ kind, rows, plan }: { kind: ImportKind; rows: ImportRow[]; plan: ImportPlan<unknown> }) {
  const counts = countOutcomes(plan);
  const outcomeOf = new Map(plan.rows.map((r) => [r.row, r.outcome]));
  const problemRows = new Set(plan.problems.map((p) => p.row));
  const fields = IMPORT_FIELDS[kind].filter((f) => rows.some((r) => r.cells[f.key] !== undefined));
  return (
    <section className="import-preview" aria-label="Preview">
      <p className="import-counts" data-testid="import-counts">
        <strong>{rows.length.toLocaleString('en-US')}</strong> rows: <span className="import-new">{counts.created} new</span> ·{' '}
        <span>{counts.updated} changed</span> · <span>{counts.unchanged} unchanged</span>
        {problemRows.size > 0 && (
          <>
            {' '}
            · <span className="import-bad">{problemRows.size} with problems</span>
          </>
        )}
      </p>
      {plan.problems.length > 0 && (
        <div className="import-problems" role="alert">
          <p>Nothing is imported until every row is right. Fix these in the spreadsheet, save it as CSV again and choose it again:</p>
          <ul>
            {plan.problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
              <li key={i}>
                {p.row ? <strong>Row {p.row}: </strong> : null}
                {p.message}
              </li>
            ))}
          </ul>
          {plan.problems.length > PROBLEMS_SHOWN && <p>…and {plan.problems.length - PROBLEMS_SHOWN} more.</p>}
        </div>
      )}
      <div className="import-table-wrap">
        <table className="table import-rows">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Result</th>
              {fields.map((f) => (
                <th key={f.key} scope="col">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ROWS_SHOWN).map((r) => {
              const outcome = outcomeOf.get(r.row);
              return (
                <tr key={r.row} className={problemRows.has(r.row) ? 'import-row-bad' : ''}>
                  <td>{r.row}</td>
                  <td>{outcome ? OUTCOME_LABEL[outcome] : 'Problem'}</td>
                  {fields.map((f) => (
                    <td key={f.key}>{r.cells[f.key]}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > ROWS_SHOWN && <p className="import-note">The first {ROWS_SHOWN} rows are shown; the counts above cover all {rows.length}.</p>}
    </section>
  );
}
