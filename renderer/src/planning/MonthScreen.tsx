/** The client monthly board (NY ACT guidelines 5.9 vii): appointments and important dates, whole team or one client. */
import { useMemo, useState } from 'react';
import type { Client, LocalDate } from '../../../shared/domain';
import type { Appointment } from '../../../shared/schedule';
import { formatDayLong } from '../../../shared/time';
import { useDisplayName } from '../privacy';
import { useAppointments, useClients, useSettings } from '../queries';
import { TeamMonth } from '../oncall/TeamMonth';
import { AppointmentChip } from './AppointmentChip';
import { AppointmentDialog } from './AppointmentDialog';
import { ClientSelect, LoadError, PeriodNav, useTeamToday } from './controls';
import { addMonths, firstOfMonth, formatMonth, monthWeeks } from './dates';
import '../planning.css';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const VIEWS = [
  { id: 'appointments', label: 'Appointments' },
  { id: 'team', label: 'The team' },
] as const;

export function MonthScreen() {
  const today = useTeamToday();
  const settings = useSettings();
  const [view, setView] = useState<(typeof VIEWS)[number]['id']>('appointments');
  if (!today || !settings.data) return null;
  return (
    <div className="month-views-screen">
      <nav className="month-views" aria-label="Month views">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" className={`month-view${view === v.id ? ' month-view-current' : ''}`} aria-current={view === v.id ? 'page' : undefined} onClick={() => setView(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      {view === 'team' ? <TeamMonth today={today} timeZone={settings.data.timeZone} /> : <MonthView today={today} />}
    </div>
  );
}

function MonthView({ today }: { today: LocalDate }) {
  const clients = useClients();
  const displayName = useDisplayName();
  const [month, setMonth] = useState(() => firstOfMonth(today));
  const [clientId, setClientId] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ appointment: Appointment | null; day: LocalDate } | null>(null);
  const weeks = useMemo(() => monthWeeks(month), [month]);
  const appointments = useAppointments(weeks[0]![0]!, weeks.at(-1)![6]!, clientId ?? undefined);
  const clientById = useMemo(() => new Map<number, Client>(clients.data?.map((c) => [c.id, c]) ?? []), [clients.data]);
  const byDay = useMemo(() => {
    const map = new Map<LocalDate, Appointment[]>();
    for (const a of appointments.data ?? []) map.set(a.day, [...(map.get(a.day) ?? []), a]);
    return map;
  }, [appointments.data]);
  const thisMonth = month.slice(0, 7);
  const add = (day: LocalDate) => setEditing({ appointment: null, day });

  return (
    <section className="screen planning-screen month-screen" aria-labelledby="month-title">
      <div className="screen-header">
        <h1 id="month-title">Appointments · {formatMonth(month)}</h1>
        <PeriodNav unit="month" atCurrent={month === firstOfMonth(today)} onMove={(n) => setMonth(addMonths(month, n))} onCurrent={() => setMonth(firstOfMonth(today))} />
        <label className="month-filter">
          <span>Show</span>
          <ClientSelect
            value={clientId}
            clients={clients.data?.filter((c) => c.status !== 'discharged') ?? []}
            noneLabel="Whole team"
            onChange={setClientId}
            aria-label="Show appointments of"
          />
        </label>
        <button type="button" className="button button-primary" onClick={() => add(today.startsWith(thisMonth) ? today : month)}>
          + Add appointment
        </button>
      </div>
      <LoadError what="The appointments" error={appointments.error} />
      <div className="month-grid" data-testid="month-grid">
        {WEEKDAY_NAMES.map((d) => (
          <div key={d} className="month-weekday" aria-hidden="true">
            {d.slice(0, 3)}
          </div>
        ))}
        {weeks.flat().map((day) => {
          const list = byDay.get(day) ?? [];
          const outside = !day.startsWith(thisMonth);
          return (
            <section
              key={day}
              className={`month-day${outside ? ' month-day-outside' : ''}${day === today ? ' month-day-today' : ''}`}
              aria-label={`${formatDayLong(day)}${day === today ? ', today' : ''}: ${list.length === 0 ? 'nothing' : `${list.length} appointment${list.length === 1 ? '' : 's'}`}`}
              data-day={day}
              onClick={(e) => !(e.target as HTMLElement).closest('button') && add(day)}
            >
              <button type="button" className="month-day-number" onClick={() => add(day)} aria-label={`Add an appointment on ${formatDayLong(day)}`}>
                {Number(day.slice(8, 10))}
                {day === today && <span className="month-today-word">Today</span>}
                <span className="month-add" aria-hidden="true">+</span>
              </button>
              <ul className="month-appts">
                {list.map((a) => (
                  <li key={a.id}>
                    <AppointmentChip
                      appointment={a}
                      clientName={clientId === null ? displayName(clientById.get(a.clientId)) : undefined}
                      onOpen={() => setEditing({ appointment: a, day })}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {editing && <AppointmentDialog appointment={editing.appointment} clientId={clientId} day={editing.day} onClose={() => setEditing(null)} />}
    </section>
  );
}
