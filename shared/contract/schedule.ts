/** The shift manager's day: client schedules, appointments, staff availability, drafting. */
import { z } from 'zod';
import { CLIENT_STATUSES, type Contact, INTERVENTIONS, LOCATIONS } from '../domain';
import {
  APPOINTMENT_KINDS,
  type Appointment,
  type Holiday,
  ROLE_NEEDS,
  type SavedScheduleItem,
  type ScheduleItem,
  STAFF_SUPPORT,
  type StaffAvailability,
  TIME_OFF_KINDS,
  TIME_WINDOWS,
  type TimeOff,
  type Weekday,
} from '../schedule';
import { clock, emptyInput, id, localDate, note, text, version } from '../schemas';
import { MINUTES_PER_DAY } from '../time';
import { method } from './define';

const weekday = z
  .number({ error: 'must be a weekday 1 (Monday) to 7 (Sunday)' })
  .int()
  .min(1, { error: 'must be a weekday 1 (Monday) to 7 (Sunday)' })
  .max(7, { error: 'must be a weekday 1 (Monday) to 7 (Sunday)' })
  .transform((d) => d as Weekday);
const interval = z
  .number({ error: 'must be a number' })
  .int()
  .min(1, { error: 'must be at least 1' })
  .max(52, { error: 'must be at most 52' })
  .default(1);

export const recurrenceRule = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('weekly'),
      interval,
      weekdays: z
        .array(weekday)
        .min(1, { error: 'must name at least one day' })
        .refine((d) => new Set(d).size === d.length, { error: 'must not repeat a day' }),
    }),
    z.strictObject({
      kind: z.literal('monthlyByDay'),
      interval,
      monthDay: z.number({ error: 'must be a number' }).int().refine((d) => d === -1 || (d >= 1 && d <= 31), {
        error: 'must be 1 to 31, or -1 for the last day',
      }),
    }),
    z.strictObject({
      kind: z.literal('monthlyByWeekday'),
      interval,
      weekday: weekday,
      nth: z.number({ error: 'must be a number' }).int().refine((n) => n === -1 || (n >= 1 && n <= 4), {
        error: 'must be 1 to 4, or -1 for the last',
      }),
    }),
  ],
  { error: 'must be weekly, monthly by day or monthly by weekday' },
);

const duration = z
  .number({ error: 'must be a number of minutes' })
  .int({ error: 'must be whole minutes' })
  .min(5, { error: 'must be at least 5 minutes' })
  .max(720, { error: 'must be at most 12 hours' });

const scheduleItemFields = {
  clientId: id,
  rule: recurrenceRule,
  startsOn: localDate,
  endsOn: localDate.nullable().default(null),
  start: clock.nullable().default(null),
  window: z.enum(TIME_WINDOWS, { error: 'must be morning, afternoon or evening' }).nullable().default(null),
  durationMinutes: duration,
  intervention: z.enum(INTERVENTIONS, { error: 'is not a known intervention' }),
  location: z.enum(LOCATIONS, { error: 'must be community, office or phone' }),
  roleNeeded: z.enum(ROLE_NEEDS, { error: 'is not a known role' }).default('any'),
  preferredStaffId: id.nullable().default(null),
  appliesWhen: z
    .enum(CLIENT_STATUSES.filter((s) => s !== 'discharged') as ['active', 'hospitalized', 'incarcerated'], {
      error: 'must be active, hospitalized or incarcerated',
    })
    .default('active'),
  note: note.default(''),
};

type ItemShape = { startsOn: string; endsOn: string | null; start: number | null; window: string | null; durationMinutes: number };
function itemRules(v: ItemShape, ctx: z.RefinementCtx) {
  if ((v.start === null) === (v.window === null)) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: 'or a time window must be given (one of the two)' });
  }
  if (v.endsOn !== null && v.endsOn < v.startsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before the start date' });
  }
  if (v.start !== null && v.start + v.durationMinutes > MINUTES_PER_DAY) {
    ctx.addIssue({ code: 'custom', path: ['durationMinutes'], message: 'runs past midnight' });
  }
}

