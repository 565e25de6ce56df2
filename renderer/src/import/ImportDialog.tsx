/**
 * Import from CSV: choose a file → check the columns → see what would happen, row by
 * row → Import. Nothing is saved before the last step; the service checks every row
 * again with the same rules and saves all or nothing.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  type ColumnMapping,
  countOutcomes,
  guessMapping,
  IMPORT_MAX_BYTES,
  type ImportKind,
  type ImportPlan,
  type ImportRow,
  MAX_IMPORT_ROWS,
  mappingProblems,
  mapRows,
} from '../../../shared/import';
import type { CsvTable } from '../../../shared/csv';
import { permissionFor } from '../../../shared/permissions';
import { atLeast, type PermissionLevel } from '../../../shared/trust';
import { call } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import { useNotify } from '../notices';
import { useSession } from '../trust/session';
import { type BoardLists, IMPORT_METHOD, planImport, useBoardLists } from './board-lists';
import { ColumnChooser } from './ColumnChooser';
import { ImportPreview } from './ImportPreview';
import { nextPaint, sizeText, useCsvFile } from './useCsvFile';
import './import.css';

const TEXT: Record<ImportKind, { title: string; intro: string; what: string }> = {
  staff: {
    title: 'Import staff from CSV',
    intro: 'One row per person, from a spreadsheet saved as CSV. Someone already on the board (same name) is updated, not added twice.',
    what: 'staff',
  },
  clients: {
    title: 'Import clients from CSV',
    intro: 'One row per client, from a spreadsheet saved as CSV. A client already on the board (same record number) is updated, not added twice. Import the staff first.',
    what: 'clients',
  },
  schedules: {
    title: 'Import schedules from CSV',
    intro: 'One row per recurring contact: record number, days (or an RRULE), time or part of the day, intervention, preferred staff initials. A contact the client’s schedule already has is left as it is; nothing is ever removed from a schedule here.',
    what: 'schedule lines',
  },
};

/** The cached lists an import of each kind changes. */
const REFRESHED: Record<ImportKind, string[]> = { staff: ['staff', 'availability'], clients: ['clients'], schedules: ['schedule'] };

interface Checked {
  table: CsvTable;
  mapping: ColumnMapping;
  lists: BoardLists;
  rows: ImportRow[];
  plan: ImportPlan<unknown>;
}

export function ImportDialog({ kind, onClose }: { kind: ImportKind; onClose: () => void }) {
  const text = TEXT[kind];
  const queryClient = useQueryClient();
  const notify = useNotify();
  const lists = useBoardLists();
  const remembered = useQuery({ queryKey: ['importMappings'], queryFn: () => call('import.mappings', {}) });
  const { file, reading, choose } = useCsvFile();
  const person = useSession().state?.person;
  const need = permissionFor(IMPORT_METHOD[kind]) as PermissionLevel;
  // A locked seat is asked for a PIN when it imports; a signed-in person without the level is told now.
  const refused = person && !atLeast(person.level, need) ? `${person.name} has ${person.level} permission; importing ${text.what} needs ${need}. Ask an admin if you should be able to.` : null;
  const [mapping, setMapping] = useState<ColumnMapping>({});
  /** The last check, with what it was made from: it stands only while those are unchanged. */
  const [check, setCheck] = useState<Checked | null>(null);
  const { busy, error, setError, run } = useSaving(onClose);
  const table = file?.ok ? file : null;
  const columnProblems = table ? mappingProblems(kind, table.header, mapping) : [];
  const checked = check && check.table === table && check.mapping === mapping && check.lists === lists ? check : null;

  const chooseFile = async (chosen: File | undefined) => {
    setError(null);
    const read = await choose(chosen);
    if (read?.ok) setMapping(guessMapping(kind, read.header, remembered.data?.[kind] ?? null));
  };

  useEffect(() => {
    if (!table || !lists || mappingProblems(kind, table.header, mapping).length) return;
    let current = true;
    // After a paint, so that "Checking N rows…" shows while a big file is checked.
    void nextPaint().then(() => {
      const rows = mapRows(table, mapping);
      if (current) setCheck({ table, mapping, lists, rows, plan: planImport(kind, rows, lists) });
    });
    return () => {
      current = false;
    };
  }, [kind, table, mapping, lists]);

  const tooMany = table !== null && table.rows.length > MAX_IMPORT_ROWS;
  const counts = checked ? countOutcomes(checked.plan) : null;
  const toWrite = counts ? counts.created + counts.updated : 0;
  const ready = checked !== null && checked.plan.problems.length === 0 && !tooMany && toWrite > 0 && !refused;

  const submit = () =>
    run(async () => {
      if (!checked) return;
      const input = { rows: checked.rows, mapping };
      if (new TextEncoder().encode(JSON.stringify(input)).length > IMPORT_MAX_BYTES) {
        throw new Error('This file is too large to import at once. Split it into smaller files and import each.');
      }
      const summary = await call(IMPORT_METHOD[kind], input);
      // Live updates refresh other seats; this one refreshes now, whatever the link.
      await Promise.all(REFRESHED[kind].concat('importMappings').map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
      notify(`Imported ${text.what}: ${summary.created} new, ${summary.updated} changed, ${summary.unchanged} unchanged.`, 'info');
    });

  return (
    <FormDialog
      title={text.title}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={toWrite ? `Import ${toWrite} ${toWrite === 1 ? 'row' : 'rows'}` : 'Import'}
      submitDisabled={!ready}
      busy={busy}
      error={error}
      className="import-dialog"
    >
      <p className="import-intro">{text.intro}</p>
      {refused && (
        <p className="form-error import-file-error" role="alert">
          {refused}
        </p>
      )}
      <Field label="CSV file" hint="In your spreadsheet: File → Save As (or Download) → CSV">
        <input
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(e) => void chooseFile(e.target.files?.[0])}
          data-autofocus
        />
      </Field>
      {reading && (
        <p className="import-progress" role="status">
          <progress /> Reading {reading.name} ({sizeText(reading.size)})…
        </p>
      )}
      {file && !file.ok && (
        <p className="form-error import-file-error" role="alert">
          {file.message}
        </p>
      )}
      {table && (
        <>
          <p className="import-note">
            {file!.name}: {table.rows.length} rows, {table.header.length} columns
            {table.encoding !== 'UTF-8' && `, read as ${table.encoding} text`}.
          </p>
          {tooMany && (
            <p className="form-error" role="alert">
              This file has {table.rows.length.toLocaleString('en-US')} rows; one import takes at most {MAX_IMPORT_ROWS.toLocaleString('en-US')}. A
              team’s roster is far smaller: check that this is the right file, or split it into smaller files and import each.
            </p>
          )}
          {columnProblems.length > 0 && (
            <ul className="form-error import-column-problems" role="alert">
              {columnProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {!checked && columnProblems.length === 0 && (
            <p className="import-progress" role="status">
              <progress /> Checking {table.rows.length.toLocaleString('en-US')} rows…
            </p>
          )}
          <ColumnChooser key={`${file!.name}-${file!.size}`} kind={kind} header={table.header} mapping={mapping} onChange={setMapping} open={columnProblems.length > 0} />
          {checked && <ImportPreview kind={kind} rows={checked.rows} plan={checked.plan} />}
          {checked && counts && toWrite === 0 && checked.plan.problems.length === 0 && (
            <p className="import-note" role="status">
              Every row is already on the board as it is: there is nothing to import.
            </p>
          )}
        </>
      )}
    </FormDialog>
  );
}
