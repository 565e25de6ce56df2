/** The date, start and end rows the contact and team-activity forms share. */
import { MINUTES_PER_DAY, formatClock, parseClock } from '../../../shared/time';
import { Field } from '../components/Dialog';
import { TimeField } from '../components/TimeField';

export interface DayTime {
  day: string;
  start: string;
  end: string;
}

/** A new start moves the end with it: the item keeps its length (when it still fits in the day). */
export function withStart<D extends DayTime>(draft: D, start: string): D {
  const [from, to, next] = [parseClock(draft.start), parseClock(draft.end), parseClock(start)];
  const length = from !== null && to !== null && to > from ? to - from : null;
  return { ...draft, start, ...(length !== null && next !== null && next + length <= MINUTES_PER_DAY ? { end: formatClock(next + length) } : {}) };
}

export function DayTimeFields<D extends DayTime>({ draft, onChange }: { draft: D; onChange: (update: (d: D) => D) => void }) {
  return (
    <>
      <Field label="Date">
        <input type="date" value={draft.day} onChange={(e) => onChange((d) => ({ ...d, day: e.target.value }))} required />
      </Field>
      <div className="field-pair">
        <Field label="Start">
          <TimeField value={draft.start} onChange={(start) => onChange((d) => withStart(d, start))} required />
        </Field>
        <Field label="End">
          <TimeField value={draft.end} onChange={(end) => onChange((d) => ({ ...d, end }))} required />
        </Field>
      </div>
    </>
  );
}
