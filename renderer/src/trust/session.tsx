/**
 * This seat's session: who is signed in (or locked), auto-lock after idle time, the
 * Lock button and the PIN pad. The session token itself never reaches the page: the
 * host keeps it in an HttpOnly cookie (browser seats) or in the main process (desktop).
 *
 * Locking (the button, auto-lock, or the host ending the session) forgets what the seat
 * loaded while unlocked: every cached query, the undo stack, and the open screens and forms
 * (they remount, keyed by `epoch`); what shows next is fetched again as a locked seat.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionState } from '../../../shared/trust';
import { call, onLocked } from '../api';
import { PrivacyProvider } from '../privacy';
import { useUndo } from '../undo';

export const sessionKey = ['auth', 'status'] as const;

interface SessionApi {
  state: SessionState | undefined;
  /**
   * Shows the PIN pad (e.g. after a write was refused on a locked seat). `then`: what the
   * person asked for, done once the PIN is entered (not when the pad is closed), so one tap is enough.
   */
  askToUnlock(then?: () => void): void;
  lock(): Promise<void>;
  unlocked(state: SessionState): void;
  pinPadOpen: boolean;
  closePinPad(): void;
  /** Nobody is signed in at this seat: it only reads. */
  locked: boolean;
  /** Counts the times this seat locked: screens keyed by it start afresh. */
  epoch: number;
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
  const afterUnlock = useRef<(() => void) | null>(null);
  const state = status.data;
  const signedIn = state?.person != null;
  const undo = useUndo();
  const [epoch, setEpoch] = useState(0);

  const refreshAll = useCallback(() => void client.invalidateQueries(), [client]);
  /** Drops everything loaded while someone was signed in, and starts the screens afresh. */
  const forget = useCallback(() => {
    const cache = client.getQueryCache();
    for (const query of cache.findAll({ predicate: (q) => !(q.queryKey[0] === sessionKey[0] && q.queryKey[1] === sessionKey[1]) })) {
      // Emptied as well as removed: an unmounting screen's query lingers (until its garbage-collection timer) with its data.
      query.reset();
      cache.remove(query);
    }
    undo.clear();
    setEpoch((e) => e + 1);
  }, [client, undo]);
  // Whose data the screens show; a change to nobody or to someone else forgets it.
  const shownPerson = useRef<number | null>(null);
  const personId = state?.person?.id ?? null;
  useEffect(() => {
    if (shownPerson.current !== null && personId !== shownPerson.current) forget();
    shownPerson.current = personId;
  }, [personId, forget]);

  const lock = useCallback(async () => {
    shownPerson.current = null;
    forget();
    try {
      client.setQueryData(sessionKey, await call('auth.lock', {}));
    } catch (err) {
      // The host did not answer: this screen locks all the same, and asks the host again.
      client.setQueryData<SessionState>(sessionKey, (s) => s && { ...s, person: null });
      void client.invalidateQueries({ queryKey: sessionKey });
      throw err;
    }
  }, [client, forget]);
  const unlocked = useCallback(
    (next: SessionState) => {
      client.setQueryData(sessionKey, next);
      setPinPadOpen(false);
      refreshAll();
      const then = afterUnlock.current;
      afterUnlock.current = null;
      then?.();
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
      askToUnlock: (then) => {
        afterUnlock.current = then ?? null;
        setPinPadOpen(true);
      },
      lock,
      unlocked,
      pinPadOpen,
      closePinPad: () => {
        afterUnlock.current = null;
        setPinPadOpen(false);
      },
      locked: !signedIn,
      epoch,
    }),
    [state, lock, unlocked, pinPadOpen, signedIn, epoch],
  );
  return (
    <SessionContext.Provider value={value}>
      {/* Locked means privacy mode, if the team set it; a locked seat cannot turn privacy off. */}
      <PrivacyProvider locked={!!state && !signedIn} forced={!!state && !signedIn && state.privacyWhenLocked}>
        {children}
      </PrivacyProvider>
    </SessionContext.Provider>
  );
}
