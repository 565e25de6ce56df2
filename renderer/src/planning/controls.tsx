/** Small controls the planning forms share. */
import type { SelectHTMLAttributes } from 'react';
import type { Client, LocalDate } from '../../../shared/domain';
import { TIME_WINDOW_SPANS, type TimeWindow } from '../../../shared/schedule';
import { formatClock, parseClock, todayIn } from '../../../shared/time';
import { useDisplayName } from '../privacy';
import { useSettings } from '../queries';
import { showClock } from '../clock';
import { TimeField } from '../components/TimeField';

/** A shift being edited: wall-clock times as the time inputs hold them. */
export interface ShiftText {
  start: string;
  end: string;
}

export const SHIFT_PRESETS: { label: string; shift: ShiftText }[] = [
  { label: 'Early', shift: { start: '08:00', end: '16:00' } },
  { label: 'Late', shift: { start: '12:00', end: '20:00' } },
  { label: 'Weekend', shift: { start: '09:00', end: '17:00' } },
];

export const shiftText = (s: { start: number; end: number }): ShiftText => ({ start: formatClock(s.start), end: formatClock(s.end) });
export const formatShift = (s: { start: number; end: number }): string => `${showClock(s.start)}–${showClock(s.end)}`;

/** A start and an end time, each named for screen readers by `name` ("Monday start"). */
export function ShiftInputs({ name, value, onChange }: { name: string; value: ShiftText; onChange: (s: ShiftText) => void }) {
  return (
    <span className="shift-inputs">
      <TimeField aria-label={`${name} start`} value={value.start} onChange={(v) => onChange({ ...value, start: v })} />
      <span aria-hidden="true">–</span>
      <TimeField aria-label={`${name} end`} value={value.end} onChange={(v) => onChange({ ...value, end: v })} />
    </span>
  );
}

/** The quick shift buttons: Early 08:00–16:00, Late 12:00–20:00, Weekend 09:00–17:00 (in the team's clock). */
export function ShiftPresets({ name, onPick }: { name: string; onPick: (s: ShiftText) => void }) {
  const times = (s: ShiftText) => `${showClock(parseClock(s.start)!)}–${showClock(parseClock(s.end)!)}`;
  return (
    <span className="shift-presets">
      {SHIFT_PRESETS.map((p) => (
        <button
          key={p.label}
          type="button"
          className="button button-small"
          aria-label={`${name}: ${p.label} ${times(p.shift)}`}
          onClick={() => onPick(p.shift)}
        >
          {p.label} <span className="preset-times">{times(p.shift)}</span>
        </button>
      ))}
    </span>
  );
}

/** A number typed in a number input; empty stays empty (NaN), so the API says what is missing. */
export const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** When in the day an item happens, to sort a day's items: its time, or the start of its window. */
export const sortMinute = (start: number | null, window: TimeWindow | null): number =>
  start ?? (window ? TIME_WINDOW_SPANS[window][0] : 0);

/** Previous / this / next for a week or a month. */
export function PeriodNav({ unit, atCurrent, onMove, onCurrent }: { unit: 'week' | 'month'; atCurrent: boolean; onMove: (step: -1 | 1) => void; onCurrent: () => void }) {
  return (
    <nav className="planning-nav" aria-label={`Choose the ${unit}`}>
      <button type="button" className="button" onClick={() => onMove(-1)} aria-label={`Previous ${unit}`}>
        ◀ Previous
      </button>
      <button type="button" className="button" onClick={onCurrent} disabled={atCurrent}>
        This {unit}
      </button>
      <button type="button" className="button" onClick={() => onMove(1)} aria-label={`Next ${unit}`}>
        Next ▶
      </button>
    </nav>
  );
}

/** A client, by the name this seat shows (privacy mode: alias or initials); `noneLabel` is the empty choice. */
export function ClientSelect({
  value,
  clients,
  noneLabel,
  onChange,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: number | null;
  clients: Client[];
  noneLabel: string;
  onChange: (id: number | null) => void;
}) {
  const displayName = useDisplayName();
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">{noneLabel}</option>
      {clients.map((c) => (
        <option key={c.id} value={c.id}>
          {displayName(c)}
        </option>
      ))}
    </select>
  );
}

/** Today in the team's time zone, once the settings are loaded. */
export function useTeamToday(): LocalDate | null {
  const settings = useSettings();
  return settings.data ? todayIn(settings.data.timeZone) : null;
}

/** Why a planning view has no data. */
export function LoadError({ what, error }: { what: string; error: Error | null }) {
  return error ? (
    <p className="screen-error" role="alert">
      {what} could not be loaded: {error.message}
    </p>
  ) : null;
}
