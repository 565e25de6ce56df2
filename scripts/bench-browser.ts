/**
 * What a person feels, measured in headless Chromium against the real host process:
 * first board painted, drop to repaint, a second seat catching up, frame times during a
 * drag, and the wall seat's heap after many live updates.
 */
import fs from 'node:fs';
import { type Browser, type Page, chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser';
import { DEMO_SCHEDULER, api, column, signInPage, today } from '../e2e/fixtures';
import { type TestHost, startTestHost } from '../e2e/host';
import { DEFAULT_WALL_SETTINGS } from '../shared/wall';
import { type Figure, percentile } from './bench-report';

const VIEWPORT = { width: 1920, height: 1080 };

/** Installs, in a page, a watcher: resolves with the epoch time of the first frame showing the card in the column. */
async function armWatcher(page: Page, contactId: number, columnKey: string): Promise<void> {
  await page.evaluate(([id, key]) => {
    const w = window as unknown as { benchSeen?: Promise<number>; benchUp?: number };
    w.benchUp = undefined;
    w.benchSeen = new Promise<number>((resolve) => {
      const check = () => {
        if (document.querySelector(`section[data-column="${key}"] [data-contact-id="${id}"]`)) resolve(performance.timeOrigin + performance.now());
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
      setTimeout(() => resolve(NaN), 5000); // a drop that did not land: counted, not waited for
    });
    window.addEventListener('pointerup', () => (w.benchUp = performance.timeOrigin + performance.now()), { once: true, capture: true });
  }, [contactId, columnKey] as const);
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { benchSeen: Promise<number> }).benchSeen);
const pointerUp = (page: Page) => page.evaluate(() => (window as unknown as { benchUp: number }).benchUp);

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

async function openSeat(browser: Browser, host: TestHost, query = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx keeps function names with a helper the page lacks; the measuring code needs it.
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  if (!query) await signInPage(page, host, DEMO_SCHEDULER);
  await page.goto(`${host.url}/${query}`);
  return page;
}

/** Host start (a new process on the board file) to the first card painted, in a new browser context. */
async function firstPaint(browser: Browser, dataDir: string): Promise<{ ms: number; host: TestHost; page: Page }> {
  const t = Date.now();
  const host = await startTestHost({ demo: false, dataDir });
  const page = await openSeat(browser, host);
  await page.locator('[data-contact-id]').first().waitFor({ state: 'visible', timeout: 120_000 });
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return { ms: Date.now() - t, host, page };
}

function rssMiB(pid: number): number | null {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : null;
}

async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

export async function browserFigures(dataDir: string, { drags, updates }: { drags: number; updates: number }): Promise<Figure[]> {
  const figures: Figure[] = [];
  const browser = await chromium.launch(launchOptions);
  try {
    const cold = await firstPaint(browser, dataDir);
    await cold.page.context().close();
    await cold.host.stop();
    figures.push({ name: 'Host start to first board painted, cold', value: cold.ms, unit: 'ms', note: 'new host process, new browser context' });
    const warm = await firstPaint(browser, dataDir);
    figures.push({ name: 'Host start to first board painted, warm', value: warm.ms, unit: 'ms', budget: 500, note: 'second start: file and code in OS cache' });
    const host = warm.host;
    try {
      const seat = warm.page;
      await seat.locator('.link-live').waitFor();
      const second = await openSeat(browser, host);
      await second.locator('.link-live').waitFor();
      const day = await today(host);
      const cards = (await api(host, 'board.get', { day })).contacts.length;
      await frameRecorder(seat);

      const columns = await seat.locator('section[data-column]').evaluateAll((els) => els.map((e) => e.getAttribute('data-column')!).filter((k) => k !== 'unassigned'));
      const repaint: number[] = [];
      const reach: number[] = [];
      for (let i = 0; i < drags; i++) {
        // A visible card, dropped low in another staff column.
        const from = seat.locator('section[data-column] [data-contact-id]').nth(i % 8);
        const id = Number(await from.getAttribute('data-contact-id'));
        const fromKey = await from.evaluate((e) => e.closest('section[data-column]')!.getAttribute('data-column')!);
        const toKey = columns.filter((k) => k !== fromKey)[i % (columns.length - 1)]!;
        const box = (await column(seat, toKey).boundingBox())!;
        const target = { x: box.x + box.width / 2, y: Math.min(box.y + box.height - 30, VIEWPORT.height - 40) };
        await armWatcher(seat, id, toKey);
        await armWatcher(second, id, toKey);
        const start = (await from.boundingBox())!;
        await seat.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
        await seat.mouse.down();
        await recording(seat, true);
        await seat.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, { steps: 5 });
        await seat.mouse.move(target.x, target.y, { steps: 15 });
        await recording(seat, false);
        await seat.mouse.up();
        const [shown, up, there] = await Promise.all([seen(seat), pointerUp(seat), seen(second)]);
        if (Number.isFinite(shown)) repaint.push(shown - up);
        if (Number.isFinite(there)) reach.push(there - up);
        if ((i + 1) % 25 === 0) console.log(`… ${i + 1} drags`);
      }
      const frames = await seat.evaluate(() => (window as unknown as { benchFrames: number[] }).benchFrames);
      const note = `${repaint.length} of ${drags} mouse drags landed, ${cards} cards on the board`;
      figures.push(
        { name: 'Drop to repainted p50', value: percentile(repaint, 0.5), unit: 'ms', note },
        { name: 'Drop to repainted p95', value: percentile(repaint, 0.95), unit: 'ms', budget: 16.7, note },
        { name: 'Change reaching a second seat p50', value: percentile(reach, 0.5), unit: 'ms' },
        { name: 'Change reaching a second seat p95', value: percentile(reach, 0.95), unit: 'ms', budget: 100 },
        { name: 'Frame time during a drag p95', value: percentile(frames, 0.95), unit: 'ms', budget: 16.7, note: `${frames.length} frames (requestAnimationFrame intervals)` },
      );
      await second.context().close();
      await seat.context().close();

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
      const heapEarly = await heapMiB(wall);
      for (let i = early; i < updates; i++) await move(i);
      await settle();
      const heapLate = await heapMiB(wall);
      figures.push(
        { name: `Wall seat JS heap after ${early} updates`, value: heapEarly, unit: 'MiB' },
        { name: `Wall seat JS heap after ${updates} updates`, value: heapLate, unit: 'MiB' },
        { name: 'Wall seat heap growth', value: ((heapLate - heapEarly) / heapEarly) * 100, unit: '%', budget: 5 },
      );
      figures.push({ name: 'Host RSS (after the browser figures)', value: rssMiB(host.pid), unit: 'MiB', budget: 200, note: 'the `npm run serve` host process' });
      await wall.context().close();
    } finally {
      await host.stop();
    }
  } finally {
    await browser.close();
  }
  return figures;
}
