/** The "Import CSV…" and "Export CSV" buttons of the Staff and Clients screens. */
import { DateTime } from 'luxon';
import { useState } from 'react';
import { toCsv } from '../../../shared/csv';
import type { ImportKind } from '../../../shared/import';
import { exportTable, useBoardLists } from './board-lists';
import { ImportDialog } from './ImportDialog';

export function ImportButton({ kind, label }: { kind: ImportKind; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && <ImportDialog kind={kind} onClose={() => setOpen(false)} />}
    </>
  );
}

export function ExportButton({ kind, label = 'Export CSV' }: { kind: ImportKind; label?: string }) {
  const lists = useBoardLists();
  const download = () => {
    if (!lists) return;
    const { header, rows } = exportTable(kind, lists);
    // The byte order mark makes Excel read the file as UTF-8 (accented names stay right).
    const blob = new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `act-board-${kind}-${DateTime.now().toFormat('yyyyMMdd')}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <button type="button" className="button" onClick={download} disabled={!lists}>
      {label}
    </button>
  );
}
