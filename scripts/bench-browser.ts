/**
 * What a person feels, measured in headless Chromium against the real host process:
 * first board painted, drop to repaint, a second seat catching up, frame times during a
 * drag, and the wall seat's heap after many live updates.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { type Browser, type BrowserContext, type Page, chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser';
import { DEMO_SCHEDULER, api, signInPage, today } from '../e2e/fixtures';
import { heapOf } from '../e2e/heap';
import { type TestHost, startTestHost } from '../e2e/host';
import { DEFAULT_WALL_SETTINGS } from '../shared/wall';
import { type Figure, percentile } from './bench-report';
import { type SeatSteps, callsOf, clearCalls, describeSteps, eventsOf, milestonesOf, seatSteps, traceChangeEvents } from './bench-trace';

/** The browser figures `--only` may pick. */
export type BrowserPart = 'paint' | 'seat' | 'drags';

const VIEWPORT = { width: 1920, height: 1080 };

/**
 * Installs, in a page, a watcher for the drop of card `id` into column `key`, all on the page's
 * clock (ms): `benchUp`, the next pointer up; `benchInDom`, when the card first is in the
 * column's DOM (React's commit of the move: a mutation observer's callback, right after it);
 * `benchSeen`, a promise of the first animation frame whose DOM shows it, as `{ at, frame }`:
 * when its callback ran, and the frame's own start (the vsync it began on, the callback's
 * argument). NaN after 5 s: a drop that did not land is counted, not waited for.
 */
