/**
 * The on-call screen (issue 11): warnings, each role's coming turns and changes to them,
 * the rotations, fairness, the calendar exports and the after-hours log.
 */
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import type { Staff } from '../../../shared/domain';
import { OVERRIDE_LABELS, type OnCallRole, type Turn } from '../../../shared/oncall';
import type { OnCallRota, OnCallTimeline } from '../../../shared/contract/oncall';
import { addDays, todayIn } from '../../../shared/time';
import { call, errorMessage } from '../api';
import { showTime } from '../clock';
import { StaffSelect } from '../components/Select';
import { useNotify } from '../notices';
import { useSettings, useStaff } from '../queries';
import { useSession } from '../trust/session';
import { CallList, LogCallForm } from './AfterHoursLog';
import { PrintableMonth } from './PrintableMonth';
import { useAfterHours, useFairness, useOnCallNow, useRota, useTimeline } from './queries';
import { RotationEditor } from './RotationEditor';
import './oncall.css';

/** How far ahead the turns are listed. */
const WEEKS_AHEAD = 10;

export function OnCallScreen() {
  const settings = useSettings();
  const staff = useStaff();
  const rota = useRota();
  const board = useOnCallNow();
  const timeZone = settings.data?.timeZone;
  const today = timeZone ? todayIn(timeZone) : null;
  const timeline = useTimeline(today ?? '2000-01-01', today ? addDays(today, WEEKS_AHEAD * 7) : '2000-01-01');
  const calls = useAfterHours({ limit: 50 });
  if (!timeZone || !rota.data || !staff.data || !timeline.data || !today) return <p className="empty">Loading the rota…</p>;
  const people = staff.data;
  return (
    <div className="screen oncall-screen">
      <div>
        <section className="panel" aria-labelledby="oncall-warnings">
          <h2 id="oncall-warnings">On call</h2>
          {board.data && board.data.warnings.length === 0 && <p className="muted">Every role is held for the next four weeks; no warnings.</p>}
          <ul className="oncall-warnings plain-list">
            {board.data?.warnings.map((w) => (
              <li key={`${w.kind}-${w.roleId}-${w.message}`} className={w.loud ? 'oncall-warning-loud' : undefined}>
                ⚠ {w.message}
              </li>
            ))}
          </ul>
        </section>
        {rota.data.roles.map((role) => (
          <RolePanel key={role.id} role={role} rota={rota.data} timeline={timeline.data} staff={people} timeZone={timeZone} today={today} />
        ))}
        <AddRole />
      </div>
      <div>
        <section className="panel" aria-labelledby="after-hours-log">
          <h2 id="after-hours-log">After-hours log</h2>
          <LogCallForm timeZone={timeZone} staff={people} />
          <h3>Recent calls</h3>
          {calls.data && <CallList calls={calls.data} staff={people} timeZone={timeZone} />}
        </section>
        <Fairness rota={rota.data} staff={people} />
        <Exports staff={people} />
        <Phones rota={rota.data} staff={people} />
      </div>
      <PrintableMonth rota={rota.data} staff={people} timeZone={timeZone} today={today} />
    </div>
  );
}

function useAct() {
  const { locked, askToUnlock } = useSession();
  const notify = useNotify();
  return (work: () => Promise<unknown>, done: string) =>
    locked ? askToUnlock() : work().then(() => notify(done, 'info')).catch((err: unknown) => notify(errorMessage(err)));
}

