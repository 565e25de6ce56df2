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
import { wallColumns, wallItems } from './WallBoard';
import type { BoardDay } from '../../../shared/domain';
import { CLIENT_LEGAL_STATUS_LABELS } from '../../../shared/client-basics';
import { TEAM_ACTIVITY_LABELS } from '../../../shared/team-activities';
import { WITHHELD_TEXT } from '../../../shared/trust';
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
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const columns = wallColumns(data).filter((c) => staffId === null || c.key === staffId);
  const onSheet = new Set(columns.flatMap((c) => c.contacts.map((x) => x.clientId)));
  return (
    <main className="print-sheet">
      <PrintActions name={`${staffId === null ? 'day-sheet' : 'route'}-${day}`} />
      <nav className="print-actions" aria-label="Sheets">
        <a href={window.location.pathname}>Back to the board</a> · <a href={`?view=print&day=${day}`}>Whole day</a>
        {wallColumns(data)
          .filter((c) => c.staff && (c.contacts.length > 0 || c.activities.length > 0))
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
          {column.contacts.length + column.activities.length === 0 ? (
            <p>No contacts.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Time</th>
                  <th>Client</th>
                  <th>Address · phone</th>
                  <th>Place</th>
                  <th>Intervention</th>
                  <th>Outcome</th>
                  {!hideNotes && <th>Notes</th>}
                </tr>
              </thead>
              <tbody>
                {wallItems(column).map((item) => {
                  if (item.kind === 'activity') {
                    const a = item.activity;
                    return (
                      <tr key={`activity:${a.id}`} className="print-activity">
                        <td>{timeRange(a)}</td>
                        <td colSpan={2}>
                          <em>{TEAM_ACTIVITY_LABELS[a.kind]}</em> (team activity)
                        </td>
                        <td>{a.location === 'community' ? 'Community' : 'Office'}</td>
                        <td>—</td>
                        <td>—</td>
                        {!hideNotes && <td>{a.note}</td>}
                      </tr>
                    );
                  }
                  const c = item.contact;
                  const client = clients.get(c.clientId);
                  return (
                    <tr key={c.id}>
                      <td>{timeRange(c)}</td>
                      <td>{client?.preferredName ?? 'Client'}</td>
                      <td>{client ? addressLine(client) : ''}</td>
                      <td>{LOCATION_LABELS[c.location]}</td>
                      <td>{INTERVENTION_LABELS[c.intervention]}</td>
                      <td>{CONTACT_STATUS_LABELS[c.status]}</td>
                      {!hideNotes && <td>{c.note}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <ClientBasicsSheet clients={data.clients.filter((c) => onSheet.has(c.id))} />
    </main>
  );
}

type SheetClient = BoardDay['clients'][number];

/** "12 Larch Lane · 555-0100": empty when withheld (a locked seat) or not recorded. */
const addressLine = (c: SheetClient) => [c.address, c.phone].filter((t) => t && t !== WITHHELD_TEXT).join(' · ');

/** Each client on the sheet: address, phone, legal status, the crisis plan in brief. Nothing on a seat that withholds them. */
function ClientBasicsSheet({ clients }: { clients: SheetClient[] }) {
  const { hideNames } = usePrivacy();
  const withBasics = clients.filter((c) => c.address || c.phone || c.crisisPlan || c.legalStatus);
  if (hideNames || withBasics.length === 0) return null;
  return (
    <section className="print-staff print-basics" data-print-basics>
      <h2>Clients on this sheet</h2>
      <table>
        <thead>
          <tr>
            <th>Client</th>
            <th>Address</th>
            <th>Phone</th>
            <th>Legal status</th>
            <th>Crisis plan in brief</th>
          </tr>
        </thead>
        <tbody>
          {[...withBasics]
            .sort((a, b) => a.preferredName.localeCompare(b.preferredName))
            .map((c) => (
              <tr key={c.id}>
                <td>{c.preferredName}</td>
                <td>{c.address}</td>
                <td>{c.phone}</td>
                <td>{c.legalStatus ? CLIENT_LEGAL_STATUS_LABELS[c.legalStatus] : ''}</td>
                <td>{c.crisisPlan}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
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
