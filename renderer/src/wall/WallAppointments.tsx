/** Today's and tomorrow's appointments, by client alias or initials (the wall never shows names). */
import { APPOINTMENT_KIND_LABELS, type Appointment, STAFF_SUPPORT_LABELS } from '../../../shared/schedule';
import { addDays, formatDayLong } from '../../../shared/time';
import { showClock } from '../clock';
import { useDisplayName } from '../privacy';
import { useAppointments, useClients } from '../queries';

const byStart = (a: Appointment, b: Appointment) => (a.startMinute ?? -1) - (b.startMinute ?? -1);

export function WallAppointments({ today }: { today: string }) {
  const tomorrow = addDays(today, 1);
  const appointments = useAppointments(today, tomorrow);
  const clients = useClients();
  const displayName = useDisplayName();
  const clientOf = (id: number) => clients.data?.find((c) => c.id === id);
  return (
    <div className="wall-appointments">
      {[today, tomorrow].map((day) => {
        const list = (appointments.data ?? []).filter((a) => a.day === day).sort(byStart);
        return (
          <section key={day} className="wall-appointments-day" aria-label={`Appointments ${day}`}>
            <h2>
              {day === today ? 'Today' : 'Tomorrow'} · {formatDayLong(day)}
            </h2>
            {list.length === 0 ? (
              <p className="wall-empty">No appointments</p>
            ) : (
              <ol>
                {list.map((a) => (
                  <li key={a.id} className="wall-appointment">
                    <span className="wall-card-time">{a.startMinute === null ? 'All day' : showClock(a.startMinute)}</span>
                    <span className="wall-card-client">{displayName(clientOf(a.clientId))}</span>
                    <span className="wall-card-what">{APPOINTMENT_KIND_LABELS[a.kind]}</span>
                    {a.staffSupport !== 'none' && <span className="wall-flag">⚑ {STAFF_SUPPORT_LABELS[a.staffSupport]}</span>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