function RolePanel({
  role,
  rota,
  timeline,
  staff,
  timeZone,
  today,
}: {
  role: OnCallRota['roles'][number];
  rota: OnCallRota;
  timeline: OnCallTimeline;
  staff: Staff[];
  timeZone: string;
  today: string;
}) {
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const mine = timeline.roles.find((r) => r.roleId === role.id);
  const [now] = useState(() => Date.now());
  const turns = (mine?.turns ?? []).filter((t) => Date.parse(t.end) > now);
  const when = (iso: string) => showTime(DateTime.fromISO(iso).setZone(timeZone), 'ccc d LLL {time}');
  const heldIn = (t: Turn) =>
    (mine?.segments ?? []).filter((s) => Date.parse(s.end) > Date.parse(t.start) && Date.parse(s.start) < Date.parse(t.end));
  const overrides = rota.overrides.filter((o) => o.roleId === role.id && Date.parse(o.end) > now);
  const act = useAct();
  return (
    <section className="panel" aria-label={role.name}>
      <h2>{role.name}</h2>
      {!role.rotation && <p className="oncall-warning-loud">No rotation yet: set one up below.</p>}
      {turns.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Turn</th>
              <th scope="col">Rotation</th>
              <th scope="col">Holds the phone</th>
            </tr>
          </thead>
          <tbody>
            {turns.map((t) => (
              <tr key={t.start} data-testid={`turn-${role.id}-${t.start}`}>
                <td>
                  {when(t.start)} – {when(t.end)}
                </td>
                <td>{t.staffId === null ? 'Nobody' : names.get(t.staffId)}</td>
                <td>
                  {heldIn(t).map((s) => (
                    <div key={s.start} className={s.overrideId === null ? undefined : 'oncall-override'}>
                      {s.staffId === null ? 'Nobody' : names.get(s.staffId)}
                      {s.overrideId !== null && ` (${when(s.start)} – ${when(s.end)})`}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {role.rotation && <ChangeTurn role={role} turns={turns} staff={staff} timeZone={timeZone} when={when} />}
      {overrides.length > 0 && (
        <>
          <h3>Changes to the rotation</h3>
          <ul className="plain-list">
            {overrides.map((o) => (
              <li key={o.id}>
                {OVERRIDE_LABELS[o.kind]}: {names.get(o.staffId)} {when(o.start)} – {when(o.end)} · {o.reason}{' '}
                <button type="button" className="button" onClick={() => void act(() => call('oncall.removeOverride', { id: o.id }), 'Change removed.')}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <RotationEditor role={role} staff={staff} today={today} />
    </section>
  );
}

type ChangeKind = 'swap' | 'give' | 'cover' | 'take_now';

/** One form for every change to the turns: swap two, give one away, cover part of one, take the phone now. */
function ChangeTurn({
  role,
  turns,
  staff,
  timeZone,
  when,
}: {
  role: OnCallRole;
  turns: Turn[];
  staff: Staff[];
  timeZone: string;
  when: (iso: string) => string;
}) {
  const [kind, setKind] = useState<ChangeKind>('swap');
  const [turn, setTurn] = useState('');
  const [withTurn, setWithTurn] = useState('');
  const [staffId, setStaffId] = useState<number | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const act = useAct();
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const label = (t: Turn) => `${when(t.start)} – ${when(t.end)} · ${t.staffId === null ? 'Nobody' : names.get(t.staffId)}`;
  const local = (v: string) => {
    const t = DateTime.fromISO(v);
    return { day: t.toISODate()!, time: t.toFormat('HH:mm') };
  };
  const submit = () => {
    const done = () => {
      setReason('');
      setTurn('');
      setWithTurn('');
    };
    if (kind === 'take_now') {
      return act(() => call('oncall.takeNow', { roleId: role.id, staffId: staffId ?? undefined, reason }).then(done), 'You hold the phone now.');
    }
    if (kind === 'swap') return act(() => call('oncall.override', { kind, roleId: role.id, turn, withTurn, reason }).then(done), 'Turns swapped.');
    if (kind === 'give') {
      return act(() => call('oncall.override', { kind, roleId: role.id, turn, staffId: staffId ?? 0, reason }).then(done), 'Turn given.');
    }
    return act(
      () => call('oncall.override', { kind, roleId: role.id, staffId: staffId ?? 0, from: local(from), to: local(to), reason }).then(done),
      'Cover added.',
    );
  };
  const id = `change-${role.id}`;
  return (
    <form
      className="oncall-form"
      aria-label={`Change a turn of ${role.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        Change
        <select value={kind} onChange={(e) => setKind(e.target.value as ChangeKind)} id={`${id}-kind`}>
          <option value="swap">Swap two turns</option>
          <option value="give">Give a turn away</option>
          <option value="cover">Cover part of a turn</option>
          <option value="take_now">Take the phone now</option>
        </select>
      </label>
      {(kind === 'swap' || kind === 'give') && (
        <label>
          Turn
          <select value={turn} onChange={(e) => setTurn(e.target.value)} required>
            <option value="">Choose…</option>
            {turns.map((t) => (
              <option key={t.start} value={t.start}>
                {label(t)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'swap' && (
        <label>
          Swap with
          <select value={withTurn} onChange={(e) => setWithTurn(e.target.value)} required>
            <option value="">Choose…</option>
            {turns.map((t) => (
              <option key={t.start} value={t.start}>
                {label(t)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind !== 'swap' && (
        <label>
          {kind === 'take_now' ? 'Who takes it' : 'To'}
          <StaffSelect value={staffId} staff={staff.filter((s) => s.active)} noneLabel={kind === 'take_now' ? 'Me' : 'Choose…'} onChange={setStaffId} />
        </label>
      )}
      {kind === 'cover' && (
        <>
          <label>
            From ({timeZone})
            <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} required />
          </label>
          <label>
            Until
            <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} required />
          </label>
        </>
      )}
      <label className="wide">
        Reason
        <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} required placeholder="e.g. Family wedding" />
      </label>
      <div className="wide">
        <button type="submit" className="button button-primary">
          {kind === 'take_now' ? 'Take the phone now' : 'Save the change'}
        </button>
      </div>
    </form>
  );
}

function AddRole() {
  const [name, setName] = useState('');
  const act = useAct();
  return (
    <section className="panel">
      <form
        className="oncall-form"
        aria-label="Add a role"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => call('oncall.addRole', { name }).then(() => setName('')), 'Role added.');
        }}
      >
        <label>
          Another role (e.g. second on call)
          <input value={name} maxLength={40} onChange={(e) => setName(e.target.value)} required />
        </label>
        <div>
          <button type="submit" className="button">
            Add the role
          </button>
        </div>
      </form>
    </section>
  );
}

function Fairness({ rota, staff }: { rota: OnCallRota; staff: Staff[] }) {
  const fairness = useFairness();
  const names = new Map(staff.map((s) => [s.id, s.name]));
  return (
    <section className="panel" aria-labelledby="fairness-title">
      <h2 id="fairness-title">Who carried what, the last 12 months</h2>
      {fairness.data?.roles.map((r) => {
        const role = rota.roles.find((x) => x.id === r.roleId);
        if (!role || r.rows.length === 0) return null;
        return (
          <table key={r.roleId} aria-label={`Fairness: ${role.name}`}>
            <caption>{role.name}</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Weeks</th>
                <th scope="col">Weekend days</th>
                <th scope="col">Holidays</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr key={row.staffId}>
                  <td>{names.get(row.staffId)}</td>
                  <td>{row.weeks}</td>
                  <td>{row.weekendDays}</td>
                  <td>{row.holidays}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

function Exports({ staff }: { staff: Staff[] }) {
  const [who, setWho] = useState<number | null>(null);
  const notify = useNotify();
  const get = (staffId: number | null) =>
    call('oncall.calendar', { staffId })
      .then((c) => download(c.filename, c.ics))
      .catch((err: unknown) => notify(errorMessage(err)));
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">Calendars, 12 months ahead</h2>
      <div className="oncall-form">
        <label>
          One person’s turns
          <StaffSelect value={who} staff={staff.filter((s) => s.active)} noneLabel="Choose…" onChange={setWho} />
        </label>
        <button type="button" className="button" disabled={who === null} onClick={() => void get(who)}>
          Download (.ics)
        </button>
        <button type="button" className="button" onClick={() => void get(null)}>
          The whole team (.ics)
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print this month
        </button>
      </div>
    </section>
  );
}

function Phones({ rota, staff }: { rota: OnCallRota; staff: Staff[] }) {
  const stored = useMemo(() => new Map(rota.phones.map((p) => [p.staffId, p.phone])), [rota.phones]);
  const [edits, setEdits] = useState<Map<number, string>>(new Map());
  const [crisis, setCrisis] = useState<string | null>(null);
  const [maxNights, setMaxNights] = useState<number | null>(null);
  const act = useAct();
  return (
    <details className="panel">
      <summary>On-call phones and settings</summary>
      <form
        className="oncall-form"
        aria-label="On-call settings"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => call('oncall.updateSettings', { crisisLine: crisis ?? rota.crisisLine, maxNights: maxNights ?? rota.maxNights }), 'Saved.');
        }}
      >
        <label>
          Team crisis line (shown on the wall)
          <input value={crisis ?? rota.crisisLine} onChange={(e) => setCrisis(e.target.value)} />
        </label>
        <label>
          Warn after this many nights in a row
          <input type="number" min={1} max={31} value={maxNights ?? rota.maxNights} onChange={(e) => setMaxNights(Number(e.target.value))} />
        </label>
        <div>
          <button type="submit" className="button">
            Save
          </button>
        </div>
      </form>
      <table>
        <tbody>
          {staff
            .filter((s) => s.active)
            .map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>
                  <input
                    aria-label={`On-call phone of ${s.name}`}
                    value={edits.get(s.id) ?? stored.get(s.id) ?? ''}
                    onChange={(e) => setEdits((m) => new Map(m).set(s.id, e.target.value))}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={!edits.has(s.id)}
                    onClick={() => void act(() => call('oncall.setPhone', { staffId: s.id, phone: edits.get(s.id) ?? '' }), 'Phone saved.')}
                  >
                    Save
                  </button>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </details>
  );
}
