/**
 * Paper (`?view=print`): the whole day sheet, or one staff member's route (`&staff=<id>`)
 * for the car, for `&day=YYYY-MM-DD` (today by default). Times, clients, place,
 * intervention and notes (unless this seat hides notes); clients named as this seat
 * names them (privacy mode gives aliases or initials). The print stylesheet leaves only
 * the sheet on paper; in the desktop app "Save as PDF" uses Electron's printToPDF (electron/print.ts).
 */
import { CONTACT_STATUS_LABELS, INTERVENTION_LABELS, LOCATION_LABELS, STAFF_ROLE_LABELS } from '../../../shared/domain';
import { useState } from 'react';
import { formatDayLong, isValidLocalDate, todayIn } from '../../../shared/time';
import { timeRange } from '../board/format';
import { setClockFormat, showClock } from '../clock';
import { usePrivacy } from '../privacy';
import { useBoard, useSettings } from '../queries';
import { wallColumns } from './WallBoard';
import './print.css';

export function PrintApp() {
  const settings = useSettings();
  setClockFormat(settings.data?.clockFormat);
  const params = new URLSearchParams(window.location.search);
  const asked = params.get('day');
  const day = asked && isValidLocalDate(asked) ? asked : settings.data ? todayIn(settings.data.timeZone) : null;
  if (!settings.data || !day) return <p>Loading…</p>;
  return <DaySheet day={day} teamName={settings.data.teamName} staffId={params.get('staff')} />;
}

function DaySheet({ day, teamName, staffId }: { day: string; teamName: string; staffId: string | null }) {
  const { hideNames, hideNotes } = usePrivacy();
  const board = useBoard(day, hideNames);
  if (!board.data) return <p>{board.isError ? `The board could not be loaded: ${board.error.message}` : 'Loading…'}</p>;
  const data = board.data;
  const clients = new Map(data.clients.map((c) => [c.id, c.preferredName]));
  const columns = wallColumns(data).filter((c) => staffId === null || c.key === staffId);
  return (
    <main className="print-sheet">
      <PrintActions name={`${staffId === null ? 'day-sheet' : 'route'}-${day}`} />
      <nav className="print-actions" aria-label="Sheets">
        <a href={window.location.pathname}>Back to the board</a> · <a href={`?view=print&day=${day}`}>Whole day</a>
        {wallColumns(data)
          .filter((c) => c.staff && c.contacts.length > 0)
          .map((c) => (
            <span key={c.key}>
              {' · '}
              <a href={`?view=print&day=${day}&staff=${c.key}`}>{c.staff!.name}</a>
            </span>
          ))}
      </nav>
      <h1>
        {teamName} · {staffId === null ? 'Day sheet' : 'Route'} · {formatDayLong(day)}
      </h1>
      {columns.map((column) => (
        <section key={column.key} className="print-staff" data-print-staff={column.staff?.initials ?? 'unassigned'}>
          <h2>
            {column.staff ? `${column.staff.name} (${STAFF_ROLE_LABELS[column.staff.role]})` : 'Unassigned'}
            {column.staffDay?.shift && ` · ${showClock(column.staffDay.shift.start)}–${showClock(column.staffDay.shift.end)}`}
          </h2>
          {column.contacts.length === 0 ? (
            <p>No contacts.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Time</th>
                  <th>Client</th>
                  <th>Place</th>
                  <th>Intervention</th>
                  <th>Outcome</th>
                  {!hideNotes && <th>Notes</th>}
                </tr>
              </thead>
              <tbody>
                {column.contacts.map((c) => (
                  <tr key={c.id}>
                    <td>{timeRange(c)}</td>
                    <td>{clients.get(c.clientId) ?? 'Client'}</td>
                    <td>{LOCATION_LABELS[c.location]}</td>
                    <td>{INTERVENTION_LABELS[c.intervention]}</td>
                    <td>{CONTACT_STATUS_LABELS[c.status]}</td>
                    {!hideNotes && <td>{c.note}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </main>
  );
}

/** Print (the browser's dialog); in the desktop app also "Save as PDF" (Electron's printToPDF, into Documents/ACT Board). */
function PrintActions({ name }: { name: string }) {
  const [saved, setSaved] = useState<string | null>(null);
  const bridge = window.board;
  return (
    <div className="print-actions">
      {saved && <span role="status">{saved} </span>}
      {bridge && (
        <button
          type="button"
          className="button"
          onClick={() => void bridge.savePdf(name).then((r) => setSaved(r.ok ? `Saved ${r.file}` : r.message))}
        >
          Save as PDF
        </button>
      )}{' '}
      <button type="button" className="button button-primary" onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}
