/**
 * This seat's session: who is signed in (or locked), auto-lock after idle time, the
 * Lock button and the PIN pad. The session token itself never reaches the page: the
 * host keeps it in an HttpOnly cookie (browser seats) or in the main process (desktop).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionState } from '../../../shared/trust';
import { call, onLocked } from '../api';
import { PrivacyProvider } from '../privacy';

export const sessionKey = ['auth', 'status'] as const;

interface SessionApi {
  state: SessionState | undefined;
  /** Shows the PIN pad (e.g. after a write was refused on a locked seat). */
  askToUnlock(): void;
  lock(): Promise<void>;
  unlocked(state: SessionState): void;
  pinPadOpen: boolean;
  closePinPad(): void;
}

const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const status = useQuery({ queryKey: sessionKey, queryFn: () => call('auth.status', {}) });
  const [pinPadOpen, setPinPadOpen] = useState(false);
  const state = status.data;
  const signedIn = state?.person != null;

  const refreshAll = useCallback(() => void client.invalidateQueries(), [client]);
  const lock = useCallback(async () => {
    const next = await call('auth.lock', {});
    client.setQueryData(sessionKey, next);
    refreshAll();
  }, [client, refreshAll]);
  const unlocked = useCallback(
    (next: SessionState) => {
      client.setQueryData(sessionKey, next);
      setPinPadOpen(false);
      refreshAll();
    },
    [client, refreshAll],
  );

  // A refused write or an expired session: show that this seat is locked and offer the PIN pad.
  useEffect(
    () =>
      onLocked(() => {
        void client.invalidateQueries({ queryKey: sessionKey });
        setPinPadOpen(true);
      }),
    [client],
  );

  // Auto-lock: no touch, click or key on this seat for the team's idle time.
  const lastActivity = useRef(0);
  useEffect(() => {
    if (!signedIn || !state) return;
    lastActivity.current = Date.now();
    const touch = () => (lastActivity.current = Date.now());
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= state.autoLockMinutes * 60_000) void lock().catch(() => undefined);
    }, 5_000);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [signedIn, state, lock]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      askToUnlock: () => setPinPadOpen(true),
      lock,
      unlocked,
      pinPadOpen,
      closePinPad: () => setPinPadOpen(false),
    }),
    [state, lock, unlocked, pinPadOpen],
  );
  return (
    <SessionContext.Provider value={value}>
      {/* Locked means privacy mode, if the team set it. */}
      <PrivacyProvider forceHideNames={!!state && !signedIn && state.privacyWhenLocked}>{children}</PrivacyProvider>
    </SessionContext.Provider>
  );
}
