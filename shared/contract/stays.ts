/** The hospital log and the jail log (issue 10). */
import { z } from 'zod';
import type { Contact, LocalDate } from '../domain';
import { emptyInput, id, localDate, note, text, version } from '../schemas';
import {
  type ClientStays,
  type CurrentStay,
  DISCHARGE_DESTINATIONS,
  DISCHARGE_PLAN_STATES,
  LEGAL_STATUSES,
  MAX_FOLLOW_UP_DAYS,
  STAY_KINDS,
  STAY_LOGS,
  STAY_VISIT_KINDS,
  type Stay,
  type StayFigures,
  type StayFlag,
  type StayRecord,
  type StaySettings,
  type StayVisit,
} from '../stays';
import { method } from './define';

const yesNo = z.boolean({ error: 'must be yes or no' });
const short = text(200);
const day = localDate;

/** What can be written about a stay while it is open (admission and later edits); absent: left as it is (or empty). */
const stayFields = {
  facility: short.min(1, { error: 'is required (where the client is)' }),
  unit: short,
  reason: note,
  legalStatus: z.enum(LEGAL_STATUSES, { error: 'must be voluntary, involuntary or court-ordered' }).nullable(),
  legalUntil: day.nullable(),
  learnedHow: short,
  learnedOn: day.nullable(),
  teamInAdmission: yesNo,
  contactName: short,
  contactPhone: text(40),
  visitPlan: note,
  expectedDischarge: day.nullable(),
  dischargePlan: note,
  dischargePlanState: z.enum(DISCHARGE_PLAN_STATES, { error: 'must be not started, in progress or ready' }),
  charges: short,
  officer: short,
  attorney: short,
};
type StayFields = typeof stayFields;
const optionalFields = Object.fromEntries(Object.entries(stayFields).map(([k, s]) => [k, s.optional()])) as {
  [K in keyof StayFields]: z.ZodOptional<StayFields[K]>;
};

export const stayAdmitInput = z.strictObject({
  ...optionalFields,
  clientId: id,
  kind: z.enum(STAY_KINDS, { error: 'is not a known kind of stay' }),
  admittedOn: day,
  facility: stayFields.facility,
});

export const stayUpdateInput = z.strictObject({ ...optionalFields, id, version, admittedOn: day.optional() });

export const stayDischargeInput = z.strictObject({
  id,
  version,
  dischargedOn: day,
  dischargedTo: z.enum(DISCHARGE_DESTINATIONS, { error: 'must be home, residence, shelter, another facility, jail or hospital' }),
  teamInDischarge: yesNo.default(false),
  medicationReconciled: yesNo.default(false),
  followUpPlan: note.default(''),
});

export const stayVisitInput = z.strictObject({
  stayId: id,
  day,
  kind: z.enum(STAY_VISIT_KINDS, { error: 'must be a visit or a call' }).default('visit'),
  staffId: id.nullable().default(null),
  note: note.default(''),
});

export const stayHistoryInput = z.strictObject({
  clientId: id.optional(),
  log: z.enum(STAY_LOGS, { error: 'must be hospital or jail' }).optional(),
  kind: z.enum(STAY_KINDS, { error: 'is not a known kind of stay' }).optional(),
  from: day.optional(),
  to: day.optional(),
});

const days = (max: number) =>
  z.number({ error: 'must be a number of days' }).int({ error: 'must be whole days' }).min(1, { error: 'must be at least 1 day' }).max(max, { error: `must be at most ${max} days` });

/** A discharge or release that still owes its follow-up (shown beside the open stays). */
export interface FollowUpOwed {
  stayId: number;
  clientId: number;
  clientName: string;
  dischargedOn: LocalDate;
  followUpDue: LocalDate;
  flag: StayFlag | null;
}

/** A client whose status says hospital or jail with no open stay in the log (set by hand, or before the logs existed). */
export interface UnloggedStay {
  clientId: number;
  clientName: string;
  status: 'hospitalized' | 'incarcerated';
}

export interface CurrentStays {
  today: LocalDate;
  settings: StaySettings;
  stays: CurrentStay[];
  followUps: FollowUpOwed[];
  unlogged: UnloggedStay[];
}

export const stayMethods = {
  'stays.current': method<CurrentStays>()(emptyInput),
  'stays.history': method<StayRecord[]>()(stayHistoryInput),
  'stays.figures': method<StayFigures>()(z.strictObject({ from: day, to: day })),
  'stays.client': method<ClientStays>()(z.strictObject({ clientId: id })),
  'stays.settings': method<StaySettings>()(emptyInput),
  'stays.admit': method<Stay>()(stayAdmitInput),
  'stays.update': method<Stay>()(stayUpdateInput),
  'stays.discharge': method<{ stay: Stay; followUp: Contact }>()(stayDischargeInput),
  'stays.logVisit': method<StayVisit>()(stayVisitInput),
  /** "Plan a visit today": a visit contact on today's board for the stay's client. */
  'stays.planVisit': method<Contact>()(z.strictObject({ stayId: id })),
  'stays.updateSettings': method<StaySettings>()(
    z.strictObject({ version, visitGapDays: days(14), followUpDays: days(MAX_FOLLOW_UP_DAYS) }),
  ),
};
