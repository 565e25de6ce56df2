import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { onSettled } from './api';

type Kind = 'error' | 'info';
interface Notice {
  id: number;
  kind: Kind;
  text: string;
  /** The refused call the error is about (if it came from one): its success takes the error away. */
  cause?: { method: string; code: string };
}

const NoticeContext = createContext<(text: string, kind?: Kind) => void>(() => {});

/**
 * Shows a message at the bottom of the screen. Errors stay until dismissed or until their
 * problem is fixed: the same call succeeds, or (for "unlock with your PIN") someone unlocks.
 */
export const useNotify = () => useContext(NoticeContext);

/** A refused call's message, remembered briefly so that the error notice showing it can name its cause. */
type Refusal = { method: string; code: string; message: string };

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  // What is shown, for the settled-call listener: it updates the state only when a notice goes.
  const shown = useRef<Notice[]>([]);
  useEffect(() => {
    shown.current = notices;
  }, [notices]);
  const nextId = useRef(1);
  const refusals = useRef<Refusal[]>([]);
  const dismiss = useCallback((id: number) => setNotices((ns) => ns.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (text: string, kind: Kind = 'error') => {
      const id = nextId.current++;
      const cause = kind === 'error' ? refusals.current.findLast((r) => r.message === text) : undefined;
      setNotices((ns) => [...ns.filter((n) => n.text !== text).slice(-2), { id, kind, text, cause }]);
      if (kind === 'info') setTimeout(() => dismiss(id), 4000);
    },
    [dismiss],
  );
  useEffect(
    () =>
      onSettled((s) => {
        if (!s.ok) {
          refusals.current = [...refusals.current.slice(-9), s];
          return;
        }
        const fixed = (n: Notice) =>
          n.cause !== undefined && (n.cause.method === s.method || (n.cause.code === 'locked' && s.method === 'auth.unlock'));
        // Not a state update per call: React keeps each one queued until the provider renders
        // again, and a wall seat that shows no notice for days made thousands (issue 16).
        if (shown.current.some(fixed)) setNotices((ns) => ns.filter((n) => !fixed(n)));
      }),
    [],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NoticeContext.Provider value={value}>
      <div className="notice-frame">{children}</div>
      {/* In the page's flow below the screen, not over it: a notice never covers a control. */}
      <div className="notices" aria-live="assertive">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <span className="notice-icon" aria-hidden="true">{n.kind === 'error' ? '!' : 'i'}</span>
            <span className="notice-text">{n.text}</span>
            <button type="button" className="notice-close" onClick={() => dismiss(n.id)} aria-label="Dismiss message">
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}
