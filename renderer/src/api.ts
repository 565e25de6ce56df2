/**
 * The one API client. Inside Electron it uses the preload bridge (IPC); in a browser
 * seat it uses the board host over HTTP. Screens never know which.
 */
import type { Call } from '../../shared/api';
import { ApiError, type ApiResponse } from '../../shared/api-error';
import type { ChangeEvent } from '../../shared/domain';
import type { ChangeMark } from '../../shared/first-reads';

function unwrap<T>(response: ApiResponse<T>): T {
  if (response.ok) return response.result;
  throw new ApiError(response.error.code, response.error.message);
}

async function overHttp(method: string, input: unknown): Promise<ApiResponse<unknown>> {
  try {
    const res = await fetch(`./api/call/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as ApiResponse<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The board host cannot be reached. Is it still running?' } };
  }
}

const lockedListeners = new Set<() => void>();

/** Told whenever the host refuses a call because this seat is locked (or its session ran out). */
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

/** How a call ended: the notices use it to take an error away once the same call succeeds. */
export type Settled = { method: string; ok: true } | { method: string; ok: false; code: string; message: string };
const settledListeners = new Set<(s: Settled) => void>();
export function onSettled(listener: (s: Settled) => void): () => void {
  settledListeners.add(listener);
  return () => settledListeners.delete(listener);
}

export const call: Call = async (method, input) => {
  const response = window.board ? await window.board.call(method, input) : await overHttp(method, input);
  const settled: Settled = response.ok ? { method, ok: true } : { method, ok: false, ...response.error };
  for (const l of settledListeners) l(settled);
  if (!response.ok && response.error.code === 'locked') for (const l of lockedListeners) l();
  return unwrap(response) as never;
};

export type LinkState = 'live' | 'reconnecting';

/** Silence longer than three heartbeats (the host sends one every 15 s) means the stream died quietly. */
const QUIET_MS = 45_000;
/** A gap this long between two ticks of a 5-second timer means the computer slept. */
const SLEPT_MS = 30_000;
const RETRY_MS = 3_000;

/**
 * Change events from every seat; returns an unsubscribe function. It reconnects by itself:
 * the browser retries after a network error, and this retries too where the browser gives up
 * (an HTTP error while the host restarts), after sleep, and when the stream goes quiet.
 */
export function subscribe(onChange: (e: ChangeEvent) => void, onLink: (s: LinkState, asOf?: ChangeMark) => void): () => void {
  if (window.board) {
    onLink('live');
    return window.board.onChange(onChange);
  }
  let source: EventSource | null = null;
  let heard = Date.now();
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    source?.close();
    heard = Date.now();
    const s = new EventSource('./api/events');
    source = s;
    s.addEventListener('change', (e) => {
      heard = Date.now();
      onChange(JSON.parse((e as MessageEvent<string>).data) as ChangeEvent);
    });
    s.addEventListener('heartbeat', () => (heard = Date.now()));
    s.onopen = () => (heard = Date.now());
    // The host's first event on a stream: live, and where its change events stand (shared/first-reads.ts).
    s.addEventListener('hello', (e) => {
      heard = Date.now();
      onLink('live', (JSON.parse((e as MessageEvent<string>).data) as { asOf: ChangeMark }).asOf);
    });
    s.onerror = () => {
      onLink('reconnecting');
      if (s.readyState === EventSource.CLOSED) {
        clearTimeout(retry);
        retry = setTimeout(open, RETRY_MS);
      }
    };
  };
  open();
  let tick = Date.now();
  const watchdog = setInterval(() => {
    const now = Date.now();
    const slept = now - tick > SLEPT_MS;
    tick = now;
    if (slept || now - heard > QUIET_MS) {
      onLink('reconnecting');
      open();
    }
  }, 5_000);
  return () => {
    clearInterval(watchdog);
    clearTimeout(retry);
    source?.close();
  };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