export const scheduleItemCreateInput = z.strictObject(scheduleItemFields).superRefine(itemRules);
export const scheduleItemUpdateInput = z.strictObject({ id, version, ...scheduleItemFields }).superRefine(itemRules);

const appointmentFields = {
  clientId: id,
  day: localDate,
  start: clock.nullable().default(null),
  durationMinutes: duration.default(60),
  kind: z.enum(APPOINTMENT_KINDS, { error: 'is not a known kind of appointment' }),
  place: text(120).default(''),
  staffSupport: z.enum(STAFF_SUPPORT, { error: 'must be none, accompany or transport' }).default('none'),
  note: note.default(''),
};
function appointmentRules(v: { start: number | null; durationMinutes: number; staffSupport: string }, ctx: z.RefinementCtx) {
  if (v.start !== null && v.start + v.durationMinutes > MINUTES_PER_DAY) {
    ctx.addIssue({ code: 'custom', path: ['durationMinutes'], message: 'runs past midnight' });
  }
  if (v.start === null && v.staffSupport !== 'none') {
    ctx.addIssue({ code: 'custom', path: ['start'], message: 'is needed when a staff member goes along' });
  }
}

const shift = z
  .strictObject({ start: clock, end: clock })
  .refine((s) => s.end > s.start, { error: 'must end after it starts', path: ['end'] });

export const scheduleMethods = {
  'schedule.items.list': method<ScheduleItem[]>()(z.strictObject({ clientId: id.optional() })),
  'schedule.items.create': method<SavedScheduleItem>()(scheduleItemCreateInput),
  'schedule.items.update': method<SavedScheduleItem>()(scheduleItemUpdateInput),
  'schedule.items.delete': method<{ id: number }>()(z.strictObject({ id, version })),

  'appointments.list': method<Appointment[]>()(
    z
      .strictObject({ from: localDate, to: localDate, clientId: id.optional() })
      .refine((v) => v.to >= v.from, { error: 'must not be before the start date', path: ['to'] }),
  ),
  'appointments.create': method<Appointment>()(z.strictObject(appointmentFields).superRefine(appointmentRules)),
  'appointments.update': method<Appointment>()(z.strictObject({ id, version, ...appointmentFields }).superRefine(appointmentRules)),
  'appointments.delete': method<{ id: number }>()(z.strictObject({ id, version })),

  'availability.list': method<StaffAvailability[]>()(emptyInput),
  'availability.setPattern': method<StaffAvailability>()(
    z.strictObject({ staffId: id, pattern: z.array(shift.nullable()).length(7, { error: 'must have the 7 days of the week' }) }),
  ),
  'availability.setDay': method<StaffAvailability>()(
    z.strictObject({ staffId: id, day: localDate, shift: z.union([shift, z.null(), z.literal('usual')]) }),
  ),
  'availability.addTimeOff': method<TimeOff>()(
    z
      .strictObject({
        staffId: id,
        fromDay: localDate,
        toDay: localDate,
        kind: z.enum(TIME_OFF_KINDS, { error: 'is not a known kind of time off' }),
        note: text(200).default(''),
      })
      .refine((v) => v.toDay >= v.fromDay, { error: 'must not be before the first day', path: ['toDay'] }),
  ),
  'availability.removeTimeOff': method<{ id: number }>()(z.strictObject({ id })),
  'holidays.list': method<Holiday[]>()(
    z
      .strictObject({ from: localDate, to: localDate })
      .refine((v) => v.to >= v.from, { error: 'must not be before the start date', path: ['to'] }),
  ),
  'holidays.set': method<{ day: string; name: string | null }>()(
    z.strictObject({ day: localDate, name: text(80).nullable() }),
  ),

  'day.setShiftManager': method<{ day: string; shiftManagerId: number | null; version: number }>()(
    z.strictObject({ day: localDate, version, staffId: id.nullable() }),
  ),
  'schedule.draft': method<{ runId: number; contacts: Contact[] }>()(z.strictObject({ day: localDate })),
  'schedule.undoDraft': method<{ removed: number; kept: number }>()(z.strictObject({ runId: id })),
};
