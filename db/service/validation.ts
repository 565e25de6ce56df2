import type { z } from 'zod';
import { ApiError } from '../../shared/api';

/** Field names as people know them, for error messages. */
const FIELD_LABELS: Record<string, string> = {
  clientId: 'Client',
  staffId: 'Staff member',
  day: 'Date',
  start: 'Start time',
  end: 'End time',
  intervention: 'Intervention',
  location: 'Location',
  status: 'Status',
  note: 'Note',
  id: 'Id',
  version: 'Version',
  name: 'Name',
  initials: 'Initials',
  role: 'Role',
  fte: 'FTE',
  colour: 'Colour',
  active: 'Active',
  preferredName: 'Preferred name',
  recordNumber: 'Record number',
  admissionDate: 'Admission date',
  dischargedOn: 'Discharge date',
  dischargeReason: 'Discharge reason',
  primaryStaffId: 'Primary care manager',
  teamStaffIds: 'Treatment team',
  teamName: 'Team name',
  timeZone: 'Time zone',
  travelBufferMinutes: 'Travel time',
  noContactDays: 'Days without contact',
  meetingMinutesPerClient: 'Meeting minutes per client',
  rule: 'Repeat rule',
  weekdays: 'Days of the week',
  interval: 'Repeat interval',
  monthDay: 'Day of the month',
  nth: 'Week of the month',
  weekday: 'Weekday',
  startsOn: 'Start date',
  endsOn: 'End date',
  window: 'Time of day',
  durationMinutes: 'Duration',
  roleNeeded: 'Role needed',
  preferredStaffId: 'Preferred staff member',
  appliesWhen: 'Applies when',
  kind: 'Kind',
  place: 'Place',
  staffSupport: 'Staff support',
  fromDay: 'First day',
  toDay: 'Last day',
  pattern: 'Usual week',
  shift: 'Shift',
  from: 'From',
  to: 'To',
  runId: 'Draft',
  acuity: 'Acuity',
  reason: 'Reason',
  goals: 'Goals',
  planReviewDue: 'Treatment plan review date',
  lastPsychiatricVisit: 'Last psychiatric visit',
  psychiatricVisitDue: 'Psychiatric visit due date',
  alias: 'Alias',
  clientIds: 'Order',
  sort: 'Order',
  leave: 'Leave',
  parkNote: 'Parking note',
  presence: 'Attendance',
  weeks: 'Weeks',
  time: 'Time',
  category: 'Category',
  severity: 'Severity',
  text: 'Text',
  authorStaffId: 'Written by',
  onCall: 'On-call',
  meetingId: 'Meeting',
  eventIds: 'Events',
  // the on-call rota and the after-hours log (issue 11)
  members: 'Members',
  turnDays: 'Turn length',
  handoff: 'Hand-off times',
  startDay: 'First day',
  outFrom: 'First day out',
  outTo: 'Last day out',
  turn: 'Turn',
  withTurn: 'Other turn',
  caller: 'Caller',
  how: 'Phone or in person',
  whatHappened: 'What happened',
  outcome: 'What was done',
  followUp: 'Follow-up',
  phone: 'Phone',
  maxNights: 'Nights in a row',
  crisisLine: 'Crisis line',
  // AOT orders and documentation (issue 14)
  expiresOn: 'Expiry date',
  reportingDuty: 'Reporting duty',
  reportEveryDays: 'Report every',
  countyContact: 'County contact',
  doneOn: 'Date done',
  // team activities and client basics (issue 14)
  staffIds: 'Staff',
  fromStaffId: 'Staff member it moves from',
  toStaffId: 'Staff member it moves to',
  address: 'Address',
  crisisPlan: 'Crisis plan',
  legalStatus: 'Legal status',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
}

export function validationError(error: z.ZodError, input: unknown): ApiError {
  const parts = error.issues.slice(0, 3).map((issue) => {
    if (issue.code === 'unrecognized_keys') return `Unknown field(s): ${issue.keys.join(', ')}`;
    const field = issue.path.findLast((p) => typeof p === 'string');
    const label = field === undefined ? 'Input' : (FIELD_LABELS[field] ?? field);
    const message = issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined ? 'is required' : issue.message;
    return `${label} ${message}`;
  });
  return new ApiError('validation', parts.join('. ') + '.');
}
