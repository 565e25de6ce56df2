/** zod schemas for every API input: the one place where input rules live. */
import { z } from 'zod';
import {
  CLIENT_STATUSES,
  DISCHARGE_REASONS,
  COLLATERAL_WITH,
  CONTACT_KINDS,
  CONTACT_STATUSES,
  INTERVENTIONS,
  LOCATIONS,
  STAFF_ROLES,
} from './domain';
import { formatClock, isValidLocalDate, isValidTimeZone, MINUTES_PER_DAY, parseClock } from './time';
import { WITHHELD_TEXT } from './trust';
import { STATE_PROFILES } from './state-profile';
import { MINUTES_PER_CLIENT_MAX, MINUTES_PER_CLIENT_MIN } from './meeting';
import { wallSettingsSchema } from './wall';
import { NOTE_MAX } from './text-limits';
import { ADDRESS_MAX, CLIENT_LEGAL_STATUSES, CRISIS_PLAN_MAX, PHONE_MAX } from './client-basics';


export const id = z.number({ error: 'must be a number' }).int().positive();
export const version = z.number({ error: 'must be a number' }).int().nonnegative();
export const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => s !== WITHHELD_TEXT, {
      error: 'holds what a locked screen shows instead of the real text; close this form, open it again and make your change',
    });
export const requiredText = (max: number) => text(max).min(1, { error: 'is required' });

export const localDate = z
  .string({ error: 'must be a date' })
  .refine(isValidLocalDate, { error: 'must be a real date written YYYY-MM-DD' });

/** A wall-clock time, "HH:MM"; parsed to minutes after midnight. */
export const clock = z
  .string({ error: 'must be a time' })
  .refine((s) => parseClock(s) !== null, { error: 'must be a time written HH:MM' })
  .transform((s) => parseClock(s) as number);

/** A time of day kept as written text, normalised to "HH:MM". */
const clockText = clock.transform(formatClock);

export const note = text(NOTE_MAX);

export const boardGetInput = z.strictObject({
  day: localDate,
  /** A seat that hides names asks for clients (and the warnings naming them) by alias or initials. */
  privateNames: z.boolean({ error: 'must be yes or no' }).default(false),
});

const contactFields = {
  clientId: id,
  staffId: id.nullable(),
  day: localDate,
  start: clock,
  end: clock,
  intervention: z.enum(INTERVENTIONS, { error: 'is not a known intervention' }),
  location: z.enum(LOCATIONS, { error: 'must be community, office or phone' }),
  note: note.default(''),
  /** Left out: face to face, or phone for a contact placed on the phone. */
  kind: z.enum(CONTACT_KINDS, { error: 'must be face to face, phone, video or collateral' }).optional(),
  collateralWith: z.enum(COLLATERAL_WITH, { error: 'must be family, provider or other' }).nullable().optional(),
  nextPlan: note.optional(),
};

export function endAfterStart(v: { start?: number; end?: number }, ctx: z.RefinementCtx) {
  if (v.start === undefined || v.end === undefined) return;
  if (v.end <= v.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after the start time' });
  }
  if (v.start >= MINUTES_PER_DAY) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: 'must be before midnight' });
  }
}

export const contactCreateInput = z.strictObject(contactFields).superRefine(endAfterStart);

export const contactUpdateInput = z
  .strictObject({
    id,
    version,
    clientId: contactFields.clientId.optional(),
    staffId: contactFields.staffId.optional(),
    day: contactFields.day.optional(),
    start: contactFields.start.optional(),
    end: contactFields.end.optional(),
    intervention: contactFields.intervention.optional(),
    location: contactFields.location.optional(),
    kind: contactFields.kind,
    collateralWith: contactFields.collateralWith,
    status: z.enum(CONTACT_STATUSES, { error: 'is not a known contact status' }).optional(),
    note: note.optional(),
    nextPlan: note.optional(),
  })
  .superRefine(endAfterStart);

/** Reassign (staffId) and/or move to a new start, keeping the duration. */
export const contactMoveInput = z.strictObject({
  id,
  version,
  staffId: id.nullable(),
  start: clock.optional(),
});

export const contactSetStatusInput = z.strictObject({
  id,
  version,
  status: z.enum(CONTACT_STATUSES, { error: 'is not a known contact status' }),
  note: note.optional(),
  nextPlan: note.optional(),
});

export const contactDeleteInput = z.strictObject({ id, version });

