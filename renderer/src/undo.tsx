import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { LocalDate } from '../../shared/domain';

/** One user action's way back. Undo goes through the API, so it is audited and reaches every seat. */
export interface UndoEntry {
  label: string;
  /** The board day it changes, named when undo is used while another day is shown. */
  day?: LocalDate;
  /** Takes the action back; a string result says what it did when that is not simply the reverse ("Nothing to undo: …"). */
  undo: () => Promise<unknown>;
}

interface UndoStack {
  push(entry: UndoEntry): void;
  /** Takes an entry off (its action turned out not to happen: the host refused it). */
  forget(entry: UndoEntry): void;
  /** The entry undo would reverse, if any. */
  next: UndoEntry | undefined;
  /** Undoes the last entry: what it was, and what the undo said (if anything). */
  undoLast(): Promise<{ entry: UndoEntry; said: string | undefined } | undefined>;
  /** Forgets every entry (the seat locked: its changes are no longer this seat's to take back). */
  clear(): void;
}

const UndoContext = createContext<UndoStack | null>(null);
const LIMIT = 50;

export function useUndo(): UndoStack {
  const stack = useContext(UndoContext);
  if (!stack) throw new Error('useUndo outside UndoProvider');
  return stack;
}

export function UndoProvider({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<UndoEntry[]>([]);
  const push = useCallback((e: UndoEntry) => setEntries((es) => [...es.slice(-(LIMIT - 1)), e]), []);
  const undoLast = useCallback(async () => {
    const last = entries.at(-1);
    if (!last) return undefined;
    setEntries((es) => es.slice(0, -1));
    const said = await last.undo();
    return { entry: last, said: typeof said === 'string' ? said : undefined };
  }, [entries]);
  const forget = useCallback((e: UndoEntry) => setEntries((es) => es.filter((x) => x !== e)), []);
  const clear = useCallback(() => setEntries([]), []);
  const value = useMemo(() => ({ push, forget, next: entries.at(-1), undoLast, clear }), [push, forget, entries, undoLast, clear]);
  return <UndoContext.Provider value={value}>{children}</UndoContext.Provider>;
}
