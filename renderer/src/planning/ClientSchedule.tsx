/** The paper "client weekly schedule": a client's recurring contacts, the week at a glance, and appointments. */
import { useMemo, useState } from 'react';
import { CLIENT_STATUS_LABELS, type Client, type ClientStatus, INTERVENTION_LABELS, LOCATION_LABELS, type LocalDate, type Staff } from '../../../shared/domain';
import { describeRule, occursOn } from '../../../shared/rules/recurrence';
import { type DayEntry, dayClashes, entryMinute } from '../../../shared/rules/week-clashes';
import { APPOINTMENT_KIND_LABELS, type Appointment, ROLE_NEED_LABELS, type ScheduleItem, TIME_WINDOW_LABELS } from '../../../shared/schedule';
import { addDays } from '../../../shared/time';
import { formatDuration } from '../board/format';
import { useDisplayName } from '../privacy';
import { useAppointments, useScheduleItems, useStaff } from '../queries';
import { AppointmentChip } from './AppointmentChip';
import { AppointmentDialog } from './AppointmentDialog';
import { LoadError, PeriodNav, sortMinute, useTeamToday } from './controls';
import { daysFrom, formatDate, formatDayShort, mondayOf } from './dates';
import { APPLIES_LABELS, ScheduleItemDialog } from './ScheduleItemDialog';
import '../planning.css';
import { showClock } from '../clock';

const whenOf = (i: ScheduleItem) => (i.startMinute !== null ? showClock(i.startMinute) : i.window ? TIME_WINDOW_LABELS[i.window] : '');
const isPlainWeekly = (i: ScheduleItem) => i.rule.kind === 'weekly' && i.rule.interval === 1;
const inForce = (i: ScheduleItem, day: LocalDate) => i.startsOn <= day && (i.endsOn === null || day <= i.endsOn);

type AppointmentEdit = { appointment: Appointment | null; day: LocalDate };

/** A day of the week view: schedule items and appointments in one list, by time, each with words for a clash mark. */
type WeekEntry = DayEntry & { label: string } & ({ item: ScheduleItem; appointment?: never } | { item?: never; appointment: Appointment });

function dayEntries(items: ScheduleItem[], appointments: Appointment[]): WeekEntry[] {
  const entries: WeekEntry[] = [
    ...items.map((i) => ({
      key: `i${i.id}`,
      start: i.startMinute,
      window: i.window,
      durationMinutes: i.durationMinutes,
      label: `${INTERVENTION_LABELS[i.intervention]} ${whenOf(i)}`,
      item: i,
    })),
    ...appointments.map((a) => ({
      key: `a${a.id}`,
      start: a.startMinute,
      durationMinutes: a.durationMinutes,
      label: `${APPOINTMENT_KIND_LABELS[a.kind]} ${a.startMinute === null ? 'all day' : showClock(a.startMinute)}`,
      appointment: a,
    })),
  ];
  return entries.sort((a, b) => entryMinute(a) - entryMinute(b));
}

export function ClientSchedule({ client, onBack }: { client: Client; onBack: () => void }) {
  const today = useTeamToday();
  return today ? <ScheduleView client={client} today={today} onBack={onBack} /> : null;
}