const colour = z
  .string({ error: 'must be a colour' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written #RRGGBB' });

const staffFields = {
  name: requiredText(80),
  initials: z
    .string({ error: 'must be text' })
    .trim()
    .regex(/^[A-Za-z]{1,4}$/, { error: 'must be 1 to 4 letters' })
    .transform((s) => s.toUpperCase()),
  role: z.enum(STAFF_ROLES, { error: 'is not a known role' }),
  fte: z.number({ error: 'must be a number' }).min(0.1, { error: 'must be at least 0.1' }).max(1, {
    error: 'must be at most 1.0',
  }),
  colour,
  active: z.boolean({ error: 'must be yes or no' }),
};

export const staffCreateInput = z.strictObject({
  ...staffFields,
  active: staffFields.active.default(true),
});
export const staffUpdateInput = z.strictObject({
  id,
  version,
  name: staffFields.name.optional(),
  initials: staffFields.initials.optional(),
  role: staffFields.role.optional(),
  fte: staffFields.fte.optional(),
  colour: staffFields.colour.optional(),
  active: staffFields.active.optional(),
});

const clientFields = {
  name: requiredText(100),
  preferredName: requiredText(40),
  recordNumber: text(30)
    .nullable()
    .transform((s) => (s === '' ? null : s)),
  admissionDate: localDate,
  status: z.enum(CLIENT_STATUSES, { error: 'is not a known client status' }),
  dischargedOn: localDate.nullable(),
  dischargeReason: z.enum(DISCHARGE_REASONS, { error: 'is not a known discharge reason' }).nullable(),
  primaryStaffId: id.nullable(),
  teamStaffIds: z.array(id).max(20, { error: 'can hold at most 20 staff' }),
  address: text(ADDRESS_MAX),
  phone: text(PHONE_MAX),
  crisisPlan: text(CRISIS_PLAN_MAX),
  legalStatus: z.enum(CLIENT_LEGAL_STATUSES, { error: 'must be voluntary, AOT, conditional release, guardianship or other' }).nullable(),
};

export const clientCreateInput = z.strictObject({
  ...clientFields,
  recordNumber: clientFields.recordNumber.default(null),
  status: clientFields.status.default('active'),
  dischargedOn: clientFields.dischargedOn.default(null),
  dischargeReason: clientFields.dischargeReason.default(null),
  primaryStaffId: clientFields.primaryStaffId.default(null),
  teamStaffIds: clientFields.teamStaffIds.default([]),
  address: clientFields.address.default(''),
  phone: clientFields.phone.default(''),
  crisisPlan: clientFields.crisisPlan.default(''),
  legalStatus: clientFields.legalStatus.default(null),
});
export const clientUpdateInput = z.strictObject({
  id,
  version,
  name: clientFields.name.optional(),
  preferredName: clientFields.preferredName.optional(),
  recordNumber: clientFields.recordNumber.optional(),
  admissionDate: clientFields.admissionDate.optional(),
  status: clientFields.status.optional(),
  dischargedOn: clientFields.dischargedOn.optional(),
  dischargeReason: clientFields.dischargeReason.optional(),
  primaryStaffId: clientFields.primaryStaffId.optional(),
  teamStaffIds: clientFields.teamStaffIds.optional(),
  address: clientFields.address.optional(),
  phone: clientFields.phone.optional(),
  crisisPlan: clientFields.crisisPlan.optional(),
  legalStatus: clientFields.legalStatus.optional(),
});

export const settingsUpdateInput = z.strictObject({
  version,
  teamName: requiredText(80).optional(),
  travelBufferMinutes: z.number({ error: 'must be a number' }).int().min(0, { error: 'must be 0 or more' }).max(120, { error: 'must be at most 120 minutes' }).optional(),
  noContactDays: z.number({ error: 'must be a number' }).int().min(1, { error: 'must be at least 1 day' }).max(30, { error: 'must be at most 30 days' }).optional(),
  timeZone: z
    .string({ error: 'must be text' })
    .refine(isValidTimeZone, { error: 'is not a known time zone (e.g. America/New_York)' })
    .optional(),
  operatingStart: clockText.optional(),
  operatingEnd: clockText.optional(),
  clockFormat: z.enum(['24h', '12h'], { error: 'must be 24h or 12h' }).optional(),
  stateProfile: z.enum(STATE_PROFILES, { error: 'must be NY, MA or UT' }).optional(),
  meetingMinutesPerClient: z
    .number({ error: 'must be a number' })
    .min(MINUTES_PER_CLIENT_MIN, { error: `must be at least ${MINUTES_PER_CLIENT_MIN} minutes` })
    .max(MINUTES_PER_CLIENT_MAX, { error: `must be at most ${MINUTES_PER_CLIENT_MAX} minutes` })
    .multipleOf(0.5, { error: 'must be in half minutes (0.5, 1, 1.5…)' })
    .optional(),
  wall: wallSettingsSchema.optional(),
});

export const emptyInput = z.strictObject({}).default({});
