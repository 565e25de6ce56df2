/**
 * Recurring schedule items as iCalendar RRULEs (the rrule library). Dates are
 * floating: a local date is written as midnight UTC, so daylight-saving changes
 * never move an occurrence to another day.
 */
import { RRule, type Weekday as RRuleWeekday, rrulestr } from 'rrule';
import type { LocalDate } from '../domain';
import { WEEKDAY_SHORT, type RecurrenceRule, type Weekday } from '../schedule';

const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const asDate = (day: LocalDate) => new Date(`${day}T00:00:00Z`);
const asDay = (d: Date): LocalDate => d.toISOString().slice(0, 10);

export function toRRule(rule: RecurrenceRule, startsOn: LocalDate, endsOn: LocalDate | null): string {
  const common = { dtstart: asDate(startsOn), until: endsOn ? asDate(endsOn) : null, interval: rule.interval };
  switch (rule.kind) {
    case 'weekly':
      return new RRule({ ...common, freq: RRule.WEEKLY, byweekday: rule.weekdays.map((d) => RRULE_DAYS[d - 1]!) }).toString();
    case 'monthlyByDay':
      return new RRule({ ...common, freq: RRule.MONTHLY, bymonthday: [rule.monthDay] }).toString();
    case 'monthlyByWeekday':
      return new RRule({ ...common, freq: RRule.MONTHLY, byweekday: [RRULE_DAYS[rule.weekday - 1]!.nth(rule.nth)] }).toString();
  }
}

const parsed = new Map<string, RRule>();
function parse(text: string): RRule {
  let rule = parsed.get(text);
  if (!rule) {
    rule = rrulestr(text) as RRule;
    parsed.set(text, rule);
  }
  return rule;
}

const weekdayOf = (d: RRuleWeekday | number): Weekday => (((typeof d === 'number' ? d : d.weekday) % 7) + 1) as Weekday;

/** The structured rule back from a stored RRULE. */
export function fromRRule(text: string): RecurrenceRule {
  const o = parse(text).origOptions;
  const interval = o.interval ?? 1;
  const days = ([] as (RRuleWeekday | number)[]).concat((o.byweekday as RRuleWeekday[] | RRuleWeekday | undefined) ?? []);
  if (o.freq === RRule.WEEKLY) return { kind: 'weekly', interval, weekdays: days.map(weekdayOf) };
  const first = days[0];
  if (first !== undefined && typeof first !== 'number' && first.n) {
    return { kind: 'monthlyByWeekday', interval, weekday: weekdayOf(first), nth: first.n };
  }
  const monthDay = ([] as number[]).concat(o.bymonthday ?? [])[0] ?? 1;
  return { kind: 'monthlyByDay', interval, monthDay };
}

const DAY_MS = 86_400_000;
const dayNumber = (day: LocalDate) => Math.floor(asDate(day).getTime() / DAY_MS);
/** Monday-based week number of a day number (day 0, 1970-01-01, was a Thursday). */
const weekNumber = (n: number) => Math.floor((n + 3) / 7);

const matchers = new Map<string, (day: LocalDate) => boolean>();

/**
 * A fast test for one rule. Drafting asks about hundreds of rules for one day, and
 * rrule walks every occurrence from DTSTART each time; weekly rules (almost all of
 * them) are answered by arithmetic instead, the rest from a per-year cache.
 * `recurrence.test.ts` checks the arithmetic against rrule itself.
 */
function matcher(rrule: string): (day: LocalDate) => boolean {
  let match = matchers.get(rrule);
  if (match) return match;
  const rule = parse(rrule);
  const o = rule.origOptions;
  const simpleWeekly = o.freq === RRule.WEEKLY && !o.count && !o.bysetpos && (o.wkst === undefined || o.wkst === null || weekdayOf(o.wkst as RRuleWeekday) === 1);
  if (simpleWeekly && o.dtstart) {
    const start = Math.floor(o.dtstart.getTime() / DAY_MS);
    const until = o.until ? Math.floor(o.until.getTime() / DAY_MS) : Infinity;
    const interval = o.interval ?? 1;
    const days = new Set(([] as (RRuleWeekday | number)[]).concat((o.byweekday as RRuleWeekday[] | undefined) ?? []).map(weekdayOf));
    if (days.size === 0) days.add(weekdayOf((new Date(start * DAY_MS).getUTCDay() + 6) % 7));
    match = (day) => {
      const n = dayNumber(day);
      const weekday = (((n + 3) % 7) + 7) % 7 + 1;
      return n >= start && n <= until && days.has(weekday as Weekday) && (weekNumber(n) - weekNumber(start)) % interval === 0;
    };
  } else {
    const years = new Map<string, Set<LocalDate>>();
    match = (day) => {
      const year = day.slice(0, 4);
      let dates = years.get(year);
      if (!dates) {
        dates = new Set(occurrencesBetween(rrule, `${year}-01-01`, `${year}-12-31`));
        years.set(year, dates);
      }
      return dates.has(day);
    };
  }
  matchers.set(rrule, match);
  return match;
}

