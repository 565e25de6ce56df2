/**
 * Moving through the roster. The seat shows each step at once and sends the steps to
 * the host one after another, so a presentation remote pressed quickly never races.
 * Every step starts from the latest state this seat knows (not the last render), so
 * keys pressed faster than the screen redraws still go one client each.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Meeting } from '../../../shared/meeting';
import { nextFocus, previousFocus } from '../../../shared/rules/meeting';
import { call, errorMessage } from '../api';
import { useNotify } from '../notices';
import { meetingKeys } from './queries';

type Leave = 'reviewed' | 'parked' | 'unchanged';

function step(m: Meeting, to: number | null, leave: Leave, parkNote: string): Meeting {
  const from = m.focusClientId;
  return {
    ...m,
    focusClientId: to,
    focusSince: to === null ? null : new Date().toISOString(),
    reviews: m.reviews.map((r) =>
      r.clientId !== from || leave === 'unchanged'
        ? r
        : leave === 'parked'
          ? { ...r, state: 'parked', wasParked: true, parkNote }
          : { ...r, state: 'reviewed' },
    ),
  };
}

/**
 * The later of two copies of the meeting. A refetch that left before this seat's last
 * step can land after it; the version says which copy is current.
 */
const newest = (server: Meeting, saved: Meeting | null) =>
  saved && saved.id === server.id && saved.version > server.version ? saved : server;

const parkedBesides = (m: Meeting) => m.reviews.filter((r) => r.state === 'parked' && r.clientId !== m.focusClientId);
const leaving = (m: Meeting, state: 'reviewed' | 'parked') =>
  m.reviews.map((r) => (r.clientId === m.focusClientId ? { ...r, state } : r));

export function useWalk(server: Meeting) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [local, setLocal] = useState<Meeting | null>(null);
  const localRef = useRef<Meeting | null>(null);
  const serverRef = useRef(server);
  useEffect(() => {
    serverRef.current = server;
  }, [server]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const failures = useRef(0);
  // After "End meeting" only the parked clients are left to talk through, then the end.
  const [ending, setEnding] = useState(false);
  const endingRef = useRef(false);

  const savedRef = useRef<Meeting | null>(null);
  const [saved, setSaved] = useState<Meeting | null>(null);

  const latest = useCallback(() => localRef.current ?? newest(serverRef.current, savedRef.current), []);

  const go = useCallback(
    (to: number | null, leave: Leave, parkNote = '') => {
      const base = latest();
      if (to === base.focusClientId && leave === 'unchanged') return;
      const from = base.focusClientId;
      const next = step(base, to, leave, parkNote);
      localRef.current = next;
      setLocal(next);
      pending.current++;
      const generation = failures.current;
      chain.current = chain.current.then(async () => {
        try {
          // Steps queued on top of a refused one are dropped: they started from a place the host never had.
          if (generation !== failures.current) return;
          const result = await call('meeting.focus', { id: base.id, from, to, leave, parkNote });
          savedRef.current = result;
          setSaved(result);
          // A refetch still in flight predates this step: drop it rather than let it land on top.
          await queryClient.cancelQueries({ queryKey: meetingKeys.current });
          queryClient.setQueryData(meetingKeys.current, result);
        } catch (err) {
          failures.current++;
          notify(errorMessage(err));
          await queryClient.invalidateQueries({ queryKey: meetingKeys.current });
        } finally {
          if (--pending.current === 0) {
            localRef.current = null;
            setLocal(null);
          }
        }
      });
    },
    [latest, queryClient, notify],
  );

  const actions = useMemo(() => {
    /** Where "next" goes when leaving the focused client as `state`. */
    const onwards = (m: Meeting, state: 'reviewed' | 'parked') =>
      endingRef.current ? (parkedBesides(m)[0]?.clientId ?? null) : nextFocus(leaving(m, state), m.focusClientId);
    return {
      next: () => {
        const m = latest();
        if (m.focusClientId !== null) go(onwards(m, 'reviewed'), 'reviewed');
      },
      previous: () => {
        const m = latest();
        go(previousFocus(m.reviews, m.focusClientId), 'unchanged');
      },
      jump: (clientId: number) => go(clientId, 'unchanged'),
      park: (note: string) => {
        const m = latest();
        if (m.focusClientId !== null) go(onwards(m, 'parked'), 'parked', note);
      },
      /** Parked clients come back first; then the end of the meeting. Returns how many are parked. */
      end: () => {
        const parked = parkedBesides(latest());
        endingRef.current = true;
        setEnding(true);
        go(parked[0]?.clientId ?? null, 'unchanged');
        return parked.length;
      },
    };
  }, [latest, go]);

  return useMemo(
    () => ({ meeting: local ?? newest(server, saved), ending, ...actions }),
    [local, server, saved, ending, actions],
  );
}