async function armWatcher(page: Page, contactId: number, columnKey: string, dropHere: boolean): Promise<void> {
  await page.evaluate(([id, key, here]) => {
    const w = window as unknown as { benchSeen?: Promise<{ at: number; frame: number }>; benchUp?: number; benchUpHandled?: number; benchInDom?: number };
    // On the seat the drop is made on, the card was not moved before the pointer was up.
    const there = () => (!here || w.benchUp !== undefined) && document.querySelector(`section[data-column="${key}"] [data-contact-id="${id}"]`) !== null;
    w.benchUp = undefined;
    w.benchInDom = undefined;
    const observer = new MutationObserver(() => {
      if (there()) {
        w.benchInDom = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.getElementById('board-columns')!, { childList: true, subtree: true });
    w.benchSeen = new Promise((resolve) => {
      const check = (frame: number) => {
        if (there()) {
          observer.disconnect();
          resolve({ at: performance.now(), frame });
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
      setTimeout(() => {
        observer.disconnect();
        resolve({ at: NaN, frame: NaN });
      }, 5000);
    });
    window.addEventListener(
      'pointerup',
      (e) => {
        w.benchUp = e.timeStamp;
        w.benchUpHandled = performance.now();
      },
      { once: true, capture: true },
    );
  }, [contactId, columnKey, dropHere] as const);
}

interface Seen {
  /** When the first frame showing the card ran its callbacks, and when that frame began (page clock, ms). */
  at: number;
  frame: number;
  /** Pointer up (its event's time, and when the page began to handle it), and the card in the DOM (page clock; the second seat has no pointer up). */
  up: number | undefined;
  upHandled: number | undefined;
  inDom: number | undefined;
}
const seen = (page: Page): Promise<Seen> =>
  page.evaluate(async () => {
    const w = window as unknown as { benchSeen: Promise<{ at: number; frame: number }>; benchUp?: number; benchUpHandled?: number; benchInDom?: number };
    const s = await w.benchSeen;
    return { ...s, up: w.benchUp, upHandled: w.benchUpHandled, inDom: w.benchInDom };
  });
/** The page's clock origin (epoch ms): to compare two pages' clocks. */
const origin = (page: Page) => page.evaluate(() => performance.timeOrigin);
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

interface Point {
  x: number;
  y: number;
}
interface DragPlan {
  contactId: number;
  from: Point;
  to: Point;
}

/**
 * Where the `n`th drag goes, worked out in the page as a person would look: the target
 * column is scrolled into sight, the card dropped on one of its gaps that is in sight (or
 * on the column itself), and the card taken is one in sight in another column. Null when
 * no card is in sight.
 */
function planDrag(page: Page, toKey: string, n: number): Promise<DragPlan | null> {
  return page.evaluate(
    ([key, nth]) => {
      const board = document.getElementById('board-columns')!;
      const target = board.querySelector<HTMLElement>(`section[data-column="${key}"]`)!;
      target.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      // Out from under the pinned Unassigned column, as a person would scroll.
      const pinned = board.querySelector('section[data-column="unassigned"]')!.getBoundingClientRect();
      const left = target.getBoundingClientRect().left;
      if (key !== 'unassigned' && left < pinned.right) board.scrollLeft -= pinned.right - left + 8;
      const seen = board.getBoundingClientRect();
      // In sight: inside the board and inside its column's list, away from the list's edges (where it scrolls).
      const sightOf = (el: Element, margin: number) => {
        const list = (el.closest('.column-cards') ?? el.closest('section'))!.getBoundingClientRect();
        return { left: Math.max(seen.left, list.left), right: Math.min(seen.right, list.right), top: Math.max(seen.top, list.top) + margin, bottom: Math.min(seen.bottom, list.bottom) - margin };
      };
      const within = (r: DOMRect, a: { left: number; right: number; top: number; bottom: number }) =>
        r.left >= a.left && r.right <= a.right && r.top >= a.top && r.bottom <= a.bottom;
      const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
      // Not covered either: the pinned Unassigned column lies over the columns scrolled beneath it.
      const uncovered = (el: Element, inside: (hit: Element) => boolean) => {
        const { x, y } = centre(el.getBoundingClientRect());
        const hit = document.elementFromPoint(x, y);
        return hit !== null && inside(hit);
      };
      const cards = [...board.querySelectorAll<HTMLElement>('section[data-column] [data-contact-id]')].filter(
        (c) =>
          c.closest('section')!.getAttribute('data-column') !== key &&
          within(c.getBoundingClientRect(), sightOf(c, 40)) &&
          uncovered(c, (hit) => hit.closest('[data-contact-id]') === c),
      );
      if (!cards.length) return null;
      const card = cards[(nth * 7) % cards.length]!;
      const gaps = [...target.querySelectorAll('.gap')].filter(
        (g) => within(g.getBoundingClientRect(), sightOf(g, 80)) && uncovered(g, (hit) => hit.closest('section') === target),
      );
      const spot = gaps.length ? centre(gaps[nth % gaps.length]!.getBoundingClientRect()) : centre(target.getBoundingClientRect());
      return { contactId: Number(card.getAttribute('data-contact-id')), from: centre(card.getBoundingClientRect()), to: spot };
    },
    [toKey, n] as const,
  );
}

/** A person's drag: press, move past the sensor's 5 px, glide one step a frame to the spot, let go. */
async function drag(page: Page, { from, to }: DragPlan): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 3; i++) {
    await page.mouse.move(from.x + 4 * i, from.y + 4 * i);
    await nextFrame(page);
  }
  const steps = 20;
  const start = { x: from.x + 12, y: from.y + 12 };
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(start.x + ((to.x - start.x) * i) / steps, start.y + ((to.y - start.y) * i) / steps);
    await nextFrame(page);
  }
  await nextFrame(page); // dnd-kit has seen the last move: the drop goes where the pointer is
  await page.mouse.up();
}

/** Records every animation frame's interval while `on`; the drag's frames. */
async function frameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchRecording: boolean };
    w.benchFrames = [];
    w.benchRecording = false;
    let last = 0;
    const tick = (t: number) => {
      if (w.benchRecording && last) w.benchFrames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
const recording = (page: Page, on: boolean) => page.evaluate((v) => ((window as unknown as { benchRecording: boolean }).benchRecording = v), on);

/**
 * `drags` mouse drags on `seat`, each to the next column in turn: each landing checked
 * through the API, and timed in the pages from pointer up to the frame that shows the card
 * in its new column, on the seat and on a second seat.
 */
async function dragFigures(host: TestHost, seat: Page, second: Page, drags: number, cards: number, trace?: SeatSteps[]): Promise<Figure[]> {
  const day = await today(host);
  const staffByKey = new Map<string, number | null>([['unassigned', null], ...(await api(host, 'board.get', { day })).staff.map((s) => [s.initials, s.id] as const)]);
  const keys = await seat.locator('section[data-column]').evaluateAll((els) => els.map((e) => e.getAttribute('data-column')!));
  await frameRecorder(seat);
  const cdp = process.env.BENCH_PROFILE ? await seat.context().newCDPSession(seat) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const [seatOrigin, secondOrigin] = [await origin(seat), await origin(second)];
  const repaint: number[] = [];
  const toFrame: number[] = [];
  const handling: number[] = [];
  const waiting: number[] = [];
  const reach: number[] = [];
  let landed = 0;
  for (let i = 0; i < drags; i++) {
    const toKey = keys[i % keys.length]!;
    const plan = await planDrag(seat, toKey, i);
    if (!plan) continue;
    await nextFrame(seat); // the scroll is painted before the hand moves
    await armWatcher(seat, plan.contactId, toKey, true);
    await armWatcher(second, plan.contactId, toKey, false);
    if (trace) await Promise.all([clearCalls(seat), clearCalls(second), eventsOf(second)]);
    await recording(seat, true);
    await drag(seat, plan);
    await recording(seat, false);
    const [shown, there] = await Promise.all([seen(seat), seen(second)]);
    // Landed: the host has the card in the column it was dropped on.
    const saved = (await api(host, 'board.get', { day })).contacts.find((c) => c.id === plan.contactId);
    if (saved?.staffId !== staffByKey.get(toKey)) {
      const notice = await seat.locator('.notice-error .notice-text').allTextContents();
      console.log(`… drag ${i + 1} (card ${plan.contactId} to ${toKey}) did not land${notice.length ? `: ${notice.join('; ')}` : ''}`);
      if (process.env.BENCH_DEBUG) console.log(JSON.stringify({ plan, saved: saved?.staffId, want: staffByKey.get(toKey), rects: await seat.evaluate((k) => [...document.querySelectorAll(`section[data-column="unassigned"], section[data-column="${k}"]`)].map((e) => e.getBoundingClientRect().toJSON() as unknown), toKey) }));
      continue;
    }
    landed++;
    const up = shown.up!;
    if (Number.isFinite(shown.at)) repaint.push(shown.at - up);
    if (Number.isFinite(shown.frame)) toFrame.push(shown.frame - up);
    if (shown.inDom !== undefined) handling.push(shown.inDom - shown.upHandled!);
    if (shown.upHandled !== undefined) waiting.push(shown.upHandled - up);
    if (Number.isFinite(there.at)) reach.push(secondOrigin + there.at - (seatOrigin + up));
    if (trace) trace.push(seatSteps(seatOrigin + up, secondOrigin + there.at, await callsOf(seat), await eventsOf(second), await callsOf(second)));
    if ((i + 1) % 25 === 0) console.log(`… ${i + 1} drags`);
  }
  if (cdp) fs.writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const frames = await seat.evaluate(() => (window as unknown as { benchFrames: number[] }).benchFrames);
  const typical = percentile(frames, 0.5);
  const long = frames.filter((f) => f > 1.5 * typical).length;
  const note = `${landed} of ${drags} mouse drags landed (checked through the API), ${cards} cards on the board`;
  return [
    { name: 'Mouse drags landed', value: landed, unit: 'count', note: `of ${drags}` },
    { name: 'Drop handling on the main thread p50', value: percentile(handling, 0.5), unit: 'ms', note: 'the page handling pointer up to the moved card in the DOM (React commit)' },
    { name: 'Drop handling on the main thread p95', value: percentile(handling, 0.95), unit: 'ms' },
    { name: 'Pointer up waiting for the main thread p95', value: percentile(waiting, 0.95), unit: 'ms', note: `p50 ${percentile(waiting, 0.5).toFixed(1)} ms: the event's time to the page handling it` },
    { name: 'Drop to repainted p50', value: percentile(repaint, 0.5), unit: 'ms', note },
    { name: 'Drop to repainted p95', value: percentile(repaint, 0.95), unit: 'ms', budget: 16.7, note: "to that frame's callbacks, which run after the drop's work" },
    // For reading only: a frame held up by the drop's work keeps the start of the vsync it was due at.
    { name: 'Drop to repainted, to the frame start p50', value: percentile(toFrame, 0.5), unit: 'ms', note: 'pointer up to the start (vsync) of the first frame showing it' },
    { name: 'Drop to repainted, to the frame start p95', value: percentile(toFrame, 0.95), unit: 'ms', note: 'a frame held up by the work keeps its vsync: not a budget' },
    { name: 'Change reaching a second seat p50', value: percentile(reach, 0.5), unit: 'ms' },
    { name: 'Change reaching a second seat p95', value: percentile(reach, 0.95), unit: 'ms', budget: 100 },
    { name: 'Frame time during a drag p95', value: percentile(frames, 0.95), unit: 'ms', budget: 16.7, note: `${frames.length} frames (requestAnimationFrame intervals)` },
    { name: 'Dropped frames during drags', value: (long / Math.max(1, frames.length)) * 100, unit: '%', budget: 1, note: `${long} of ${frames.length} intervals over 1.5 × the median (${typical.toFixed(1)} ms)` },
  ];
}

async function openSeat(browser: Browser, host: TestHost, query = '', traced = false): Promise<Page> {
  const context = await newContext(browser);
  if (traced) await traceChangeEvents(context);
  const page = await context.newPage();
  if (!query) await signInPage(page, host, DEMO_SCHEDULER);
  await page.goto(`${host.url}/${query}`);
  return page;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx keeps function names with a helper the page lacks; the measuring code needs it.
  await context.addInitScript('window.__name = (f) => f;');
  return context;
}

/**
 * Host start (a new process on the board file: the bundled host, as `npm start` runs it where
 * there is no Electron) to the first board painted in a page of `context`: a seat on this machine
 * opening the board, before anyone signs in. The seat's tab is open before the host starts, as an
 * Electron window or a wall screen's browser is when its host (re)starts: opening a tab is the
 * browser's cost, not the board's (about 100 ms here). The time is the page's own: its first
 * contentful paint (when that frame was shown), which must be a frame that has a card in it.
 */
async function firstPaint(context: BrowserContext, dataDir: string, port: number, trace = false): Promise<{ ms: number; host: TestHost; page: Page }> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { benchFirstCard: Promise<number> };
    // The start of the first frame whose page has a card: that frame paints it.
    w.benchFirstCard = new Promise((resolve) => {
      const check = () => (document.querySelector('[data-contact-id]') ? resolve(performance.timeOrigin + performance.now()) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
  });
  // Waiting, as such a seat is: the new tab's own start-up is not the host's.
  await page.waitForTimeout(300);
  const t = Date.now();
  const host = await startTestHost({ demo: false, dataDir, built: true, args: ['--port', String(port)] });
  const listening = Date.now();
  try {
    await page.goto(host.url);
    await page.locator('[data-contact-id]').first().waitFor({ state: 'visible', timeout: 120_000 });
    const cardFrame = await page.evaluate(() => (window as unknown as { benchFirstCard: Promise<number> }).benchFirstCard);
    const told = Date.now();
    // The paint's entry comes once the frame has been shown, which can be after the driver sees the card.
    const shown = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          new PerformanceObserver((list, observer) => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            if (!fcp) return;
            observer.disconnect();
            resolve(performance.timeOrigin + fcp.startTime);
          }).observe({ type: 'paint', buffered: true }),
        ),
    );
    if (shown < cardFrame) throw new Error(`The first paint (${shown - t} ms) came before the first card's frame (${cardFrame - t} ms): the figure would not be the board's`);
    if (trace) {
      const at = (ms: number) => (ms - t).toFixed(0);
      const calls = (await callsOf(page)).map((c) => `${c.name} ${at(c.start)}-${at(c.end)}`);
      const marks = Object.entries(await milestonesOf(page)).map(([k, v]) => `${k} ${at(v)}`);
      console.log(`… first paint: listening ${at(listening)}, ${[...marks, ...calls].join(', ')}, card's frame ${at(cardFrame)}, shown ${at(shown)}, test driver told ${at(told)} ms after spawn`);
    }
    return { ms: shown - t, host, page };
  } catch (e) {
    await host.stop();
    throw e;
  }
}

