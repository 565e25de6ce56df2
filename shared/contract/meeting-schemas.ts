/** zod schemas of the meeting, event log and client profile methods. */
import { z } from 'zod';
import { ACUITIES, EVENT_CATEGORIES, MEETING_SORTS, PRESENCES, SEVERITIES } from '../meeting';
import { clock, id, localDate, requiredText, text, version } from '../schemas';

export const EVENT_TEXT_MAX = 2000;
export const GOAL_MAX = 200;

export const clientSetAcuityInput = z.strictObject({
  clientId: id,
  version,
  acuity: z.enum(ACUITIES, { error: 'must be routine, watch or high risk' }),
  reason: requiredText(300),
});

export const clientUpdateProfileInput = z.strictObject({
  clientId: id,
  version,
  goals: z.array(requiredText(GOAL_MAX), { error: 'must be a list of goals' }).max(6, { error: 'can hold at most 6 goals' }).optional(),
  planReviewDue: localDate.nullable().optional(),
  lastPsychiatricVisit: localDate.nullable().optional(),
  psychiatricVisitDue: localDate.nullable().optional(),
  alias: text(30)
    .nullable()
    .transform((s) => (s === '' ? null : s))
    .optional(),
});

export const meetingSaveOrderInput = z.strictObject({
  clientIds: z
    .array(id, { error: 'must be a list of clients' })
    .max(500, { error: 'can hold at most 500 clients' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'names a client twice' }),
});

export const meetingStartInput = z.strictObject({
  sort: z.enum(MEETING_SORTS, { error: 'must be status, alphabetical or custom' }),
});

export const meetingIdInput = z.strictObject({ id });

export const meetingFocusInput = z.strictObject({
  id,
  /** The client this seat believes is in focus; another seat may have moved on. */
  from: id.nullable(),
  to: id.nullable(),
  leave: z.enum(['reviewed', 'parked', 'unchanged'], { error: 'must be reviewed, parked or unchanged' }),
  parkNote: text(300).default(''),
});

export const meetingAttendanceInput = z.strictObject({
  id,
  staffId: id,
  presence: z.enum(PRESENCES, { error: 'must be present, remote, absent or off' }),
});

export const meetingFinishInput = z.strictObject({ id, version, notes: text(2000).default('') });

export const meetingDiscardInput = z.strictObject({ id, version });

export const meetingHistoryInput = z.strictObject({
  weeks: z.number({ error: 'must be a number' }).int().min(1, { error: 'must be at least 1' }).max(52, { error: 'must be at most 52' }).default(6),
});

const eventFields = {
  clientId: id.nullable(),
  day: localDate,
  time: clock,
  category: z.enum(EVENT_CATEGORIES, { error: 'is not a known category' }),
  severity: z.enum(SEVERITIES, { error: 'must be low, medium or high' }),
  text: requiredText(EVENT_TEXT_MAX),
  /** Omitted: the signed-in person (a log-level person always writes as themselves). */
  authorStaffId: id.optional(),
  onCall: z.boolean({ error: 'must be yes or no' }),
};

export const eventCreateInput = z.strictObject({ ...eventFields, onCall: eventFields.onCall.default(false) });

export const eventListInput = z.strictObject({
  query: text(100).default(''),
  clientId: id.nullable().default(null),
  category: z.enum(EVENT_CATEGORIES, { error: 'is not a known category' }).nullable().default(null),
  from: localDate.nullable().default(null),
  to: localDate.nullable().default(null),
  unreviewedOnly: z.boolean({ error: 'must be yes or no' }).default(false),
  limit: z.number({ error: 'must be a number' }).int().min(1).max(500, { error: 'must be at most 500' }).default(200),
});

export const eventReviewInput = z.strictObject({
  meetingId: id,
  eventIds: z.array(id, { error: 'must be a list of events' }).min(1, { error: 'must name an event' }).max(200),
});
