/**
 * Documentation due dates (issue 14, chart captains): what each client's record needs and by
 * when, from the admission date and the documents recorded as done. The one place for these
 * rules, one rule set per state profile. Pure: calendar dates only (no clock, no time zone).
 */
import type { LocalDate } from '../domain';
import type { StateProfile } from '../state-profile';
import { addDays, addMonths } from '../time';
import { isWeekend } from './availability';

export const DOC_KINDS = ['immediate_needs', 'assessment', 'plan', 'plan_review'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export const DOC_KIND_LABELS: Record<DocKind, string> = {
  immediate_needs: 'Immediate needs assessment',
  assessment: 'Comprehensive assessment',
  plan: 'Service / treatment plan',
  plan_review: 'Plan review',
};

/** When a first document is due after admission. */
export type FirstDue =
  /** Within n business days (weekends and the team's holidays skipped). */
  | { businessDays: number }
  /** Within n calendar days; `from`: the earliest day the standard expects it (a range such as 45–60). */
  | { days: number; from?: number };

export interface FirstDocRule {
  kind: Exclude<DocKind, 'plan_review'>;
  due: FirstDue;
  /** Where the standard says so. */
  cite: string;
}

export interface DocumentationRuleSet {
  /** The standard the rules come from. */
  source: string;
  /** Set when the state's own document sets no timelines and another state's rules stand in. */
  fallback: string | null;
  first: FirstDocRule[];
  /** The plan is reviewed at least this often, from the plan or its last review. */
  reviewMonths: number;
  reviewCite: string;
}

const NY: DocumentationRuleSet = {
  source: 'NY OMH ACT Program Guidelines 5.10',
  fallback: null,
  first: [
    { kind: 'immediate_needs', due: { businessDays: 7 }, cite: 'NY 5.10.1' },
    { kind: 'assessment', due: { from: 45, days: 60 }, cite: 'NY 5.10.2' },
    { kind: 'plan', due: { from: 45, days: 60 }, cite: 'NY 5.10.3' },
  ],
  reviewMonths: 6,
  reviewCite: 'NY 5.10.4',
};

export const DOCUMENTATION_RULES: Record<StateProfile, DocumentationRuleSet> = {
  NY,
  MA: {
    source: 'MA PACT performance specifications, process 3–7',
    fallback: null,
    first: [
      { kind: 'assessment', due: { days: 30 }, cite: 'MA process 3' },
      { kind: 'plan', due: { days: 30 }, cite: 'MA process 5' },
    ],
    reviewMonths: 6,
    reviewCite: 'MA process 6–7',
  },
  // Utah's ACOT guidelines (2003) ask for a comprehensive assessment and an individualized plan
  // but give no timelines: the NY ones stand in, and the board says so.
  UT: { ...NY, fallback: "Utah's ACOT guidelines set no documentation timelines; the New York ones are used." },
};

/** `n` business days after `day` (weekends and `holidays` skipped): day 1 is the first business day after it. */
export function addBusinessDays(day: LocalDate, n: number, holidays: ReadonlySet<LocalDate>): LocalDate {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (!isWeekend(d) && !holidays.has(d)) left--;
  }
  return d;
}


export type DocState = 'done' | 'later' | 'due_soon' | 'overdue';
/** A document counts as due soon this many days before its due date. */
export const DUE_SOON_DAYS = 14;

export interface DocDue {
  kind: DocKind;
  /** The earliest day the standard expects it (NY's 45 of 45–60 days); null: no such day. */
  from: LocalDate | null;
  dueOn: LocalDate;
  /** When it was done (the last review for a plan review that is not yet due again). */
  doneOn: LocalDate | null;
  state: DocState;
  cite: string;
}

export interface DocRecord {
  kind: DocKind;
  doneOn: LocalDate;
}

export interface DocumentationInput {
  admissionDate: LocalDate;
  done: readonly DocRecord[];
  holidays: ReadonlySet<LocalDate>;
  today: LocalDate;
}

const stateOf = (dueOn: LocalDate, today: LocalDate): DocState =>
  today > dueOn ? 'overdue' : today >= addDays(dueOn, -DUE_SOON_DAYS) ? 'due_soon' : 'later';

const latest = (records: readonly DocRecord[], ...kinds: DocKind[]): LocalDate | null =>
  records.filter((r) => kinds.includes(r.kind)).reduce<LocalDate | null>((m, r) => (m === null || r.doneOn > m ? r.doneOn : m), null);

/**
 * Each document's due date and state. The first documents count from admission; once the plan
 * (or a review of it) is on record the first documents are behind the client, and the next
 * review is due `reviewMonths` after the later of the plan and its last review.
 */
export function documentationDue(rules: DocumentationRuleSet, input: DocumentationInput): DocDue[] {
  const { admissionDate, done, holidays, today } = input;
  const planOn = latest(done, 'plan', 'plan_review');
  const items: DocDue[] = rules.first.map((rule) => {
    const dueOn = 'businessDays' in rule.due ? addBusinessDays(admissionDate, rule.due.businessDays, holidays) : addDays(admissionDate, rule.due.days);
    const from = 'from' in rule.due && rule.due.from !== undefined ? addDays(admissionDate, rule.due.from) : null;
    const doneOn = latest(done, rule.kind);
    // A plan (or a review of one) on record means the first documents are behind the client.
    const behind = doneOn !== null || planOn !== null;
    return { kind: rule.kind, from, dueOn, doneOn, state: behind ? 'done' : stateOf(dueOn, today), cite: rule.cite };
  });
  if (planOn !== null) {
    const dueOn = addMonths(planOn, rules.reviewMonths);
    items.push({ kind: 'plan_review', from: null, dueOn, doneOn: latest(done, 'plan_review'), state: stateOf(dueOn, today), cite: rules.reviewCite });
  }
  return items;
}

/** The documents still owed (not done), most urgent first. */
export const owed = (items: readonly DocDue[]): DocDue[] => items.filter((i) => i.state !== 'done').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