/** A port free now: the host starts twice on it, so that the seat's browser knows it the second time. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function rssMiB(pid: number): number | null {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : null;
}

/** `only`: just these browser figures (the warm first paint always runs: it starts the host). */
export async function browserFigures(
  dataDir: string,
  { drags, updates, only, paints = 1 }: { drags: number; updates: number; only?: BrowserPart[]; paints?: number },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const browser = await chromium.launch(launchOptions);
  try {
    const built = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('scripts/build-electron.mjs failed: the host could not be built');
    const port = await freePort();
    const desk = await newContext(browser);
    const wanted = (part: BrowserPart) => !only || only.includes(part);
    const trace = only !== undefined && (wanted('paint') || wanted('seat'));
    if (wanted('paint')) {
      const cold = await firstPaint(desk, dataDir, port, trace);
      await cold.page.close();
      await cold.host.stop();
      figures.push({ name: 'Host start to first board painted, cold', value: cold.ms, unit: 'ms', note: 'built host, a browser that never opened the board; its tab open before the host starts' });
    }
    // `paints` > 1: the host restarted that many times, the median taken (one start is a noisy figure).
    const warmRuns: number[] = [];
    for (let i = 1; i < paints; i++) {
      const run = await firstPaint(desk, dataDir, port, trace);
      warmRuns.push(run.ms);
      await run.page.close();
      await run.host.stop();
    }
    const warm = await firstPaint(desk, dataDir, port, trace);
    warmRuns.push(warm.ms);
    const warmNote = paints > 1 ? `median of ${paints} starts (${warmRuns.map(Math.round).join(', ')} ms); ` : '';
    figures.push({ name: 'Host start to first board painted, warm', value: percentile(warmRuns, 0.5), unit: 'ms', budget: 500, note: `${warmNote}host restarted; the same browser, which opened the board before; the page's first contentful paint (a frame with cards)` });
    const host = warm.host;
    try {
      const seat = warm.page;
      // The person at the desk signs in to move cards.
      await signInPage(seat, host, DEMO_SCHEDULER);
      await seat.reload();
      await seat.locator('.link-live').waitFor();
      if (only && !only.includes('seat') && !only.includes('drags')) return figures;
      const second = await openSeat(browser, host, '', trace);
      await second.locator('.link-live').waitFor();
      const day = await today(host);
      const cards = (await api(host, 'board.get', { day })).contacts.length;
      const steps: SeatSteps[] = [];
      figures.push(...(await dragFigures(host, seat, second, drags, cards, trace ? steps : undefined)));
      if (trace) console.log(`… second seat, p50 ms after pointer up: ${describeSteps(steps)}`);
      await second.context().close();
      await seat.context().close();
      if (only) return figures;

      // An idle wall seat following live updates (moves made through the API, as another seat would).
      // The wall stays on its board page, and lit whatever the hour the benchmark runs at.
      const { version } = await api(host, 'settings.get', {});
      await api(host, 'settings.update', { version, wall: { ...DEFAULT_WALL_SETTINGS, pages: [{ id: 'board', seconds: 600 }], blankOutsideHours: false } });
      const wall = await openSeat(browser, host, '?view=wall');
      await wall.locator('[data-wall-status="live"]').waitFor({ state: 'attached' });
      await wall.locator('.wall-card').first().waitFor();
      const staffIds = (await api(host, 'staff.list', {})).filter((s) => s.active).map((s) => s.id);
      let board = await api(host, 'board.get', { day });
      const move = async (i: number) => {
        const c = board.contacts[i % board.contacts.length]!;
        const moved = await api(host, 'contacts.move', { id: c.id, version: c.version, staffId: staffIds[i % staffIds.length]! });
        board = { ...board, contacts: board.contacts.map((x) => (x.id === moved.id ? moved : x)) };
      };
      const settle = () => wall.waitForTimeout(1500);
      const early = Math.min(20, updates);
      for (let i = 0; i < early; i++) await move(i);
      await settle();
      const heapEarly = await heapOf(wall);
      for (let i = early; i < updates; i++) await move(i);
      await settle();
      const heapLate = await heapOf(wall);
      const mib = (bytes: number) => bytes / 2 ** 20;
      const objectsNote = 'objects, arrays, closures, strings: compiled code and the driver’s DevTools records aside (e2e/heap.ts)';
      figures.push(
        { name: `Wall seat JS objects after ${early} updates`, value: mib(heapEarly.objects), unit: 'MiB', note: objectsNote },
        { name: `Wall seat JS objects after ${updates} updates`, value: mib(heapLate.objects), unit: 'MiB' },
        { name: 'Wall seat heap growth (JS objects)', value: ((heapLate.objects - heapEarly.objects) / heapEarly.objects) * 100, unit: '%', budget: 5 },
        {
          name: 'Wall seat JS heap growth, compiled code included',
          value: ((heapLate.used - heapEarly.used) / heapEarly.used) * 100,
          unit: '%',
          note: `${mib(heapEarly.used).toFixed(1)} → ${mib(heapLate.used).toFixed(1)} MiB; code compiled as functions warm up`,
        },
      );
      figures.push({ name: 'Host RSS (after the browser figures)', value: rssMiB(host.pid), unit: 'MiB', budget: 200, note: 'the built host process' });
      await wall.context().close();
    } finally {
      await host.stop();
    }
  } finally {
    await browser.close();
  }
  return figures;
}
