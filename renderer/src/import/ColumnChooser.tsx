/** The mapping step: which column of the file holds each field. */
import { type ColumnMapping, IMPORT_FIELDS, type ImportKind, unusedColumns } from '../../../shared/import';

interface Props {
  kind: ImportKind;
  header: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

export function ColumnChooser({ kind, header, mapping, onChange }: Props) {
  const left = unusedColumns(header, mapping);
  const set = (key: string, column: string) => {
    const next = { ...mapping };
    if (column) next[key] = column;
    else delete next[key];
    onChange(next);
  };
  return (
    <fieldset className="import-columns">
      <legend>Columns</legend>
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
    </fieldset>
  );
}
