/** The meeting's forms: a significant event, acuity, parking, goals and alias, attendance. */
import { useState } from 'react';
import { DateTime } from 'luxon';
import type { Staff } from '../../../shared/domain';
import { EVENT_TEXT_MAX, GOAL_MAX } from '../../../shared/contract/meeting-schemas';
import {
  ACUITIES,
  ACUITY_LABELS,
  type Acuity,
  type ClientProfile,
  EVENT_CATEGORIES,
  EVENT_CATEGORY_LABELS,
  type EventCategory,
  type Meeting,
  PRESENCES,
  PRESENCE_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
  type Severity,
} from '../../../shared/meeting';
import { call, errorMessage } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { EnumSelect, StaffSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { useNotify } from '../notices';
import { useDisplayName } from '../privacy';
import { useClients } from '../queries';
import { useSession } from '../trust/session';
import { ownWorkOnly } from '../trust/own-work';
import { useRefreshMeeting } from './refresh';
import { TimeField } from '../components/TimeField';

export function EventDialog({
  clientId,
  staff,
  timeZone,
  onClose,
}: {
  clientId: number | null;
  staff: Staff[];
  timeZone: string;
  onClose: () => void;
}) {
  const clients = useClients();
  const displayName = useDisplayName();
  const { state, locked, askToUnlock } = useSession();
  const me = state?.person ?? null;
  const authors = ownWorkOnly(me, staff);
  const now = DateTime.now().setZone(timeZone);
  const [draft, setDraft] = useState({
    clientId,
    day: now.toISODate() ?? '',
    time: now.toFormat('HH:mm'),
    category: 'other' as EventCategory,
    severity: 'medium' as Severity,
    text: '',
    /** null: not chosen, so the person unlocked at this seat (also when the PIN is entered with the form open). */
    authorStaffId: null as number | null,
    onCall: false,
  });
  const author = draft.authorStaffId ?? me?.id ?? null;
  const set = <K extends keyof typeof draft>(k: K, v: (typeof draft)[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const { busy, error, setError, run } = useSaving(onClose);
  const refresh = useRefreshMeeting();
  const save = () => {
    // A locked seat asks for the PIN first: whoever enters it is then the author.
    if (locked) return askToUnlock();
    if (author === null) return setError('Choose who is writing the event.');
    void run(() => call('events.create', { ...draft, authorStaffId: author }).then(refresh));
  };
  return (
    <FormDialog title="Add a significant event" onClose={onClose} onSubmit={save} submitLabel="Add event" busy={busy} error={error} wide>
      <div className="form-grid">
        <Field label="Client" hint="Optional: leave empty for a team event">
          <select value={draft.clientId ?? ''} onChange={(e) => set('clientId', e.target.value ? Number(e.target.value) : null)}>
            <option value="">No client (team event)</option>
            {clients.data
              ?.filter((c) => c.status !== 'discharged')
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {displayName(c)}
                </option>
              ))}
          </select>
        </Field>
        <Field label="Written by">
          <StaffSelect value={author} staff={authors} noneLabel="Choose…" onChange={(v) => set('authorStaffId', v)} />
        </Field>
        <div className="field-pair">
          <Field label="Date">
            <input type="date" value={draft.day} onChange={(e) => set('day', e.target.value)} />
          </Field>
          <Field label="Time">
            <TimeField value={draft.time} onChange={(v) => set('time', v)} />
          </Field>
        </div>
        <Field label="Category">
          <EnumSelect value={draft.category} values={EVENT_CATEGORIES} labels={EVENT_CATEGORY_LABELS} onChange={(v) => set('category', v)} />
        </Field>
        <Field label="Severity">
          <EnumSelect value={draft.severity} values={SEVERITIES} labels={SEVERITY_LABELS} onChange={(v) => set('severity', v)} />
        </Field>
      </div>
      <label className="checkbox event-oncall">
        <input type="checkbox" checked={draft.onCall} onChange={(e) => set('onCall', e.target.checked)} /> Came in on the on-call phone
      </label>
      <Field label="What happened" hint={`${draft.text.length} / ${EVENT_TEXT_MAX}`}>
        <textarea value={draft.text} rows={4} data-autofocus onChange={(e) => set('text', e.target.value)} />
      </Field>
    </FormDialog>
  );
}

export function AcuityDialog({ profile, name, onClose }: { profile: ClientProfile; name: string; onClose: () => void }) {
  const [acuity, setAcuity] = useState<Acuity>(profile.acuity);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSaving(onClose);
  const refresh = useRefreshMeeting();
  const save = () =>
    void run(() => call('clients.setAcuity', { clientId: profile.clientId, version: profile.version, acuity, reason }).then(refresh));
  return (
    <FormDialog title={`Acuity of ${name}`} onClose={onClose} onSubmit={save} submitLabel="Save acuity" busy={busy} error={error}>
      <fieldset className="status-picker">
        <legend>Acuity</legend>
        {ACUITIES.map((a) => (
          <label key={a} className={`status-option acuity-option${acuity === a ? ' selected' : ''}`}>
            <input type="radio" name="acuity" value={a} checked={acuity === a} onChange={() => setAcuity(a)} />
            <span aria-hidden="true">{ACUITY_SYMBOL[a]}</span> {ACUITY_LABELS[a]}
          </label>
        ))}
      </fieldset>
      <Field label="Reason" hint="Why the acuity changes (kept in the record)">
        <input value={reason} onChange={(e) => setReason(e.target.value)} data-autofocus maxLength={300} />
      </Field>
    </FormDialog>
  );
}

export const ACUITY_SYMBOL: Record<Acuity, string> = { routine: '○', watch: '△', high_risk: '▲' };

export function ParkDialog({ name, onPark, onClose }: { name: string; onPark: (note: string) => void; onClose: () => void }) {
  const [note, setNote] = useState('');
  return (
    <FormDialog
      title={`Park ${name} for the end of the meeting`}
      onClose={onClose}
      onSubmit={() => {
        onPark(note);
        onClose();
      }}
      submitLabel="Park"
    >
      <Field label="What to talk about" hint="Optional">
        <input value={note} onChange={(e) => setNote(e.target.value)} data-autofocus maxLength={300} />
      </Field>
    </FormDialog>
  );
}

export function ProfileDialog({ profile, name, onClose }: { profile: ClientProfile; name: string; onClose: () => void }) {
  const [goals, setGoals] = useState(profile.goals.join('\n'));
  const [alias, setAlias] = useState(profile.alias ?? '');
  const { busy, error, run } = useSaving(onClose);
  const refresh = useRefreshMeeting();
  const save = () =>
    void run(() =>
      call('clients.updateProfile', {
        clientId: profile.clientId,
        version: profile.version,
        goals: goals.split('\n').map((g) => g.trim()).filter(Boolean),
        alias: alias || null,
      }).then(refresh),
    );
  return (
    <FormDialog title={`Goals and alias of ${name}`} onClose={onClose} onSubmit={save} submitLabel="Save" busy={busy} error={error} wide>
      <Field label="Goals, in the client's own words" hint={`One a line, up to 6, each up to ${GOAL_MAX} characters`}>
        <textarea value={goals} rows={4} onChange={(e) => setGoals(e.target.value)} data-autofocus />
      </Field>
      <div className="form-grid">
        <Field label="Alias for privacy mode" hint="Empty: the initials">
          <input value={alias} onChange={(e) => setAlias(e.target.value)} maxLength={30} />
        </Field>
      </div>
    </FormDialog>
  );
}

/** Who is at the meeting; each choice is saved at once. */
export function AttendanceDialog({ meeting, staff, onClose }: { meeting: Meeting; staff: Staff[]; onClose: () => void }) {
  const notify = useNotify();
  const refresh = useRefreshMeeting();
  const presence = new Map(meeting.attendance.map((a) => [a.staffId, a.presence]));
  const shown = staff.filter((s) => s.active || presence.has(s.id));
  return (
    <FormDialog title="Attendance" onClose={onClose} onSubmit={onClose} submitLabel="Done" wide>
      <div className="attendance-list">
        {shown.map((s) => (
          <fieldset key={s.id} className="attendance-row">
            <legend>{s.name}</legend>
            {PRESENCES.map((p) => (
              <label key={p} className={`status-option presence-${p}${presence.get(s.id) === p ? ' selected' : ''}`}>
                <input
                  type="radio"
                  name={`presence-${s.id}`}
                  value={p}
                  checked={(presence.get(s.id) ?? 'absent') === p}
                  onChange={() =>
                    call('meeting.setAttendance', { id: meeting.id, staffId: s.id, presence: p })
                      .then(refresh)
                      .catch((err: unknown) => notify(errorMessage(err)))
                  }
                />
                {PRESENCE_LABELS[p]}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </FormDialog>
  );
}
