import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';

type Kind = 'error' | 'info';
interface Notice {
  id: number;
  kind: Kind;
  text: string;
}

const NoticeContext = createContext<(text: string, kind?: Kind) => void>(() => {});

/** Shows a message at the bottom of the screen; errors stay until dismissed. */
export const useNotify = () => useContext(NoticeContext);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((ns) => ns.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (text: string, kind: Kind = 'error') => {
      const id = nextId.current++;
      setNotices((ns) => [...ns.slice(-2), { id, kind, text }]);
      if (kind === 'info') setTimeout(() => dismiss(id), 4000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
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
