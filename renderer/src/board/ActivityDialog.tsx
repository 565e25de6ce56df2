/** Adding or changing a team activity (group, supervision, training, team meeting, travel). */
import { useState } from 'react';
import type { LocalDate, Staff } from '../../../shared/domain';
import { NOTE_MAX } from '../../../shared/text-limits';
import {
  TEAM_ACTIVITY_KINDS,
  TEAM_ACTIVITY_LABELS,
  TEAM_ACTIVITY_LOCATIONS,
  type TeamActivity,
  type TeamActivityLocation,
} from '../../../shared/team-activities';
import { addDays, formatClock, formatDayShort } from '../../../shared/time';
import { Field, FormDialog } from '../components/Dialog';
import { EnumSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { usePrivacy } from '../privacy';
import { useSession } from '../trust/session';
import { DeleteButton } from '../components/DeleteButton';
import { DayTimeFields } from './DayTimeFields';
import { ReadOnlyCard } from './ReadOnlyCard';
import type { ActivityDraft, useActivityActions } from './activity-actions';
import { timeRange } from './format';

const LOCATION_LABELS: Record<TeamActivityLocation, string> = { office: 'Office', community: 'Community' };

interface ActivityDialogProps {
  /** The activity being changed, or null to add one. */
  activity: TeamActivity | null;
  day: LocalDate;
  staff: Staff[];
  actions: ReturnType<typeof useActivityActions>;
  onClose: () => void;
}

type Draft = Required<Omit<ActivityDraft, 'repeat'>>;

/** How often a new activity repeats: not at all, or every 1, 2 or 4 weeks. */
const REPEATS = ['0', '1', '2', '4'] as const;
type Repeats = (typeof REPEATS)[number];
const REPEAT_LABELS: Record<Repeats, string> = { '0': 'Does not repeat', '1': 'Every week', '2': 'Every 2 weeks', '4': 'Every 4 weeks' };
/** A new series runs this long unless the person says otherwise: about a quarter. */
const SERIES_DEFAULT_DAYS = 12 * 7;

const draftOf = (a: TeamActivity | null, day: LocalDate): Draft =>
  a
    ? { kind: a.kind, day: a.day, start: formatClock(a.startMinute), end: formatClock(a.endMinute), location: a.location, staffIds: a.staffIds, note: a.note }
    : { kind: 'supervision', day, start: '13:00', end: '14:00', location: 'office', staffIds: [], note: '' };

/** A card opens as a form; on a locked seat, read-only. */
export function ActivityDialog(props: ActivityDialogProps) {
  const { locked } = useSession();
  const [readOnly] = useState(locked);
  if (readOnly && props.activity) return <ActivityView activity={props.activity} staff={props.staff} onClose={props.onClose} />;
  return <ActivityForm {...props} />;
}

function ActivityView({ activity, staff, onClose }: { activity: TeamActivity; staff: Staff[]; onClose: () => void }) {
  const { hideNotes } = usePrivacy();
  const names = activity.staffIds.map((id) => staff.find((s) => s.id === id)?.name ?? 'Staff member').join(', ');
  const rows: [string, string][] = [
    ['Activity', TEAM_ACTIVITY_LABELS[activity.kind]],
    ['Staff', names],
    ['Time', `${formatDayShort(activity.day)}, ${timeRange(activity)}`],
    ['Location', LOCATION_LABELS[activity.location]],
    ['Note', hideNotes && activity.note ? 'Hidden on this screen' : activity.note || '—'],
  ];
  return <ReadOnlyCard title="Team activity" rows={rows} onClose={onClose} />;
}

function ActivityForm({ activity, day, staff, actions, onClose }: ActivityDialogProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(activity, day));
  const { busy, error, setError, run } = useSaving(onClose);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const toggle = (id: number) => set('staffIds', draft.staffIds.includes(id) ? draft.staffIds.filter((s) => s !== id) : [...draft.staffIds, id]);
  const [repeats, setRepeats] = useState<Repeats>('0');
  const [until, setUntil] = useState(() => addDays(day, SERIES_DEFAULT_DAYS));
  const inSeries = activity !== null && activity.seriesId !== null;
  const [following, setFollowing] = useState(false);
  const save = () => {
    if (draft.staffIds.length === 0) return setError('Choose at least one staff member for the team activity.');
    const repeat = repeats === '0' ? {} : { repeat: { everyWeeks: Number(repeats), until } };
    void run(() => (activity ? actions.update(activity, { ...draft, following }) : actions.create({ ...draft, ...repeat })));
  };
  // Everyone already in it stays listed, even when not active now.
  const listed = staff.filter((s) => s.active || draft.staffIds.includes(s.id));
  return (
    <FormDialog
      title={activity ? 'Team activity' : 'Add a team activity'}
      onClose={onClose}
      onSubmit={save}
      submitLabel={activity ? 'Save' : 'Add activity'}
      busy={busy}
      error={error}
      wide
      extraActions={
        activity && (
          <>
            <DeleteButton label={inSeries ? 'Delete this one' : 'Delete'} onDelete={() => void run(() => actions.remove(activity))} />
            {inSeries && <DeleteButton label="Delete this and the following" onDelete={() => void run(() => actions.remove(activity, true))} />}
          </>
        )
      }
    >
      <div className="form-grid">
        <Field label="Activity">
          <EnumSelect value={draft.kind} values={TEAM_ACTIVITY_KINDS} labels={TEAM_ACTIVITY_LABELS} onChange={(v) => set('kind', v)} autoFocus={!activity} />
        </Field>
        <DayTimeFields draft={draft} onChange={setDraft} />
        <Field label="Location" hint="Community: travel time is checked around it">
          <EnumSelect value={draft.location} values={TEAM_ACTIVITY_LOCATIONS} labels={LOCATION_LABELS} onChange={(v) => set('location', v)} />
        </Field>
        {!activity && (
          <div className="field-pair">
            <Field label="Repeats" hint="On the same weekday">
              <EnumSelect value={repeats} values={REPEATS} labels={REPEAT_LABELS} onChange={setRepeats} />
            </Field>
            {repeats !== '0' && (
              <Field label="Until" hint="Up to a year ahead">
                <input type="date" value={until} min={draft.day} onChange={(e) => setUntil(e.target.value)} required />
              </Field>
            )}
          </div>
        )}
      </div>
      {inSeries && (
        <fieldset className="status-picker">
          <legend>Save the change for</legend>
          <label className="checkbox">
            <input type="radio" name="following" checked={!following} onChange={() => setFollowing(false)} /> This one only
          </label>
          <label className="checkbox">
            <input type="radio" name="following" checked={following} onChange={() => setFollowing(true)} /> This one and the following in the series
          </label>
        </fieldset>
      )}
      <fieldset className="team-picker">
        <legend>Staff</legend>
        {listed.map((s) => (
          <label key={s.id} className="checkbox">
            <input type="checkbox" checked={draft.staffIds.includes(s.id)} onChange={() => toggle(s.id)} /> {s.name}
          </label>
        ))}
      </fieldset>
      <Field label="Note" hint={`${draft.note.length} / ${NOTE_MAX}`}>
        <textarea value={draft.note} onChange={(e) => set('note', e.target.value)} rows={2} />
      </Field>
    </FormDialog>
  );
}
