/**
 * Where the time goes (issue 16), for `npm run bench -- --only=...`: what a page saw, read
 * from its own clocks (resource timing, and the change events its EventSource received),
 * so that the figures can be split into their parts without touching the app.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { percentile } from './bench-report';

/** Every page of `context` notes the epoch time of each change event its EventSource receives. */
export async function traceChangeEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { benchEvents: number[] };
    w.benchEvents = [];
    const Original = window.EventSource;
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener('change', () => w.benchEvents.push(performance.timeOrigin + performance.now()));
      }
    };
  });
}

export interface Call {
  name: string;
  /** Epoch ms. */
  start: number;
  /** Response headers in. */
  firstByte: number;
  end: number;
}

/** The API calls and scripts a page fetched, in epoch ms, from its resource timing. */
export function callsOf(page: Page): Promise<Call[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => {
      const r = e as PerformanceResourceTiming;
      const o = performance.timeOrigin;
      return { name: r.name.replace(/^.*\/(api\/call\/|assets\/)?/, ''), start: o + r.startTime, firstByte: o + r.responseStart, end: o + r.responseEnd };
    }),
  );
}

export const clearCalls = (page: Page) => page.evaluate(() => performance.clearResourceTimings());
export const eventsOf = (page: Page) => page.evaluate(() => (window as unknown as { benchEvents: number[] }).benchEvents.splice(0));

/** One drag seen on the second seat, each part in ms from the pointer up on the first. */
export interface SeatSteps {
  /** The writing seat's contacts.move answered. */
  moveAnswered: number;
  /** The change event reached the second seat. */
  event: number;
  /** The second seat asked for board.get. */
  refetchStart: number;
  /** board.get's answer fully in. */
  refetchEnd: number;
  /** The frame that shows the card. */
  seen: number;
}

export function seatSteps(up: number, seen: number, writer: Call[], events: number[], reader: Call[]): SeatSteps {
  const after = (t: number) => t - up;
  const move = writer.find((c) => c.name.startsWith('contacts.move') && c.start >= up - 50);
  const event = events.find((t) => t >= up - 50);
  const refetch = reader.find((c) => c.name.startsWith('board.get') && c.start >= (event ?? up) - 1);
  return {
    moveAnswered: after(move?.end ?? NaN),
    event: after(event ?? NaN),
    refetchStart: after(refetch?.start ?? NaN),
    refetchEnd: after(refetch?.end ?? NaN),
    seen: after(seen),
  };
}

/** p50 of each step, as one line to print. */
export function describeSteps(steps: SeatSteps[]): string {
  const keys = ['moveAnswered', 'event', 'refetchStart', 'refetchEnd', 'seen'] as const;
  return keys.map((k) => `${k} ${percentile(steps.map((s) => s[k]).filter(Number.isFinite), 0.5).toFixed(1)}`).join(', ');
}

/** The page's own milestones, in epoch ms: the HTML asked for and in, its scripts run, the first paint. */
export function milestonesOf(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const o = performance.timeOrigin;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      htmlAsked: o + nav.requestStart,
      htmlIn: o + nav.responseEnd,
      domInteractive: o + nav.domInteractive,
      domContentLoaded: o + nav.domContentLoadedEventEnd,
      firstContentfulPaint: fcp ? o + fcp.startTime : NaN,
    };
  });
}
