/** A staff member's working time: the usual week, changes for single days, and time off. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LocalDate, Staff } from '../../../shared/domain';
import { staffDay } from '../../../shared/rules/availability';
import {
  type StaffAvailability as Availability,
  TIME_OFF_KINDS,
  TIME_OFF_LABELS,
  type TimeOffKind,
} from '../../../shared/schedule';
import { addDays } from '../../../shared/time';
import { call } from '../api';
import { Field, FormError } from '../components/Dialog';
import { EnumSelect } from '../components/Select';
import { StaffBadge } from '../components/StaffBadge';
import { useSaving } from '../components/useSaving';
import { useNotify } from '../notices';
import { usePrivacy } from '../privacy';
import { useAvailability } from '../queries';
import { formatShift, LoadError, type ShiftText, ShiftInputs, ShiftPresets, shiftText, useTeamToday } from './controls';
import { daysFrom, formatDate, formatDayShort } from './dates';
import '../planning.css';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DEFAULT_SHIFT: ShiftText = { start: '08:00', end: '16:00' };

export function StaffAvailabilityView({ staff, onBack }: { staff: Staff; onBack: () => void }) {
  const availability = useAvailability();
  const mine = availability.data?.find((a) => a.staffId === staff.id);
  const today = useTeamToday();
  return (
    <section className="screen planning-screen" aria-labelledby="availability-title">
      <div className="screen-header">
        <button type="button" className="button" onClick={onBack}>
          ◀ All staff
        </button>
        <h1 id="availability-title" className="name-with-badge">
          <StaffBadge staff={staff} size="lg" /> {staff.name}: working time
        </h1>
      </div>
      <LoadError what="Working times" error={availability.error} />
      {mine && today && (
        <>
          <Upcoming availability={mine} today={today} />
          <div className="availability-panels">
            <UsualWeek key={JSON.stringify(mine.pattern)} availability={mine} name={staff.name} />
            <div className="availability-side">
              <DayChanges availability={mine} today={today} />
              <TimeOffPanel availability={mine} today={today} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}

/** The next two weeks as the board will see them: the result of the week, the changes and the time off. */
function Upcoming({ availability, today }: { availability: Availability; today: LocalDate }) {
  return (
    <section className="panel" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">The next two weeks</h2>
      <ol className="upcoming-days">
        {daysFrom(today, 14).map((day) => {
          const d = staffDay(availability, day, false);
          const changed = availability.changes.some((c) => c.day === day);
          return (
            <li key={day} className={`upcoming-day${d.shift ? '' : ' upcoming-off'}`} data-day={day}>
              <span className="upcoming-date">{formatDayShort(day)}</span>
              <span className="upcoming-shift">{d.timeOff ? TIME_OFF_LABELS[d.timeOff] : d.shift ? formatShift(d.shift) : 'Off'}</span>
              {changed && !d.timeOff && <span className="upcoming-note">changed</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['availability'] });
}

function UsualWeek({ availability, name }: { availability: Availability; name: string }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [rows, setRows] = useState<(ShiftText | null)[]>(() => availability.pattern.map((s) => (s ? shiftText(s) : null)));
  const { busy, error, run } = useSaving(() => notify(`${name}'s usual week saved.`, 'info'));
  const setRow = (i: number, v: ShiftText | null) => setRows((rs) => rs.map((r, j) => (j === i ? v : r)));
  const save = () =>
    run(async () => {
      await call('availability.setPattern', { staffId: availability.staffId, pattern: rows });
      await refresh();
    });
  return (
    <form
      className="panel usual-week"
      aria-labelledby="usual-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="usual-title">Usual week</h2>
      <table className="table week-table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Works</th>
            <th scope="col">Shift</th>
            <th scope="col">Quick</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={DAY_NAMES[i]}>
              <th scope="row">{DAY_NAMES[i]}</th>
              <td>
                <label className="checkbox">
                  <input type="checkbox" checked={r !== null} onChange={(e) => setRow(i, e.target.checked ? DEFAULT_SHIFT : null)} aria-label={`Works on ${DAY_NAMES[i]}`} />
                  Works
                </label>
              </td>
              <td>{r ? <ShiftInputs name={DAY_NAMES[i]!} value={r} onChange={(v) => setRow(i, v)} /> : <span className="off-word">Day off</span>}</td>
              <td>
                <ShiftPresets name={DAY_NAMES[i]!} onPick={(v) => setRow(i, v)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormError error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        Save usual week
      </button>
    </form>
  );
}

/** A panel's writes: on success the list refreshes; on failure the panel says why and keeps what was typed. */
function usePanelAction() {
  const refresh = useRefresh();
  return useSaving(() => void refresh());
}

function PanelError({ error }: { error: string | null }) {
  return error ? (
    <p className="form-error" role="alert">
      {error}
    </p>
  ) : null;
}

function DayChanges({ availability, today }: { availability: Availability; today: LocalDate }) {
  const { busy, error, run: act } = usePanelAction();
  const [day, setDay] = useState(() => addDays(today, 1));
  const [works, setWorks] = useState(false);
  const [shift, setShift] = useState<ShiftText>(DEFAULT_SHIFT);
  const staffId = availability.staffId;
  const changes = availability.changes.filter((c) => c.day >= today);
  return (
    <section className="panel" aria-labelledby="changes-title">
      <h2 id="changes-title">Changes for one day</h2>
      <div className="inline-form">
        <Field label="Date">
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </Field>
        <Field label="That day">
          <select value={works ? 'works' : 'off'} onChange={(e) => setWorks(e.target.value === 'works')}>
            <option value="off">Day off</option>
            <option value="works">Another shift</option>
          </select>
        </Field>
        {works && (
          <fieldset className="shift-fieldset">
            <legend>Shift</legend>
            <ShiftInputs name="Shift" value={shift} onChange={setShift} />
            <ShiftPresets name="Shift" onPick={setShift} />
          </fieldset>
        )}
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void act(() => call('availability.setDay', { staffId, day, shift: works ? shift : null }))}>
          Set day
        </button>
      </div>
      <PanelError error={error} />
      {changes.length === 0 ? (
        <p className="empty">No changes: the usual week applies.</p>
      ) : (
        <ul className="plain-list">
          {changes.map((c) => (
            <li key={c.day}>
              <span className="strong">{formatDayShort(c.day)}</span>
              <span>{c.shift ? formatShift(c.shift) : 'Day off'}</span>
              <button type="button" className="button button-small" onClick={() => void act(() => call('availability.setDay', { staffId, day: c.day, shift: 'usual' }))} aria-label={`Back to the usual shift on ${formatDayShort(c.day)}`}>
                Back to usual
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TimeOffPanel({ availability, today }: { availability: Availability; today: LocalDate }) {
  const { hideNotes } = usePrivacy();
  const { busy, error, run: act } = usePanelAction();
  const [fromDay, setFromDay] = useState(today);
  const [toDay, setToDay] = useState(today);
  const [kind, setKind] = useState<TimeOffKind>('vacation');
  const [note, setNote] = useState('');
  const staffId = availability.staffId;
  const add = () =>
    act(async () => {
      await call('availability.addTimeOff', { staffId, fromDay, toDay, kind, note });
      setNote('');
    });
  const current = availability.timeOff.filter((t) => t.toDay >= today);
  return (
    <section className="panel" aria-labelledby="timeoff-title">
      <h2 id="timeoff-title">Time off</h2>
      <div className="inline-form">
        <Field label="From">
          <input type="date" value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
        </Field>
        <Field label="To (inclusive)">
          <input type="date" value={toDay} onChange={(e) => setToDay(e.target.value)} />
        </Field>
        <Field label="Kind">
          <EnumSelect value={kind} values={TIME_OFF_KINDS} labels={TIME_OFF_LABELS} onChange={setKind} />
        </Field>
        <Field label="Note">
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} placeholder="Optional" />
        </Field>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void add()}>
          Add time off
        </button>
      </div>
      <PanelError error={error} />
      {current.length === 0 ? (
        <p className="empty">No time off planned.</p>
      ) : (
        <ul className="plain-list">
          {current.map((t) => (
            <li key={t.id}>
              <span className="strong">{TIME_OFF_LABELS[t.kind]}</span>
              <span>
                {formatDate(t.fromDay)}
                {t.toDay !== t.fromDay && <> – {formatDate(t.toDay)}</>}
              </span>
              {t.note && !hideNotes && <span className="card-what">{t.note}</span>}
              <button type="button" className="button button-small button-danger" onClick={() => void act(() => call('availability.removeTimeOff', { id: t.id }))} aria-label={`Remove ${TIME_OFF_LABELS[t.kind]} from ${formatDate(t.fromDay)}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
