import { type ReactNode, useCallback, useEffect } from 'react';
import type { LocalDate } from '../../../shared/domain';
import { addDays, formatDayLong, isValidLocalDate } from '../../../shared/time';
import { useNotify } from '../notices';
import { useSession } from '../trust/session';
import { type UndoEntry, useUndo } from '../undo';
import { formatDayShort } from '../planning/dates';

interface DayNavigatorProps {
  /** The day's own controls (shift manager, draft), shown beside undo and add. */
  children?: ReactNode;
  day: LocalDate;
  today: LocalDate | undefined;
  /** The holiday's name, when the day is one. */
  holiday?: string | null;
  onDayChange: (d: LocalDate) => void;
  onAdd: () => void;
}

/** "draft", or "draft on Tue 1 Dec" when the change was to a day other than the one shown. */
const what = (entry: UndoEntry, shown: LocalDate) =>
  entry.day && entry.day !== shown ? `${entry.label} on ${formatDayShort(entry.day)}` : entry.label;

/** The board's toolbar: which day, undo, add. */
export function DayNavigator({ children, day, today, holiday, onDayChange, onAdd }: DayNavigatorProps) {
  const undo = useUndo();
  const notify = useNotify();
  // A locked seat takes nothing back (its stack was emptied when it locked).
  const { locked } = useSession();

  const undoLast = useCallback(() => {
    if (!undo.next) {
      notify('Nothing to undo.', 'info');
      return;
    }
    undo
      .undoLast()
      .then((done) => done && notify(`Undone: ${what(done.entry, day)}.${done.said ? ` ${done.said}` : ''}`, 'info'))
      .catch(() => {}); // the action's own error notice says what went wrong
  }, [undo, notify, day]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && e.target.closest('input, textarea, select, dialog');
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.shiftKey && !typing && !locked) {
        e.preventDefault();
        undoLast();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undoLast, locked]);

  const relative = day === today ? 'Today' : today && day === addDays(today, 1) ? 'Tomorrow' : today && day === addDays(today, -1) ? 'Yesterday' : null;
  return (
    <div className="toolbar">
      <div className="day-title">
        <h1>{formatDayLong(day)}</h1>
        {relative && <span className="day-relative">{relative}</span>}
        {holiday && <span className="day-holiday">Holiday: {holiday}</span>}
      </div>
      <nav className="day-nav" aria-label="Choose the day">
        <button type="button" className="button" onClick={() => onDayChange(addDays(day, -1))} aria-label="Previous day">
          ◀ Previous
        </button>
        <button type="button" className="button" onClick={() => today && onDayChange(today)} disabled={!today || day === today}>
          Today
        </button>
        <button type="button" className="button" onClick={() => onDayChange(addDays(day, 1))} aria-label="Next day">
          Next ▶
        </button>
        <input
          type="date"
          className="date-input"
          aria-label="Pick a date"
          value={day}
          onChange={(e) => isValidLocalDate(e.target.value) && onDayChange(e.target.value)}
        />
      </nav>
      <div className="toolbar-actions">
        {children}
        <button
          type="button"
          className="button"
          disabled={locked || !undo.next}
          onClick={undoLast}
          title={undo.next ? 'Undo (Ctrl+Z)' : 'Nothing to undo'}
        >
          ↶ Undo{undo.next && !locked ? ` ${what(undo.next, day)}` : ''}
        </button>
        <button type="button" className="button button-primary" onClick={onAdd}>
          + Add contact
        </button>
      </div>
    </div>
  );
}
