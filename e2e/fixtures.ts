import { type Locator, type Page, test as base, expect } from '@playwright/test';
import type { Input, Method, Result } from '../shared/api';
import { type TestHost, startTestHost } from './host';

/** Calls the host's API directly, as another program would: to set up and to check what was saved. */
export async function api<M extends Method>(host: TestHost, method: M, input: Input<M>): Promise<Result<M>> {
  const res = await fetch(`${host.url}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; result: Result<M>; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.result;
}

/** Today in the team's time zone, as the host computes it. */
export async function today(host: TestHost): Promise<string> {
  return (await api(host, 'board.get', { day: '2000-01-01' })).today;
}

/** A column of the board, found by the staff member's initials ('unassigned' for Unassigned). */
export const column = (page: Page, key: string): Locator => page.locator(`section[data-column="${key}"]`);
export const card = (scope: Page | Locator, contactId: number): Locator => scope.locator(`[data-contact-id="${contactId}"]`);

export async function openBoard(page: Page, host: TestHost): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('[data-contact-id]').first()).toBeVisible();
  await expect(page.locator('.link-live')).toBeVisible(); // change events are connected
}

/** Drags with a real mouse: press, move in steps (the sensor needs 5 px), release. */
export async function mouseDrag(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
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
