/** The live link reconnects by itself: after the browser gives up, after sleep, and when the stream goes quiet. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeEventSource {
  static CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  listeners = new Map<string, (e: { data: string }) => void>();
  constructor(public url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, l: (e: { data: string }) => void) {
    this.listeners.set(type, l);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data = '{}') {
    this.listeners.get(type)?.({ data });
  }
}

describe('subscribe', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeEventSource.opened = [];
    vi.stubGlobal('window', {});
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  async function start() {
    const { subscribe } = await import('./api');
    const links: string[] = [];
    const marks: (string | undefined)[] = [];
    const changes: unknown[] = [];
    const stop = subscribe(
      (e) => changes.push(e),
      (s, asOf) => {
        links.push(s);
        marks.push(asOf);
      },
    );
    return { links, marks, changes, stop, current: () => FakeEventSource.opened.at(-1)! };
  }

  /** The stream opens, and the host's first event says where its change events stand. */
  function opens(source: FakeEventSource, asOf = 'host:0') {
    source.onopen!();
    source.emit('hello', JSON.stringify({ asOf }));
  }

  it('is live once the host says hello, with where its change events stand', async () => {
    const s = await start();
    s.current().onopen!();
    expect(s.links).toEqual([]);
    s.current().emit('hello', '{"asOf":"abc:3"}');
    expect(s.links).toEqual(['live']);
    expect(s.marks).toEqual(['abc:3']);
    s.stop();
  });

  it('opens again when the browser gives up on the stream (an HTTP error while the host restarts)', async () => {
    const s = await start();
    opens(s.current());
    s.current().readyState = FakeEventSource.CLOSED;
    s.current().onerror!();
    expect(s.links).toEqual(['live', 'reconnecting']);
    vi.advanceTimersByTime(3_000);
    expect(FakeEventSource.opened).toHaveLength(2);
    expect(FakeEventSource.opened[0]!.closed).toBe(true);
    opens(s.current());
    expect(s.links.at(-1)).toBe('live');
    s.current().emit('change', '{"areas":["contacts"]}');
    expect(s.changes).toEqual([{ areas: ['contacts'] }]);
    s.stop();
  });

  it('leaves the retry to the browser while it retries by itself', async () => {
    const s = await start();
    s.current().onerror!(); // readyState CONNECTING: the browser retries
    vi.advanceTimersByTime(10_000);
    expect(FakeEventSource.opened).toHaveLength(1);
    s.stop();
  });

  it('a stream with no heartbeat for 45 s is stale: says so and opens again', async () => {
    const s = await start();
    opens(s.current());
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(15_000);
      s.current().emit('heartbeat');
    }
    expect(FakeEventSource.opened).toHaveLength(1);
    vi.advanceTimersByTime(50_000);
    expect(s.links).toContain('reconnecting');
    expect(FakeEventSource.opened.length).toBeGreaterThan(1);
    s.stop();
  });

  it('after the computer slept, opens again at once', async () => {
    const s = await start();
    opens(s.current());
    // Timers stop during sleep: the clock jumps, then the next tick runs.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    vi.advanceTimersByTime(5_000);
    expect(FakeEventSource.opened).toHaveLength(2);
    s.stop();
    expect(s.current().closed).toBe(true);
  });
});
