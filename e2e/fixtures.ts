import { type Locator, type Page, test as base, expect } from '@playwright/test';
import type { Input, Method, Result } from '../shared/api';
import { type TestHost, startTestHost } from './host';

/** Demo PINs (README "Demo PINs"): the admin, and today's shift manager (schedule level). */
export const DEMO_ADMIN = { initials: 'DW', name: 'Dana Whitfield', pin: '1001' } as const;
export const DEMO_SCHEDULER = { initials: 'MV', name: 'Marisol Vega', pin: '1003' } as const;
type DemoPerson = { initials: string; pin: string };

async function post(host: TestHost, method: string, input: unknown, cookie?: string): Promise<Response> {
  return fetch(`${host.url}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(input),
  });
}

/** The unlock call for a demo person: its JSON body, and the session cookie it sets. */
export async function unlock(host: TestHost, who: DemoPerson = DEMO_ADMIN): Promise<{ cookie: string; staffId: number }> {
  const people = (await (await post(host, 'auth.people', {})).json()) as { result: { id: number; initials: string }[] };
  const staffId = people.result.find((p) => p.initials === who.initials)!.id;
  const res = await post(host, 'auth.unlock', { staffId, pin: who.pin });
  const body = (await res.json()) as { ok: boolean; error?: { message: string } };
  if (!body.ok) throw new Error(`unlock as ${who.initials} failed: ${body.error?.message}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, staffId };
}

const apiSessions = new WeakMap<TestHost, string>();

/**
 * Calls the host's API directly, as another program would: to set up and to check what
 * was saved. Signed in as the demo admin, so any method works; the session is reused.
 */
export async function api<M extends Method>(host: TestHost, method: M, input: Input<M>): Promise<Result<M>> {
  for (let attempt = 0; ; attempt++) {
    let cookie = apiSessions.get(host);
    if (!cookie) {
      cookie = (await unlock(host)).cookie;
      apiSessions.set(host, cookie);
    }
    const body = (await (await post(host, method, input, cookie)).json()) as {
      ok: boolean;
      result: Result<M>;
      error?: { code: string; message: string };
    };
    if (!body.ok && body.error?.code === 'locked' && attempt === 0) {
      apiSessions.delete(host); // the session ended (idle, restart): sign in again once
      continue;
    }
    if (!body.ok) throw new Error(body.error?.message);
    return body.result;
  }
}

/** Today in the team's time zone, as the host computes it. */
export async function today(host: TestHost): Promise<string> {
  return (await api(host, 'board.get', { day: '2000-01-01' })).today;
}

/** A column of the board, found by the staff member's initials ('unassigned' for Unassigned). */
export const column = (page: Page, key: string): Locator => page.locator(`section[data-column="${key}"]`);
export const card = (scope: Page | Locator, contactId: number): Locator => scope.locator(`[data-contact-id="${contactId}"]`);

/**
 * Opens the board in `page`, unlocked as a demo person (default: today's shift manager,
 * schedule level). The unlock goes through the page's own cookie jar, as the PIN pad's would.
 */
export async function openBoard(page: Page, host: TestHost, who: DemoPerson = DEMO_SCHEDULER): Promise<void> {
  await signInPage(page, host, who);
  await page.goto(host.url);
  await expect(page.locator('[data-contact-id]').first()).toBeVisible();
  await expect(page.locator('.link-live')).toBeVisible(); // change events are connected
}

/** Unlocks as `who` in the page's browser context (sets the HttpOnly session cookie). */
export async function signInPage(page: Page, host: TestHost, who: DemoPerson = DEMO_SCHEDULER): Promise<void> {
  const people = (await (await page.request.post(`${host.url}/api/call/auth.people`, { data: {} })).json()) as {
    result: { id: number; initials: string }[];
  };
  const staffId = people.result.find((p) => p.initials === who.initials)!.id;
  const res = await page.request.post(`${host.url}/api/call/auth.unlock`, { data: { staffId, pin: who.pin } });
  if (!res.ok()) throw new Error(`unlock as ${who.initials} failed: ${await res.text()}`);
}

/** Drags with a real mouse: press, move in steps (the sensor needs 5 px), release. */
export async function mouseDrag(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  // As a person would: scroll the card into sight before taking hold of it.
  await from.scrollIntoViewIfNeeded();
  const box = await from.boundingBox();
  if (!box) throw new Error('nothing to drag');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

export async function centreOf(locator: Locator, offsetY = 0.5): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('target not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height * offsetY };
}

export const test = base.extend<{ host: TestHost }>({
  // Every test gets its own host and data folder, filled with the demo team.
  host: async ({}, use) => {
    const host = await startTestHost();
    await use(host);
    await host.stop();
  },
});
export { expect };
