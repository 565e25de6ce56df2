/** Add or edit one recurring item of a client's schedule. */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Input } from '../../../shared/api';
import {
  type Client,
  INTERVENTIONS,
  INTERVENTION_LABELS,
  type Intervention,
  LOCATIONS,
  LOCATION_LABELS,
  type ContactLocation,
  type LocalDate,
  type Staff,
} from '../../../shared/domain';
import { defaultRoleNeed } from '../../../shared/rules/preferred-staff';
import { describeRule, occurrencesBetween, toRRule } from '../../../shared/rules/recurrence';
import {
  ROLE_NEEDS,
  ROLE_NEED_LABELS,
  type RecurrenceRule,
  type RoleNeed,
  type SavedScheduleItem,
  type ScheduleItem,
  TIME_WINDOWS,
  TIME_WINDOW_LABELS,
  type TimeWindow,
  WEEKDAY_SHORT,
  type Weekday,
} from '../../../shared/schedule';
import { NOTE_MAX } from '../../../shared/text-limits';
import { addDays, formatClock, weekdayOf } from '../../../shared/time';
import { call } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { EnumSelect, StaffSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { useDisplayName } from '../privacy';
import { numberOf } from './controls';
import { DeleteButton } from '../components/DeleteButton';
import { formatDayShort } from './dates';
import '../planning.css';
import { TimeField } from '../components/TimeField';

type RuleKind = RecurrenceRule['kind'];
const RULE_KINDS: readonly RuleKind[] = ['weekly', 'monthlyByDay', 'monthlyByWeekday'];
const RULE_KIND_LABELS: Record<RuleKind, string> = {
  weekly: 'Weekly',
  monthlyByDay: 'Monthly, on a date',
  monthlyByWeekday: 'Monthly, on a weekday',
};
type Applies = ScheduleItem['appliesWhen'];
const APPLIES: readonly Applies[] = ['active', 'hospitalized', 'incarcerated'];
export const APPLIES_LABELS: Record<Applies, string> = {
  active: 'In the community (active)',
  hospitalized: 'While hospitalized',
  incarcerated: 'While incarcerated',
};
const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAY_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_DAYS = ['-1', ...Array.from({ length: 31 }, (_, i) => String(i + 1))] as const;
const MONTH_DAY_LABELS = Object.fromEntries(MONTH_DAYS.map((d) => [d, d === '-1' ? 'Last day' : `Day ${d}`])) as Record<string, string>;
const NTHS = ['1', '2', '3', '4', '-1'] as const;
const NTH_LABELS: Record<(typeof NTHS)[number], string> = { '1': '1st', '2': '2nd', '3': '3rd', '4': '4th', '-1': 'Last' };
const WEEKDAY_KEYS = WEEKDAYS.map(String) as readonly string[];
const WEEKDAY_LABELS = Object.fromEntries(WEEKDAYS.map((d) => [String(d), WEEKDAY_LONG[d - 1]])) as Record<string, string>;

interface ItemDraft {
  ruleKind: RuleKind;
  interval: string;
  weekdays: Weekday[];
  monthDay: string;
  nth: (typeof NTHS)[number];
  weekday: string;
  startsOn: LocalDate;
  endsOn: string;
  timing: 'time' | 'window';
  start: string;
  window: TimeWindow;
  duration: string;
  intervention: Intervention;
  location: ContactLocation;
  roleNeeded: RoleNeed;
  preferredStaffId: number | null;
  appliesWhen: Applies;
  note: string;
}

function draftOf(item: ScheduleItem | null, client: Client, today: LocalDate): ItemDraft {
  const base: ItemDraft = {
    ruleKind: 'weekly',
    interval: '1',
    weekdays: [weekdayOf(today) as Weekday],
    monthDay: String(Number(today.slice(8, 10))),
    nth: '1',
    weekday: String(weekdayOf(today)),
    startsOn: today,
    endsOn: '',
    timing: 'time',
    start: '09:00',
    window: 'morning',
    duration: '30',
    intervention: 'medication_delivery',
    location: 'community',
    roleNeeded: 'any',
    preferredStaffId: client.primaryStaffId,
    appliesWhen: 'active',
    note: '',
  };
  if (!item) return base;
  const r = item.rule;
  return {
    ...base,
    ruleKind: r.kind,
    interval: String(r.interval),
    weekdays: r.kind === 'weekly' ? r.weekdays : base.weekdays,
    monthDay: r.kind === 'monthlyByDay' ? String(r.monthDay) : base.monthDay,
    nth: r.kind === 'monthlyByWeekday' ? (String(r.nth) as ItemDraft['nth']) : base.nth,
    weekday: r.kind === 'monthlyByWeekday' ? String(r.weekday) : base.weekday,
    startsOn: item.startsOn,
    endsOn: item.endsOn ?? '',
    timing: item.startMinute === null ? 'window' : 'time',
    start: item.startMinute === null ? base.start : formatClock(item.startMinute),
    window: item.window ?? base.window,
    duration: String(item.durationMinutes),
    intervention: item.intervention,
    location: item.location,
    roleNeeded: item.roleNeeded,
    preferredStaffId: item.preferredStaffId,
    appliesWhen: item.appliesWhen,
    note: item.note,
  };
}

function ruleOf(d: ItemDraft): RecurrenceRule {
  const interval = numberOf(d.interval);
  switch (d.ruleKind) {
    case 'weekly':
      return { kind: 'weekly', interval, weekdays: [...d.weekdays].sort() };
    case 'monthlyByDay':
      return { kind: 'monthlyByDay', interval, monthDay: Number(d.monthDay) };
    case 'monthlyByWeekday':
      return { kind: 'monthlyByWeekday', interval, weekday: Number(d.weekday) as Weekday, nth: Number(d.nth) };
  }
}

function inputOf(d: ItemDraft, clientId: number): Input<'schedule.items.create'> {
  return {
    clientId,
    rule: ruleOf(d),
    startsOn: d.startsOn,
    endsOn: d.endsOn || null,
    start: d.timing === 'time' ? d.start : null,
    window: d.timing === 'window' ? d.window : null,
    durationMinutes: numberOf(d.duration),
    intervention: d.intervention,
    location: d.location,
    roleNeeded: d.roleNeeded,
    preferredStaffId: d.preferredStaffId,
    appliesWhen: d.appliesWhen,
    note: d.note,
  };
}

/** The rule in words and its next few dates, or why it has none; computed here, checked again by the API. */
function rulePreview(d: ItemDraft, today: LocalDate): string {
  const rule = ruleOf(d);
  if (!Number.isInteger(rule.interval) || rule.interval < 1 || (rule.kind === 'weekly' && rule.weekdays.length === 0) || !d.startsOn) {
    return 'Choose how often, and the days.';
  }
  try {
    const rrule = toRRule(rule, d.startsOn, d.endsOn || null);
    const end = d.endsOn || addDays(d.startsOn, 730);
    if (occurrencesBetween(rrule, d.startsOn, end).length === 0) return `${describeRule(rule)}: no date falls between the start and end dates.`;
    const next = occurrencesBetween(rrule, d.startsOn > today ? d.startsOn : today, end).slice(0, 4);
    return next.length === 0 ? `${describeRule(rule)}. Ended.` : `${describeRule(rule)}. Next: ${next.map(formatDayShort).join(', ')}`;
  } catch {
    return describeRule(rule);
  }
}

interface Props {
  client: Client;
  item: ScheduleItem | null;
  staff: Staff[];
  today: LocalDate;
  onClose: () => void;
}

export function ScheduleItemDialog({ client, item, staff, today, onClose }: Props) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ItemDraft>(() => draftOf(item, client, today));
  const displayName = useDisplayName();
  /** Saved, with warnings about the preferred staff member: the form stays open on the saved item. */
  const [warned, setWarned] = useState<SavedScheduleItem | null>(null);
  const editing = warned ?? item;
  const { busy, error, run } = useSaving(() => undefined);
  const set = <K extends keyof ItemDraft>(k: K, v: ItemDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  // The role follows the intervention (an injection needs RN / LPN) unless someone chose another.
  const setIntervention = (v: Intervention) =>
    setDraft((d) => ({ ...d, intervention: v, roleNeeded: d.roleNeeded === defaultRoleNeed(d.intervention) ? defaultRoleNeed(v) : d.roleNeeded }));
  const toggleDay = (day: Weekday) =>
    set('weekdays', draft.weekdays.includes(day) ? draft.weekdays.filter((d) => d !== day) : [...draft.weekdays, day]);
  const preview = useMemo(() => rulePreview(draft, today), [draft, today]);
  // A preferred staff member who has since left stays visible, so the form says who it was.
  const choosable = staff.filter((s) => s.active || s.id === item?.preferredStaffId);

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['schedule'] });
  const save = () =>
    run(async () => {
      const input = inputOf(draft, client.id);
      const saved = await (editing
        ? call('schedule.items.update', { id: editing.id, version: editing.version, ...input })
        : call('schedule.items.create', input));
      await refresh();
      if (saved.warnings.length > 0) setWarned(saved);
      else onClose();
    });
  const remove = (target: ScheduleItem) =>
    run(async () => {
      await call('schedule.items.delete', { id: target.id, version: target.version });
      await refresh();
      onClose();
    });

  const unit = draft.ruleKind === 'weekly' ? 'weeks' : 'months';
  return (
    <FormDialog
      title={item ? `Schedule item for ${displayName(client)}` : `Add to ${displayName(client)}'s schedule`}
      onClose={onClose}
      onSubmit={() => void save()}
      submitLabel={editing ? 'Save' : 'Add to schedule'}
      busy={busy}
      error={error}
      wide
      extraActions={editing && <DeleteButton onDelete={() => void remove(editing)} />}
    >
      <fieldset className="status-picker rule-kinds">
        <legend>Repeats</legend>
        {RULE_KINDS.map((k) => (
          <label key={k} className={`status-option${draft.ruleKind === k ? ' selected' : ''}`}>
            <input type="radio" name="rule-kind" value={k} checked={draft.ruleKind === k} onChange={() => set('ruleKind', k)} />
            {RULE_KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        {draft.ruleKind === 'weekly' && (
          <fieldset className="team-picker weekday-picker">
            <legend>On these days</legend>
            {WEEKDAYS.map((d) => (
              <label key={d} className="checkbox">
                <input type="checkbox" checked={draft.weekdays.includes(d)} onChange={() => toggleDay(d)} aria-label={WEEKDAY_LONG[d - 1]} />
                {WEEKDAY_SHORT[d - 1]}
              </label>
            ))}
          </fieldset>
        )}
        {draft.ruleKind === 'monthlyByDay' && (
          <Field label="Day of the month">
            <EnumSelect value={draft.monthDay} values={MONTH_DAYS} labels={MONTH_DAY_LABELS} onChange={(v) => set('monthDay', v)} />
          </Field>
        )}
        {draft.ruleKind === 'monthlyByWeekday' && (
          <div className="field-pair">
            <Field label="Which">
              <EnumSelect value={draft.nth} values={NTHS} labels={NTH_LABELS} onChange={(v) => set('nth', v)} />
            </Field>
            <Field label="Weekday">
              <EnumSelect value={draft.weekday} values={WEEKDAY_KEYS} labels={WEEKDAY_LABELS} onChange={(v) => set('weekday', v)} />
            </Field>
          </div>
        )}
        <Field label={`Every how many ${unit}`} hint={`1 = every ${unit === 'weeks' ? 'week' : 'month'}, 2 = every other`}>
          <input type="number" min={1} max={52} value={draft.interval} onChange={(e) => set('interval', e.target.value)} />
        </Field>
      </div>
      <p className="rule-preview" aria-live="polite">
        {preview}
      </p>
      <div className="form-grid">
        <Field label="Starts on">
          <input type="date" value={draft.startsOn} onChange={(e) => set('startsOn', e.target.value)} />
        </Field>
        <Field label="Ends on" hint="Optional: empty means no end">
          <input type="date" value={draft.endsOn} onChange={(e) => set('endsOn', e.target.value)} />
        </Field>
      </div>
      <fieldset className="status-picker">
        <legend>When in the day</legend>
        <label className={`status-option${draft.timing === 'time' ? ' selected' : ''}`}>
          <input type="radio" name="timing" checked={draft.timing === 'time'} onChange={() => set('timing', 'time')} /> At a fixed time
        </label>
        <label className={`status-option${draft.timing === 'window' ? ' selected' : ''}`}>
          <input type="radio" name="timing" checked={draft.timing === 'window'} onChange={() => set('timing', 'window')} /> In a part of the day
        </label>
      </fieldset>
      <div className="form-grid">
        {draft.timing === 'time' ? (
          <Field label="Time">
            <TimeField value={draft.start} onChange={(v) => set('start', v)} />
          </Field>
        ) : (
          <Field label="Part of the day" hint="Morning 08–12, afternoon 12–17, evening 17–21">
            <EnumSelect value={draft.window} values={TIME_WINDOWS} labels={TIME_WINDOW_LABELS} onChange={(v) => set('window', v)} />
          </Field>
        )}
        <Field label="Duration (minutes)" hint="5 minutes to 12 hours">
          <input type="number" min={5} max={720} step={5} value={draft.duration} onChange={(e) => set('duration', e.target.value)} />
        </Field>
        <Field label="Intervention">
          <EnumSelect value={draft.intervention} values={INTERVENTIONS} labels={INTERVENTION_LABELS} onChange={setIntervention} />
        </Field>
        <Field label="Location">
          <EnumSelect value={draft.location} values={LOCATIONS} labels={LOCATION_LABELS} onChange={(v) => set('location', v)} />
        </Field>
        <Field label="Role needed">
          <EnumSelect value={draft.roleNeeded} values={ROLE_NEEDS} labels={ROLE_NEED_LABELS} onChange={(v) => set('roleNeeded', v)} />
        </Field>
        <Field label="Preferred staff member">
          <StaffSelect value={draft.preferredStaffId} staff={choosable} noneLabel="No preference" onChange={(v) => set('preferredStaffId', v)} />
        </Field>
        <Field label="Applies when the client is">
          <EnumSelect value={draft.appliesWhen} values={APPLIES} labels={APPLIES_LABELS} onChange={(v) => set('appliesWhen', v)} />
        </Field>
      </div>
      <Field label="Note" hint={`${draft.note.length} / ${NOTE_MAX}`}>
        <textarea value={draft.note} onChange={(e) => set('note', e.target.value)} rows={2} placeholder="What to bring, who to ask for" />
      </Field>
      {warned && (
        <div className="form-warning" role="status" data-testid="item-warnings">
          <p>Saved. About the preferred staff member:</p>
          <ul>
            {warned.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <p>Change it and save again, or close: the item is on the schedule as it is.</p>
        </div>
      )}
    </FormDialog>
  );
}
