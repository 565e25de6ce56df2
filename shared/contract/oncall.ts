/** The on-call rota and the after-hours log (issue 11). */
import { z } from 'zod';
import type { Contact } from '../domain';
import {
  type AfterHoursCall,
  CALL_HOW,
  CALL_OUTCOMES,
  type FairnessRow,
  type OnCallNow,
  type OnCallRole,
  type OnCallWarning,
  type Override,
  type Rotation,
  type Segment,
  type Turn,
} from '../oncall';
import { clock, emptyInput, id, localDate, requiredText, text, version } from '../schemas';
import { method } from './define';

/** Everything the rota screen edits. */
export interface OnCallRota {
  timeZone: string;
  roles: (OnCallRole & { rotation: Rotation | null })[];
  /** Overrides that have not ended yet, and those of the last 30 days. */
  overrides: Override[];
  /** Each staff member's on-call phone ('' when none); withheld from a locked seat. */
  phones: { staffId: number; phone: string }[];
  /** The team's crisis line, shown on the wall screen. */
  crisisLine: string;
  maxNights: number;
}

export interface OnCallTimeline {
  from: string;
  to: string;
  roles: { roleId: number; turns: Turn[]; segments: Segment[]; gaps: { start: string; end: string }[] }[];
}

export interface OnCallBoard {
  now: string;
  crisisLine: string;
  roles: OnCallNow[];
  warnings: OnCallWarning[];
}

export interface OnCallFairness {
  from: string;
  to: string;
  roles: { roleId: number; rows: FairnessRow[] }[];
}

/** An ISO instant (a turn's start, as the timeline gave it). */
const instant = z
  .string({ error: 'must be a time' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), { error: 'must be a date and time' })
  .transform((s) => new Date(s).toISOString());

const reason = requiredText(200);

const member = z
  .strictObject({
    staffId: id,
    fromDay: localDate.nullable().default(null),
    outFrom: localDate.nullable().default(null),
    outTo: localDate.nullable().default(null),
  })
  .superRefine((m, ctx) => {
    if ((m.outFrom === null) !== (m.outTo === null)) {
      ctx.addIssue({ code: 'custom', path: ['outTo'], message: 'and the first day out go together (both or neither)' });
    } else if (m.outFrom !== null && m.outTo !== null && m.outTo < m.outFrom) {
      ctx.addIssue({ code: 'custom', path: ['outTo'], message: 'must not be before the first day out' });
    }
  });

export const rotationInput = z.strictObject({
  roleId: id,
  /** 0 for a role without a rotation yet. */
  version,
  startDay: localDate,
  turnDays: z.number({ error: 'must be a number of days' }).int().min(1, { error: 'must be at least 1 day' }).max(28, { error: 'must be at most 28 days' }),
  handoff: z.array(clock).length(7, { error: 'must give a hand-off time for each of the 7 days of the week' }),
  members: z
    .array(member)
    .min(1, { error: 'must name at least one person: a rotation with nobody in it leaves the phone unanswered' })
    .max(60, { error: 'can hold at most 60 people' })
    .refine((ms) => new Set(ms.map((m) => m.staffId)).size === ms.length, { error: 'must not name anyone twice' }),
});

/** A local day and time, in the team's zone. */
const when = { day: localDate, time: clock };

export const overrideInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('swap'), roleId: id, turn: instant, withTurn: instant, reason }),
    z.strictObject({ kind: z.literal('give'), roleId: id, turn: instant, staffId: id, reason }),
    z
      .strictObject({ kind: z.literal('cover'), roleId: id, staffId: id, from: z.strictObject(when), to: z.strictObject(when), reason })
      .refine((v) => `${v.to.day}${String(v.to.time).padStart(4, '0')}` > `${v.from.day}${String(v.from.time).padStart(4, '0')}`, {
        error: 'must be after the start: a turn cannot end before it starts',
        path: ['to'],
      }),
  ],
  { error: 'must be a swap, a turn given away or a cover' },
);

export const callLogInput = z
  .strictObject({
    day: localDate,
    time: clock,
    /** Omitted: the signed-in person (someone at 'log' level always logs as themselves). */
    staffId: id.optional(),
    clientId: id.nullable(),
    /** Who called, when it was not a client (or who called about them). */
    caller: text(120).default(''),
    how: z.enum(CALL_HOW, { error: 'must be phone or in person' }),
    whatHappened: requiredText(2000),
    outcome: z.enum(CALL_OUTCOMES, { error: 'is not a known outcome' }),
    followUp: z.boolean({ error: 'must be yes or no' }).default(false),
  })
  .refine((v) => v.clientId !== null || v.caller !== '', { error: 'is needed when the call was not about a client of the team', path: ['caller'] });

const phone = z
  .string({ error: 'must be text' })
  .trim()
  .max(30, { error: 'must be at most 30 characters' })
  .regex(/^[0-9+()\-. ]*$/, { error: 'may hold digits, spaces and + ( ) - . only' });

export const oncallMethods = {
  'oncall.rota': method<OnCallRota>()(emptyInput),
  'oncall.timeline': method<OnCallTimeline>()(
    z
      .strictObject({ from: localDate, to: localDate })
      .refine((v) => v.to >= v.from, { error: 'must not be before the start date', path: ['to'] }),
  ),
  'oncall.now': method<OnCallBoard>()(emptyInput),
  'oncall.fairness': method<OnCallFairness>()(emptyInput),
  /** iCalendar of one person's turns (or the whole team's), 12 months ahead, overrides applied. */
  'oncall.calendar': method<{ filename: string; ics: string }>()(z.strictObject({ staffId: id.nullable().default(null) })),
  'oncall.addRole': method<OnCallRole>()(z.strictObject({ name: requiredText(40) })),
  'oncall.saveRotation': method<Rotation>()(rotationInput),
  'oncall.override': method<Override[]>()(overrideInput),
  /** Someone takes the phone from now to the end of the turn (the one on call has to go to hospital, say). */
  'oncall.takeNow': method<Override>()(z.strictObject({ roleId: id, staffId: id.optional(), reason })),
  'oncall.removeOverride': method<{ removed: number[] }>()(z.strictObject({ id })),
  'oncall.setPhone': method<{ staffId: number; phone: string }>()(z.strictObject({ staffId: id, phone })),
  'oncall.updateSettings': method<{ maxNights: number; crisisLine: string }>()(
    z.strictObject({
      maxNights: z.number({ error: 'must be a number' }).int().min(1, { error: 'must be at least 1' }).max(31, { error: 'must be at most 31' }),
      crisisLine: phone,
    }),
  ),

  'afterHours.list': method<AfterHoursCall[]>()(
    z.strictObject({
      clientId: id.nullable().default(null),
      /** Only calls not yet reviewed at a meeting, or since the last meeting. */
      sinceLastMeeting: z.boolean({ error: 'must be yes or no' }).default(false),
      limit: z.number({ error: 'must be a number' }).int().min(1).max(500).default(200),
    }),
  ),
  'afterHours.log': method<AfterHoursCall>()(callLogInput),
  'afterHours.review': method<AfterHoursCall>()(z.strictObject({ id, meetingId: id })),
  /** The call's follow-up as a contact on the next working day's board (Unassigned). */
  'afterHours.followUp': method<Contact>()(z.strictObject({ id })),
};
