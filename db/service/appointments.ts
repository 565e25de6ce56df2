import type { ParsedInput } from '../../shared/api';
import type { Appointment, AppointmentKind, StaffSupport } from '../../shared/schedule';
import { getClient } from './clients';
import { type CallContext, checkVersion, notFound } from './context';
import type { HandlersFor } from './handler';
import { shownAppointment } from './privacy';
import { teamTimeFormatter } from './settings';

interface AppointmentRow {
  id: number;
  client_id: number;
  day: string;
  start_minute: number | null;
  duration_minutes: number;
  kind: AppointmentKind;
  place: string;
  staff_support: StaffSupport;
  note: string;
  version: number;
  updated_at: string;
}

const toAppointment = (r: AppointmentRow): Appointment => ({
  id: r.id,
  clientId: r.client_id,
  day: r.day,
  startMinute: r.start_minute,
  durationMinutes: r.duration_minutes,
  kind: r.kind,
  place: r.place,
  staffSupport: r.staff_support,
  note: r.note,
  version: r.version,
});

export function listAppointments(ctx: Pick<CallContext, 'db'>, from: string, to: string, clientId?: number): Appointment[] {
  const rows = ctx.db
    .prepare(
      `SELECT * FROM appointments WHERE day BETWEEN ? AND ? AND (? IS NULL OR client_id = ?)
       ORDER BY day, start_minute IS NOT NULL, start_minute, id`,
    )
    .all(from, to, clientId ?? null, clientId ?? null) as AppointmentRow[];
  return rows.map(toAppointment);
}

export const appointmentsOn = (ctx: Pick<CallContext, 'db'>, day: string): Appointment[] =>
  listAppointments(ctx, day, day);

function row(ctx: Pick<CallContext, 'db'>, id: number): AppointmentRow {
  const r = ctx.db.prepare('SELECT * FROM appointments WHERE id = ?').get(id) as AppointmentRow | undefined;
  if (!r) throw notFound('Appointment', id);
  return r;
}

function current(ctx: CallContext, id: number, version: number): AppointmentRow {
  const r = row(ctx, id);
  checkVersion('appointment', { version: r.version, updatedAt: r.updated_at }, version, teamTimeFormatter(ctx));
  return r;
}

type Fields = ParsedInput<'appointments.create'>;
const values = (ctx: CallContext, a: Fields) => ({ ...a, startMinute: a.start, now: ctx.nowIso });

function changed(ctx: CallContext, action: string, before: Appointment | undefined, after: Appointment | undefined, id: number) {
  ctx.audit(action, 'appointment', id, before, after);
  ctx.changed('schedules');
}

function createAppointment(ctx: CallContext, input: Fields): Appointment {
  getClient(ctx, input.clientId);
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO appointments (client_id, day, start_minute, duration_minutes, kind, place, staff_support, note, updated_at)
       VALUES (@clientId, @day, @startMinute, @durationMinutes, @kind, @place, @staffSupport, @note, @now)`,
    )
    .run(values(ctx, input));
  const created = toAppointment(row(ctx, Number(lastInsertRowid)));
  changed(ctx, 'create', undefined, created, created.id);
  return created;
}

function updateAppointment(ctx: CallContext, input: ParsedInput<'appointments.update'>): Appointment {
  const before = toAppointment(current(ctx, input.id, input.version));
  getClient(ctx, input.clientId);
  ctx.db
    .prepare(
      `UPDATE appointments SET client_id = @clientId, day = @day, start_minute = @startMinute,
       duration_minutes = @durationMinutes, kind = @kind, place = @place, staff_support = @staffSupport,
       note = @note, version = version + 1, updated_at = @now WHERE id = @id`,
    )
    .run(values(ctx, input));
  const after = toAppointment(row(ctx, input.id));
  changed(ctx, 'update', before, after, input.id);
  return after;
}

function deleteAppointment(ctx: CallContext, input: ParsedInput<'appointments.delete'>): { id: number } {
  const before = toAppointment(current(ctx, input.id, input.version));
  ctx.db.prepare('DELETE FROM appointments WHERE id = ?').run(input.id);
  changed(ctx, 'delete', before, undefined, input.id);
  return { id: input.id };
}

export const appointmentHandlers: HandlersFor<
  'appointments.list' | 'appointments.create' | 'appointments.update' | 'appointments.delete'
> = {
  'appointments.list': (ctx, i) => listAppointments(ctx, i.from, i.to, i.clientId).map((a) => shownAppointment(ctx.privacy, a)),
  'appointments.create': createAppointment,
  'appointments.update': updateAppointment,
  'appointments.delete': deleteAppointment,
};
