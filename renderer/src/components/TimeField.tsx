import { type InputHTMLAttributes, useState } from 'react';
import { parseClock } from '../../../shared/time';
import { readClock, showClock } from '../clock';

type Passthrough = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

const shown = (value: string) => {
  const minute = parseClock(value);
  return minute === null ? value : showClock(minute);
};

/**
 * A time of day in the team's clock (24-hour or 12-hour, Settings), whatever the browser's
 * language: the native time input follows the browser and put AM/PM beside 24-hour text.
 * `value` and `onChange` use "HH:MM" ("" when emptied); either format may be typed.
 */
export function TimeField({ value, onChange, ...rest }: Passthrough & { value: string; onChange: (hhmm: string) => void }) {
  const [text, setText] = useState(() => shown(value));
  const [seen, setSeen] = useState(value);
  // A change from outside (End following Start) shows at once; what is being typed is left alone.
  if (value !== seen) {
    setSeen(value);
    if (readClock(text) !== value) setText(shown(value));
  }
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className={['time-field', rest.className].filter(Boolean).join(' ')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        // Emptied: no time (an all-day appointment); the form says when one is needed.
        const read = e.target.value.trim() === '' ? '' : readClock(e.target.value);
        if (read !== null) onChange(read);
      }}
      onBlur={(e) => {
        setText(shown(value));
        rest.onBlur?.(e);
      }}
    />
  );
}
