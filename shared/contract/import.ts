/** Bringing a roster in from a spreadsheet (issue 8): staff, clients and client schedules from CSV. */
import { z } from 'zod';
import { type ColumnMapping, IMPORT_FIELDS, type ImportKind, type ImportSummary, MAX_IMPORT_ROWS } from '../import';
import { emptyInput } from '../schemas';
import { method } from './define';

const CELL_MAX = 2000;
const cell = z.string({ error: 'must be text' }).max(CELL_MAX, { error: `must be at most ${CELL_MAX} characters` });
const columnName = z.string({ error: 'must be text' }).max(200, { error: 'must be at most 200 characters' });

/** The rows of one kind of file, by field, as the preview mapped them; the service checks them again. */
function importInput(kind: ImportKind) {
  const fields = IMPORT_FIELDS[kind].map((f) => f.key) as [string, ...string[]];
  const fieldKey = z.enum(fields, { error: 'is not a column the import knows' });
  return z.strictObject({
    rows: z
      .array(z.strictObject({ row: z.number().int().positive(), cells: z.partialRecord(fieldKey, cell) }))
      .min(1, { error: 'must hold at least one row' })
      .max(MAX_IMPORT_ROWS, { error: `must hold at most ${MAX_IMPORT_ROWS} rows; split the file` }),
    /** Which column held each field, remembered for the next import of this kind. */
    mapping: z.partialRecord(fieldKey, columnName).default({}),
  });
}

export const importMethods = {
  'import.mappings': method<Record<ImportKind, ColumnMapping | null>>()(emptyInput),
  'import.staff': method<ImportSummary>()(importInput('staff')),
  'import.clients': method<ImportSummary>()(importInput('clients')),
  'import.schedules': method<ImportSummary>()(importInput('schedules')),
};

