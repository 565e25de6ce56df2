/**
 * Importing client weekly schedules: one row per recurring contact (record number,
 * days or an RRULE, a time or a part of the day, intervention, preferred staff).
 * A row matches an item the client already has with the same days, time and
 * intervention, so importing the same file twice adds nothing.
 */
import type { ParsedInput } from '../api';
import { type Client, INTERVENTION_LABELS, INTERVENTIONS, LOCATION_LABELS, LOCATIONS, type LocalDate, type Staff } from '../domain';
import { scheduleItemCreateInput } from '../contract/schedule';
import { exportHeader, type ImportPlan, type ImportRow } from '../import';
import type { RecurrenceRule, ScheduleItem } from '../schedule';
import { formatClock } from '../time';
import { enumOf, formatTimeOf, formatWeekdays, listOf, numberOf, timeOf, weekdaysOf } from './import-cells';
import { problemsOf } from './import-problems';
import { staffFinder } from './import-clients';
import { ruleFromRRuleText, rruleText } from './recurrence';

export type ScheduleImportValue = ParsedInput<'schedule.items.create'>;

const DEFAULT_MINUTES = 30;
const INTERVENTION_ALIASES = { meds: 'medication_delivery', 'med drop': 'medication_delivery', psych: 'psychiatric_visit', adl: 'adl_support' } as const;

/** The days of a rule as people write them: "Mon Wed Fri" for every week, an RRULE for anything else. */
export function daysText(rule: RecurrenceRule): string {
  return rule.kind === 'weekly' && rule.interval === 1 ? formatWeekdays(rule.weekdays) : rruleText(rule);
}

function ruleOf(text: string): RecurrenceRule | null {
  if (/^\s*(RRULE:)?FREQ=/i.test(text)) return ruleFromRRuleText(text);
  const weekdays = weekdaysOf(text);
  return weekdays ? { kind: 'weekly', interval: 1, weekdays } : null;
}

/** What makes two schedule lines the same contact: client, days, time and intervention. */
const identity = (v: Pick<ScheduleItem, 'clientId' | 'rule' | 'window' | 'intervention'> & { start: number | null }) =>
  JSON.stringify([v.clientId, daysText(v.rule), v.start, v.window, v.intervention]);

export function planScheduleImport(
  rows: readonly ImportRow[],
  clients: readonly Client[],
  staff: readonly Staff[],
  existing: readonly ScheduleItem[],
  today: LocalDate,
): ImportPlan<ScheduleImportValue> {
  const plan: ImportPlan<ScheduleImportValue> = { rows: [], problems: [] };
  const byRecord = new Map(clients.filter((c) => c.recordNumber).map((c) => [c.recordNumber!.trim().toLowerCase(), c]));
  const findStaff = staffFinder(staff.filter((s) => s.active));
  const current = new Map(
    existing.filter((i) => i.endsOn === null || i.endsOn >= today).map((i) => [identity({ ...i, start: i.startMinute }), i]),
  );
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const problems: string[] = [];
    const record = (cells.recordNumber ?? '').trim();
    const client = byRecord.get(record.toLowerCase());
    if (!record) problems.push('The record number is missing.');
    else if (!client) problems.push(`No client has the record number ${record} (import the clients first).`);
    const daysCell = (cells.days ?? '').trim();
    const rule = ruleOf(daysCell);
    if (!rule) {
      problems.push(
        daysCell
          ? `The days “${daysCell}” are not weekdays (like “Mon Wed Fri” or “Mon-Fri”) or a weekly or monthly RRULE (like FREQ=MONTHLY;BYMONTHDAY=1).`
          : 'The days are missing.',
      );
    }
    const timeCell = (cells.time ?? '').trim();
    const time = timeOf(timeCell);
    if (!time) problems.push(timeCell ? `The time “${timeCell}” is not a time (like 09:30 or 2:15 pm) or a part of the day (morning, afternoon, evening).` : 'The time is missing.');
    const minutesCell = (cells.durationMinutes ?? '').trim();
    const durationMinutes = minutesCell ? numberOf(minutesCell) : DEFAULT_MINUTES;
    if (durationMinutes === null) problems.push(`The minutes “${minutesCell}” are not a number.`);
    const interventionCell = (cells.intervention ?? '').trim();
    const intervention = enumOf(INTERVENTIONS, INTERVENTION_LABELS, interventionCell, INTERVENTION_ALIASES);
    if (!intervention) {
      problems.push(
        interventionCell
          ? `The intervention “${interventionCell}” is not one the board knows; use one of: ${listOf(INTERVENTIONS, INTERVENTION_LABELS)}.`
          : 'The intervention is missing.',
      );
    }
    const locationCell = (cells.location ?? '').trim();
    const location = locationCell ? enumOf(LOCATIONS, LOCATION_LABELS, locationCell) : 'community';
    if (!location) problems.push(`The location “${locationCell}” should be Community, Office or Phone.`);
    const staffCell = (cells.preferredStaff ?? '').trim();
    const preferred = staffCell ? findStaff(staffCell) : null;
    if (staffCell && !preferred) problems.push(`The preferred staff “${staffCell}” is not an active staff member on the board (use their initials).`);
    if (problems.length || !client || !rule || !time || durationMinutes === null || !intervention || !location) {
      plan.problems.push(...problems.map((message) => ({ row, message })));
      continue;
    }
    const checked = scheduleItemCreateInput.safeParse({
      clientId: client.id,
      rule,
      startsOn: today,
      start: time.start === null ? null : formatClock(time.start),
      window: time.window,
      durationMinutes,
      intervention,
      location,
      preferredStaffId: preferred?.id ?? null,
      note: cells.note ?? '',
    });
    if (!checked.success) {
      plan.problems.push(
        ...problemsOf(checked.error, { rule: `The days “${daysCell}”`, durationMinutes: `The minutes ${durationMinutes}`, note: 'The note', start: 'The time' }).map(
          (message) => ({ row, message }),
        ),
      );
      continue;
    }
    const value = checked.data;
    const key = identity(value);
    const earlier = seen.get(key);
    if (earlier) {
      plan.problems.push({ row, message: `Row ${earlier} has the same client, days, time and intervention; list each contact once.` });
      continue;
    }
    seen.set(key, row);
    const match = current.get(key);
    plan.rows.push({
      row,
      id: match?.id ?? null,
      value: match ? { ...value, startsOn: match.startsOn, endsOn: match.endsOn, roleNeeded: match.roleNeeded, appliesWhen: match.appliesWhen } : value,
      outcome: !match ? 'new' : sameItem(match, value) ? 'unchanged' : 'changed',
    });
  }
  return plan;
}

function sameItem(i: ScheduleItem, v: ScheduleImportValue): boolean {
  return i.durationMinutes === v.durationMinutes && i.location === v.location && i.preferredStaffId === v.preferredStaffId && i.note === v.note;
}

export function schedulesExportTable(items: readonly ScheduleItem[], clients: readonly Client[], staff: readonly Staff[]): { header: string[]; rows: string[][] } {
  const record = new Map(clients.map((c) => [c.id, c.recordNumber ?? '']));
  const initials = new Map(staff.map((s) => [s.id, s.initials]));
  return {
    header: exportHeader('schedules'),
    rows: items.map((i) => [
      record.get(i.clientId) ?? '',
      daysText(i.rule),
      formatTimeOf(i.startMinute, i.window),
      String(i.durationMinutes),
      INTERVENTION_LABELS[i.intervention],
      LOCATION_LABELS[i.location],
      i.preferredStaffId === null ? '' : (initials.get(i.preferredStaffId) ?? ''),
      i.note,
    ]),
  };
}
