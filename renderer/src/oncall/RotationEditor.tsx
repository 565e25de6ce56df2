/** A role's rotation: who is in it in turn order (out for a period, in from a date), turn length and hand-off times. */
import { useState } from 'react';
import type { OnCallRota } from '../../../shared/contract/oncall';
import type { Staff } from '../../../shared/domain';
import type { RotationMember } from '../../../shared/oncall';
import { WEEKDAY_SHORT } from '../../../shared/schedule';
import { formatClock } from '../../../shared/time';
import { call } from '../api';
import { StaffSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { SubmitRow } from '../components/Dialog';
import { useNotify } from '../notices';
import { useSession } from '../trust/session';
import { TimeField } from '../components/TimeField';

const DEFAULT_HANDOFF = ['17:00', '17:00', '17:00', '17:00', '17:00', '09:00', '09:00'];

export function RotationEditor({ role, staff, today }: { role: OnCallRota['roles'][number]; staff: Staff[]; today: string }) {
  const r = role.rotation;
  const [startDay, setStartDay] = useState(r?.startDay ?? today);
  const [turnDays, setTurnDays] = useState(r?.turnDays ?? 7);
  const [handoff, setHandoff] = useState(r ? r.handoff.map(formatClock) : DEFAULT_HANDOFF);
  const [members, setMembers] = useState<RotationMember[]>(r?.members ?? []);
  const [adding, setAdding] = useState<number | null>(null);
  const { locked, askToUnlock } = useSession();
  const notify = useNotify();
  const { busy, error, run } = useSaving(() => notify(`The rotation of ${role.name} is saved.`, 'info'));
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const setMember = (i: number, patch: Partial<RotationMember>) => setMembers((ms) => ms.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const move = (i: number, by: number) =>
    setMembers((ms) => {
      const next = [...ms];
      const [m] = next.splice(i, 1);
      next.splice(i + by, 0, m!);
      return next;
    });
  const save = () =>
    locked
      ? askToUnlock()
      : void run(() => call('oncall.saveRotation', { roleId: role.id, version: r?.version ?? 0, startDay, turnDays, handoff, members }));
  return (
    <details open={!r}>
      <summary>Rotation of {role.name}</summary>
      <form
        className="oncall-form"
        aria-label={`Rotation of ${role.name}`}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          First turn starts
          <input type="date" value={startDay} onChange={(e) => setStartDay(e.target.value)} required />
        </label>
        <label>
          Turn length
          <select value={[1, 7].includes(turnDays) ? String(turnDays) : 'n'} onChange={(e) => setTurnDays(e.target.value === 'n' ? 3 : Number(e.target.value))}>
            <option value="1">A day</option>
            <option value="7">A week</option>
            <option value="n">A number of days</option>
          </select>
        </label>
        {![1, 7].includes(turnDays) && (
          <label>
            Days per turn
            <input type="number" min={1} max={28} value={turnDays} onChange={(e) => setTurnDays(Number(e.target.value))} />
          </label>
        )}
        <fieldset className="wide">
          <legend>Hand-off time (team’s clock)</legend>
          <div className="oncall-handoffs">
            {WEEKDAY_SHORT.map((d, i) => (
              <label key={d}>
                {d}
                <TimeField value={handoff[i] ?? ''} onChange={(v) => setHandoff((h) => h.map((x, j) => (j === i ? v : x)))} required />
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="wide">
          <legend>In turn order</legend>
          <ol className="oncall-members">
            {members.map((m, i) => (
              <li key={m.staffId}>
                <strong>{names.get(m.staffId)}</strong>
                <button type="button" className="icon-button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${names.get(m.staffId)} up`}>
                  ↑
                </button>
                <button type="button" className="icon-button" disabled={i === members.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${names.get(m.staffId)} down`}>
                  ↓
                </button>
                <label>
                  in from
                  <input type="date" value={m.fromDay ?? ''} onChange={(e) => setMember(i, { fromDay: e.target.value || null })} />
                </label>
                <label>
                  out from
                  <input type="date" value={m.outFrom ?? ''} onChange={(e) => setMember(i, { outFrom: e.target.value || null })} />
                </label>
                <label>
                  to
                  <input type="date" value={m.outTo ?? ''} onChange={(e) => setMember(i, { outTo: e.target.value || null })} />
                </label>
                <button type="button" className="button" onClick={() => setMembers((ms) => ms.filter((_, j) => j !== i))}>
                  Take out
                </button>
              </li>
            ))}
          </ol>
          <StaffSelect
            aria-label="Add someone to the rotation"
            value={adding}
            staff={staff.filter((s) => s.active && !members.some((m) => m.staffId === s.id))}
            noneLabel="Add someone…"
            onChange={setAdding}
          />{' '}
          <button
            type="button"
            className="button"
            disabled={adding === null}
            onClick={() => {
              if (adding !== null) setMembers((ms) => [...ms, { staffId: adding, fromDay: null, outFrom: null, outTo: null }]);
              setAdding(null);
            }}
          >
            Add
          </button>
        </fieldset>
        <SubmitRow label="Save the rotation" busy={busy} error={error} />
      </form>
    </details>
  );
}