function ScheduleView({ client, today, onBack }: { client: Client; today: LocalDate; onBack: () => void }) {
  const displayName = useDisplayName();
  const staff = useStaff();
  const items = useScheduleItems(client.id);
  const [monday, setMonday] = useState(() => mondayOf(today));
  const days = daysFrom(monday, 7);
  const weekAppointments = useAppointments(monday, days[6]!, client.id);
  const upcoming = useAppointments(today, addDays(today, 365), client.id);
  const [editing, setEditing] = useState<ScheduleItem | 'new' | null>(null);
  const [appointment, setAppointment] = useState<AppointmentEdit | null>(null);
  const staffById = useMemo(() => new Map<number, Staff>(staff.data?.map((s) => [s.id, s]) ?? []), [staff.data]);
  const sorted = useMemo(
    () => [...(items.data ?? [])].sort((a, b) => sortMinute(a.startMinute, a.window) - sortMinute(b.startMinute, b.window)),
    [items.data],
  );
  const name = displayName(client);

  return (
    <section className="screen planning-screen" aria-labelledby="schedule-title">
      <div className="screen-header">
        <button type="button" className="button" onClick={onBack}>
          ◀ All clients
        </button>
        <h1 id="schedule-title">
          {name}: weekly schedule <span className={`client-status client-status-${client.status}`}>({CLIENT_STATUS_LABELS[client.status]})</span>
        </h1>
        <button type="button" className="button" onClick={() => setAppointment({ appointment: null, day: today })}>
          + Add appointment
        </button>
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          + Add schedule item
        </button>
      </div>
      <div className="planning-nav">
        <PeriodNav unit="week" atCurrent={monday === mondayOf(today)} onMove={(n) => setMonday(addDays(monday, 7 * n))} onCurrent={() => setMonday(mondayOf(today))} />
        <h2 className="planning-range">
          Week of {formatDate(monday)} – {formatDate(days[6]!)}
        </h2>
      </div>
      <LoadError what="The schedule" error={items.error} />
      <div className="week-grid" data-testid="week-at-a-glance">
        {days.map((day) => {
          const onDay = sorted.filter((i) => occursOn(i.rrule, day));
          const appts = weekAppointments.data?.filter((a) => a.day === day) ?? [];
          const entries = dayEntries(onDay, appts);
          const clashes = dayClashes(entries);
          const labels = new Map(entries.map((e) => [e.key, e.label]));
          return (
            <section key={day} className={`week-day${day === today ? ' week-day-today' : ''}`} aria-label={formatDayShort(day)} data-day={day}>
              <h3 className="week-day-title">
                {formatDayShort(day)}
                {day === today && <span className="day-relative">Today</span>}
              </h3>
              <ul className="week-items">
                {entries.map((e) => {
                  const clash = clashes.get(e.key);
                  return (
                    <li key={e.key} className={clash ? 'week-clash' : undefined}>
                      {e.item ? (
                        <ItemCard item={e.item} staff={staffById} clientStatus={client.status} onOpen={() => setEditing(e.item)} />
                      ) : (
                        <AppointmentChip appointment={e.appointment} onOpen={() => setAppointment({ appointment: e.appointment, day })} />
                      )}
                      {clash && (
                        <span className="clash-flag">
                          <span aria-hidden="true">⚠ </span>Clashes with {clash.map((k) => labels.get(k)).join(', ')}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
              {onDay.length === 0 && appts.length === 0 && <p className="week-empty">Nothing planned</p>}
            </section>
          );
        })}
      </div>

      <div className="planning-lists">
        <section className="panel planning-list" aria-labelledby="items-title">
          <h2 id="items-title">Every schedule item ({sorted.length})</h2>
          {sorted.length === 0 ? (
            <p className="empty">No recurring contacts yet. Add the first with “Add schedule item”.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Repeats</th>
                  <th scope="col">When</th>
                  <th scope="col">What</th>
                  <th scope="col">Who</th>
                  <th scope="col">Dates</th>
                  <th scope="col"><span className="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((i) => (
                  <tr key={i.id} className={inForce(i, today) ? '' : 'row-inactive'}>
                    <td className="strong">{describeRule(i.rule)}</td>
                    <td>
                      {whenOf(i)}, {formatDuration(i.durationMinutes)}
                    </td>
                    <td>
                      {INTERVENTION_LABELS[i.intervention]} · {LOCATION_LABELS[i.location]}
                      {i.appliesWhen !== 'active' && <> <span className="item-flag">{APPLIES_LABELS[i.appliesWhen]}</span></>}
                    </td>
                    <td>
                      {ROLE_NEED_LABELS[i.roleNeeded]}
                      {i.preferredStaffId !== null && <> · prefers {staffById.get(i.preferredStaffId)?.name ?? 'a former staff member'}</>}
                    </td>
                    <td>
                      from {formatDate(i.startsOn)}
                      {i.endsOn && <> to {formatDate(i.endsOn)}</>}
                      {!inForce(i, today) && <> (not in force today)</>}
                    </td>
                    <td>
                      <button type="button" className="button button-small" onClick={() => setEditing(i)} aria-label={`Edit ${describeRule(i.rule)} ${INTERVENTION_LABELS[i.intervention]}`}>
                        Edit
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="panel planning-list" aria-labelledby="appointments-title">
          <h2 id="appointments-title">Upcoming appointments and dates</h2>
          {upcoming.data?.length === 0 && <p className="empty">None in the coming year.</p>}
          <ul className="appt-list">
            {upcoming.data?.map((a) => (
              <li key={a.id}>
                <span className="appt-list-day">{formatDayShort(a.day)}</span>
                <AppointmentChip appointment={a} onOpen={() => setAppointment({ appointment: a, day: a.day })} />
              </li>
            ))}
          </ul>
        </section>
      </div>

      {editing && staff.data && (
        <ScheduleItemDialog client={client} item={editing === 'new' ? null : editing} staff={staff.data} today={today} onClose={() => setEditing(null)} />
      )}
      {appointment && (
        <AppointmentDialog appointment={appointment.appointment} clientId={client.id} day={appointment.day} onClose={() => setAppointment(null)} />
      )}
    </section>
  );
}

/** One recurring contact on a day of the week: when, how long, what, who. */
function ItemCard({ item: i, staff, clientStatus, onOpen }: { item: ScheduleItem; staff: Map<number, Staff>; clientStatus: ClientStatus; onOpen: () => void }) {
  // Drafting follows the client's status: a hospital visit is not drafted while the client is home.
  const dormant = i.appliesWhen !== clientStatus;
  const preferred = i.preferredStaffId !== null ? staff.get(i.preferredStaffId) : undefined;
  return (
    <button type="button" className={`card item-card intervention-${i.intervention}${dormant ? ' item-card-dormant' : ''}`} onClick={onOpen} data-item-id={i.id}>
      <span className="card-time">
        {whenOf(i)} · {formatDuration(i.durationMinutes)}
      </span>
      <span className="item-what">{INTERVENTION_LABELS[i.intervention]}</span>
      <span className="card-what">{LOCATION_LABELS[i.location]}</span>
      {i.roleNeeded !== 'any' && <span className="item-flag">Needs {ROLE_NEED_LABELS[i.roleNeeded]}</span>}
      {preferred && <span className="card-what">Prefers {preferred.name}</span>}
      {!isPlainWeekly(i) && <span className="item-rule">{describeRule(i.rule)}</span>}
      {i.appliesWhen !== 'active' && <span className="item-flag">{APPLIES_LABELS[i.appliesWhen]}</span>}
      {dormant && <span className="item-dormant">Not drafted now: client is {CLIENT_STATUS_LABELS[clientStatus].toLowerCase()}</span>}
    </button>
  );
}