export function occursOn(rrule: string, day: LocalDate): boolean {
  return matcher(rrule)(day);
}

/** The slow, plain answer from rrule, for checking the fast one. */
export function occursOnByRRule(rrule: string, day: LocalDate): boolean {
  const d = asDate(day);
  return parse(rrule).between(d, d, true).length > 0;
}

/** Occurrence dates from `from` to `to`, inclusive. */
export function occurrencesBetween(rrule: string, from: LocalDate, to: LocalDate): LocalDate[] {
  return parse(rrule).between(asDate(from), asDate(to), true).map(asDay);
}

/** The first occurrence on or after `from`, or null if there is none. */
export function nextOccurrence(rrule: string, from: LocalDate): LocalDate | null {
  const d = parse(rrule).after(asDate(from), true);
  return d ? asDay(d) : null;
}

const ORDINAL: Record<number, string> = { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', [-1]: 'last' };

/** "Mon, Wed, Fri" · "every 2 weeks on Thu" · "monthly on day 15" · "2nd Tue of every month" */
export function describeRule(rule: RecurrenceRule): string {
  const every = (unit: string) => (rule.interval === 1 ? `every ${unit}` : `every ${rule.interval} ${unit}s`);
  switch (rule.kind) {
    case 'weekly': {
      const days = [...rule.weekdays].sort().map((d) => WEEKDAY_SHORT[d - 1]).join(', ');
      const list = rule.weekdays.length === 5 && !rule.weekdays.some((d) => d > 5) ? 'weekdays' : days;
      return rule.interval === 1 ? `Weekly: ${list}` : `${every('week')}: ${list}`.replace(/^e/, 'E');
    }
    case 'monthlyByDay':
      return `${every('month')} on ${rule.monthDay === -1 ? 'the last day' : `day ${rule.monthDay}`}`.replace(/^e/, 'E');
    case 'monthlyByWeekday':
      return `${ORDINAL[rule.nth] ?? `${rule.nth}th`} ${WEEKDAY_SHORT[rule.weekday - 1]}, ${every('month')}`;
  }
}

/**
 * A rule written as an RRULE by a person ("FREQ=WEEKLY;BYDAY=MO,TH", with or without
 * "RRULE:"); null when it is not one, or not a weekly or monthly rule the board keeps.
 * The structured rule is checked by the contract's schema after this.
 */
export function ruleFromRRuleText(text: string): RecurrenceRule | null {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (!/^FREQ=/i.test(body) || /DTSTART|COUNT=|BYSETPOS=/i.test(body)) return null;
  try {
    const options = RRule.parseString(body.toUpperCase());
    if (options.freq !== RRule.WEEKLY && options.freq !== RRule.MONTHLY) return null;
    if (options.until) return null;
    if (options.freq === RRule.MONTHLY && options.byweekday && !/BYDAY=[+-]?\d/i.test(body)) return null;
    return fromRRule(new RRule(options).toString());
  } catch {
    return null;
  }
}

/** A rule written back for a spreadsheet: the RRULE line alone, without its dates. */
export function rruleText(rule: RecurrenceRule): string {
  const full = toRRule(rule, '2000-01-03', null);
  const parts = full.split('\n').find((l) => l.startsWith('RRULE:'))!.slice('RRULE:'.length).split(';');
  return parts
    .filter((p) => p !== 'INTERVAL=1')
    .sort((a, b) => Number(b.startsWith('FREQ=')) - Number(a.startsWith('FREQ=')))
    .join(';');
}
