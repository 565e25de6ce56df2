/**
 * The staff monthly board (NY 5.9.2.viii): one row per person, a column per day, with
 * shifts, time off, holidays and on-call nights; each day checked against the operating
 * hours of MA PACT component 18. Drag across a person's days to add time off; click a day
 * to change it. What is entered here is the availability the daily board and the draft use.
 */
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useEffect, useMemo, useState } from 'react';
import { carriesContacts, type LocalDate, type Staff } from '../../../shared/domain';
import { nightAt } from '../../../shared/oncall';
import { isWeekend, staffDay } from '../../../shared/rules/availability';
import { operatingCheck } from '../../../shared/rules/operating-hours';
import { type StaffDay, TIME_OFF_KINDS, TIME_OFF_LABELS, type TimeOffKind } from '../../../shared/schedule';
import { addDays, formatClock, formatDayShort } from '../../../shared/time';
import { call } from '../api';
import { showClock } from '../clock';
import { FormDialog } from '../components/Dialog';
import { EnumSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { PeriodNav } from '../planning/controls';
import { addMonths, firstOfMonth, formatMonth } from '../planning/dates';
import { useAvailability, useStaff } from '../queries';
import { useSession } from '../trust/session';
import { useRota, useTimeline } from './queries';
import './oncall.css';
import { TimeField } from '../components/TimeField';

const OFF_LETTER: Record<TimeOffKind, string> = { vacation: 'V', sick: 'S', training: 'T', holiday: 'H', other: 'O' };

type Edit = { kind: 'range'; staff: Staff; from: LocalDate; to: LocalDate } | { kind: 'day'; staff: Staff; day: LocalDate };

export function TeamMonth({ today, timeZone }: { today: LocalDate; timeZone: string }) {
  const [month, setMonth] = useState(() => firstOfMonth(today));
  const last = DateTime.fromISO(month).endOf('month').toISODate() as LocalDate;
  const days = useMemo(() => {
    const out: LocalDate[] = [];
    for (let d = month; d <= last; d = addDays(d, 1)) out.push(d);
    return out;
  }, [month, last]);
  const staff = useStaff();
  const availability = useAvailability();
  const holidays = useQuery({ queryKey: ['availability', 'holidays', month, last], queryFn: () => call('holidays.list', { from: month, to: last }) });
  const timeline = useTimeline(month, last);
  const rota = useRota();
  const [drag, setDrag] = useState<{ staffId: number; from: LocalDate; to: LocalDate } | null>(null);
  const [edit, setEdit] = useState<Edit | null>(null);
  const { locked, askToUnlock } = useSession();

  const people = useMemo(() => (staff.data ?? []).filter((s) => s.active && carriesContacts(s.role)), [staff.data]);
  const holidayOn = useMemo(() => new Map((holidays.data ?? []).map((h) => [h.day, h.name])), [holidays.data]);
  const grid = useMemo(() => {
    const byStaff = new Map((availability.data ?? []).map((a) => [a.staffId, a]));
    return new Map(
      people.map((p) => {
        const a = byStaff.get(p.id);
        return [p.id, new Map(days.map((d) => [d, a ? staffDay(a, d, holidayOn.has(d)) : null]))];
      }),
    );
  }, [availability.data, people, days, holidayOn]);
  const nights = useMemo(() => {
    // Who holds each role at night, by day: the on-call badge of a cell.
    const out = new Map<string, string[]>();
    for (const r of timeline.data?.roles ?? []) {
      const role = rota.data?.roles.find((x) => x.id === r.roleId);
      const short = role?.kind === 'primary' ? 'P' : role?.kind === 'backup' ? 'B' : (role?.name[0] ?? '?');
      for (const d of days) {
        const at = Date.parse(nightAt(d, timeZone));
        const s = r.segments.find((x) => Date.parse(x.start) <= at && at < Date.parse(x.end));
        if (s?.staffId != null) out.set(`${s.staffId}:${d}`, [...(out.get(`${s.staffId}:${d}`) ?? []), short]);
      }
    }
    return out;
  }, [timeline.data, rota.data, days, timeZone]);
  const checks = useMemo(
    () =>
      new Map(
        days.map((d) => {
          const shifts = people.flatMap((p) => grid.get(p.id)?.get(d)?.shift ?? []);
          return [d, operatingCheck(shifts, isWeekend(d) || holidayOn.has(d))];
        }),
      ),
    [days, people, grid, holidayOn],
  );

  useEffect(() => {
    if (!drag) return;
    const end = () => {
      const person = people.find((p) => p.id === drag.staffId);
      if (person) {
        const [from, to] = drag.from <= drag.to ? [drag.from, drag.to] : [drag.to, drag.from];
        const e: Edit = from === to ? { kind: 'day', staff: person, day: from } : { kind: 'range', staff: person, from, to };
        if (locked) askToUnlock();
        else setEdit(e);
      }
      setDrag(null);
    };
    window.addEventListener('pointerup', end);
    return () => window.removeEventListener('pointerup', end);
  }, [drag, people, locked, askToUnlock]);

  const inDrag = (staffId: number, d: LocalDate) =>
    drag !== null && drag.staffId === staffId && d >= (drag.from <= drag.to ? drag.from : drag.to) && d <= (drag.from <= drag.to ? drag.to : drag.from);
  const short = [...checks].filter(([, c]) => !c.ok) as [LocalDate, { ok: false; reason: string }][];

  return (
    <section className="screen team-month" aria-labelledby="team-month-title">
      <div className="screen-header">
        <h1 id="team-month-title">The team · {formatMonth(month)}</h1>
        <PeriodNav unit="month" atCurrent={month === firstOfMonth(today)} onMove={(n) => setMonth(addMonths(month, n))} onCurrent={() => setMonth(firstOfMonth(today))} />
        <p className="muted">Drag across a person’s days to add time off; click a day to change it.</p>
      </div>
      <div className="team-month-scroll">
        <table className="team-month-grid" data-testid="team-month">
          <thead>
            <tr>
              <th scope="col">Staff</th>
              {days.map((d) => (
                <th key={d} scope="col" className={`${isWeekend(d) ? 'tm-weekend' : ''}${holidayOn.has(d) ? ' tm-holiday' : ''}`} title={holidayOn.get(d)}>
                  <span className="tm-dow">{DateTime.fromISO(d).toFormat('ccccc')}</span>
                  <span>{DateTime.fromISO(d).day}</span>
                </th>
              ))}
            </tr>
            <tr className="tm-check-row">
              <th scope="row">Operating hours</th>
              {days.map((d) => {
                const c = checks.get(d)!;
                return (
                  <td key={d} className={c.ok ? 'tm-ok' : 'tm-short'} title={c.ok ? 'Meets MA component 18' : c.reason} data-testid={`check-${d}`}>
                    {c.ok ? '✓' : '⚠'}
                  </td>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                {days.map((d) => {
                  const sd = grid.get(p.id)?.get(d) ?? null;
                  const oncall = nights.get(`${p.id}:${d}`);
                  return (
                    <td key={d} className={`${cellClass(sd)}${inDrag(p.id, d) ? ' tm-dragging' : ''}${isWeekend(d) ? ' tm-weekend' : ''}`}>
                      <button
                        type="button"
                        className="tm-cell"
                        data-staff={p.initials}
                        data-day={d}
                        aria-label={`${p.name}, ${DateTime.fromISO(d).toFormat('ccc d LLL')}: ${describe(sd)}${oncall ? `, on call (${oncall.join(', ')})` : ''}`}
                        onPointerDown={(e) => {
                          e.preventDefault();
                          setDrag({ staffId: p.id, from: d, to: d });
                        }}
                        onPointerEnter={() => setDrag((g) => (g && g.staffId === p.id ? { ...g, to: d } : g))}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            if (locked) askToUnlock();
                            else setEdit({ kind: 'day', staff: p, day: d });
                          }
                        }}
                      >
                        {sd?.timeOff ? OFF_LETTER[sd.timeOff] : sd?.shift ? `${showClock(sd.shift.start).replace(':00', '')}` : ''}
                        {oncall && <span className="tm-oncall">☎{oncall.join('')}</span>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        A shift shows its start; V vacation, S sick, T training, H holiday, O other; ☎P primary on call, ☎B psychiatric back-up (at night).
      </p>
      {short.length > 0 && (
        <section aria-labelledby="short-days">
          <h2 id="short-days">Days short of the operating hours (MA PACT component 18)</h2>
          <ul className="plain-list">
            {short.map(([d, c]) => (
              <li key={d}>
                <strong>{DateTime.fromISO(d).toFormat('ccc d LLL')}</strong>
                {`${holidayOn.has(d) ? ` (${holidayOn.get(d)})` : ''}: ${c.reason}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {edit?.kind === 'range' && <TimeOffDialog edit={edit} onClose={() => setEdit(null)} />}
      {edit?.kind === 'day' && (
        <DayDialog edit={edit} staffDay={grid.get(edit.staff.id)?.get(edit.day) ?? null} availability={availability.data ?? []} onClose={() => setEdit(null)} />
      )}
    </section>
  );
}

const cellClass = (sd: StaffDay | null) => (sd?.timeOff ? `tm-off tm-off-${sd.timeOff}` : sd?.shift ? 'tm-shift' : 'tm-free');

function describe(sd: StaffDay | null): string {
  if (!sd) return 'unknown';
  if (sd.timeOff) return TIME_OFF_LABELS[sd.timeOff];
  return sd.shift ? `${showClock(sd.shift.start)}–${showClock(sd.shift.end)}` : 'day off';
}

function TimeOffDialog({ edit, onClose }: { edit: Extract<Edit, { kind: 'range' }>; onClose: () => void }) {
  const [kind, setKind] = useState<TimeOffKind>('vacation');
  const [from, setFrom] = useState(edit.from);
  const [to, setTo] = useState(edit.to);
  const { busy, error, run } = useSaving(onClose);
  return (
    <FormDialog
      title={`Time off for ${edit.staff.name}`}
      submitLabel="Add time off"
      onClose={onClose}
      busy={busy}
      error={error}
      onSubmit={() => void run(() => call('availability.addTimeOff', { staffId: edit.staff.id, fromDay: from, toDay: to, kind }))}
    >
      <label>
        Kind
        <EnumSelect value={kind} values={TIME_OFF_KINDS} labels={TIME_OFF_LABELS} onChange={setKind} />
      </label>
      <label>
        First day
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
      </label>
      <label>
        Last day
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
      </label>
    </FormDialog>
  );
}

function DayDialog({
  edit,
  staffDay: sd,
  availability,
  onClose,
}: {
  edit: Extract<Edit, { kind: 'day' }>;
  staffDay: StaffDay | null;
  availability: { staffId: number; timeOff: { id: number; fromDay: string; toDay: string; kind: TimeOffKind }[] }[];
  onClose: () => void;
}) {
  const off = availability.find((a) => a.staffId === edit.staff.id)?.timeOff.find((t) => t.fromDay <= edit.day && edit.day <= t.toDay);
  const [choice, setChoice] = useState<'usual' | 'off' | 'shift' | 'timeoff'>(sd?.shift ? 'shift' : 'usual');
  const [start, setStart] = useState(sd?.shift ? formatClock(sd.shift.start) : '08:00');
  const [end, setEnd] = useState(sd?.shift ? formatClock(sd.shift.end) : '16:00');
  const [kind, setKind] = useState<TimeOffKind>('sick');
  const { busy, error, run } = useSaving(onClose);
  const title = `${edit.staff.name}, ${DateTime.fromISO(edit.day).toFormat('cccc d LLLL')}`;
  if (off) {
    return (
      <FormDialog
        title={title}
        submitLabel="Remove this time off"
        onClose={onClose}
        busy={busy}
        error={error}
        onSubmit={() => void run(() => call('availability.removeTimeOff', { id: off.id }))}
      >
        <p>
          {TIME_OFF_LABELS[off.kind]} from {formatDayShort(off.fromDay)} to {formatDayShort(off.toDay)}.
        </p>
      </FormDialog>
    );
  }
  const save = () => {
    if (choice === 'timeoff') return call('availability.addTimeOff', { staffId: edit.staff.id, fromDay: edit.day, toDay: edit.day, kind });
    const shift = choice === 'usual' ? 'usual' : choice === 'off' ? null : { start, end };
    return call('availability.setDay', { staffId: edit.staff.id, day: edit.day, shift });
  };
  return (
    <FormDialog title={title} submitLabel="Save" onClose={onClose} busy={busy} error={error} onSubmit={() => void run(save)}>
      <fieldset>
        <legend>This day</legend>
        {(
          [
            ['usual', 'The usual week'],
            ['shift', 'A shift'],
            ['off', 'A day off'],
            ['timeoff', 'Time off'],
          ] as const
        ).map(([v, label]) => (
          <label key={v} className="radio">
            <input type="radio" name="day-choice" checked={choice === v} onChange={() => setChoice(v)} /> {label}
          </label>
        ))}
      </fieldset>
      {choice === 'shift' && (
        <>
          <label>
            Start
            <TimeField value={start} onChange={(v) => setStart(v)} required />
          </label>
          <label>
            End
            <TimeField value={end} onChange={(v) => setEnd(v)} required />
          </label>
        </>
      )}
      {choice === 'timeoff' && (
        <label>
          Kind
          <EnumSelect value={kind} values={TIME_OFF_KINDS} labels={TIME_OFF_LABELS} onChange={setKind} />
        </label>
      )}
    </FormDialog>
  );
}
