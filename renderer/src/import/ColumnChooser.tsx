/** The mapping step: which column of the file holds each field. */
import { useState } from 'react';
import { type ColumnMapping, IMPORT_FIELDS, type ImportKind, unusedColumns } from '../../../shared/import';

interface Props {
  kind: ImportKind;
  header: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  /** Shown open (something needs choosing); otherwise a one-line summary that opens. */
  open: boolean;
}

export function ColumnChooser({ kind, header, mapping, onChange, open }: Props) {
  const left = unusedColumns(header, mapping);
  // Opens by itself when something needs choosing, and stays open while the user chooses.
  const [shown, setShown] = useState(open);
  if (open && !shown) setShown(true);
  const matched = IMPORT_FIELDS[kind].filter((f) => mapping[f.key] !== undefined).length;
  const set = (key: string, column: string) => {
    const next = { ...mapping };
    if (column) next[key] = column;
    else delete next[key];
    onChange(next);
  };
  return (
    <details className="import-columns" open={shown} onToggle={(e) => setShown(e.currentTarget.open)}>
      <summary>
        Columns: {matched} of {IMPORT_FIELDS[kind].length} board fields found in the file
        {left.length > 0 && `, ${left.length} column${left.length === 1 ? '' : 's'} left out`} — check or change
      </summary>
      <table className="table import-mapping">
        <thead>
          <tr>
            <th scope="col">Board field</th>
            <th scope="col">Column in the file</th>
            <th scope="col">What it holds</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELDS[kind].map((f) => (
            <tr key={f.key}>
              <th scope="row">
                <label htmlFor={`column-${f.key}`}>{f.label}</label>
                {f.required && <span className="import-required"> (needed)</span>}
              </th>
              <td>
                <select id={`column-${f.key}`} value={mapping[f.key] ?? ''} onChange={(e) => set(f.key, e.target.value)}>
                  <option value="">— not in this file —</option>
                  {header.map((h, i) =>
                    h ? (
                      <option key={`${h}-${i}`} value={h}>
                        {h}
                      </option>
                    ) : null,
                  )}
                </select>
              </td>
              <td className="import-hint">{f.hint}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {left.length > 0 && <p className="import-note">Left out (no board field): {left.map((c) => `“${c}”`).join(', ')}.</p>}
    </details>
  );
}
