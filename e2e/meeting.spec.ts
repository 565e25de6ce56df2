import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { api, expect, openBoard, test } from './fixtures';
import type { TestHost } from './host';

/** Presses a control as a keyboard user would: focus it (as Tab would), then Enter. */
async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press('Enter');
}

async function startMeeting(page: Page, host: TestHost) {
  // Refused calls and browser errors are printed, to explain a failure.
  page.on('response', async (r) => {
    if (!r.url().includes('/api/call/')) return;
    const body = (await r.json().catch(() => null)) as { ok?: boolean; error?: unknown } | null;
    if (body && body.ok === false) console.log(`[refused] ${r.url()} -> ${JSON.stringify(body.error)}`);
  });
  page.on('console', (m) => m.type() === 'error' && console.log(`[console] ${m.text()}`));
  await openBoard(page, host);
  await press(page, 'Meeting');
  await press(page, 'Start the meeting');
  await expect(page.getByRole('navigation', { name: 'Roster' }).locator('[aria-current="true"]')).toBeVisible();
  const meeting = await api(host, 'meeting.current', {});
  return { meeting: meeting!, order: meeting!.reviews.map((r) => r.clientId) };
}

const focusOf = async (host: TestHost) => (await api(host, 'meeting.current', {}))?.focusClientId;

test('a short meeting with the keyboard only: walk, add an event, park, finish, saved record', async ({ page, host }) => {
  const { meeting, order } = await startMeeting(page, host);
  expect(meeting.focusClientId).toBe(order[0]);

  // Presentation remotes send PageDown, the right arrow and Space.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect.poll(() => focusOf(host)).toBe(order[3]);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusOf(host)).toBe(order[2]);
  await page.keyboard.press('PageDown');
  await expect.poll(() => focusOf(host)).toBe(order[3]);

  // Park the fourth client for the end of the meeting.
  await page.keyboard.press('p');
  await expect(page.getByRole('dialog', { name: /^Park / })).toBeVisible();
  await page.keyboard.type('Talk through the housing plan');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusOf(host)).toBe(order[4]);

  // Add a significant event for the fifth.
  await page.keyboard.press('e');
  await expect(page.getByRole('dialog', { name: 'Add a significant event' })).toBeVisible();
  await expect(page.getByLabel('What happened')).toBeFocused();
  await page.keyboard.type('Fell at home; seen at urgent care, no fracture.');
  await page.getByLabel('Written by').focus();
  await page.keyboard.press('ArrowDown');
  await press(page, 'Add event');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const added = { clientId: order[4]!, query: 'Fell at home; seen at urgent care' };
  await expect.poll(async () => (await api(host, 'events.list', added)).total).toBe(1);
  const focusPanel = page.locator('.focus');
  await expect(focusPanel.getByText('Fell at home; seen at urgent care, no fracture.')).toBeVisible();
  await expect(focusPanel.getByText(/1 new event/)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect.poll(() => focusOf(host)).toBe(order[5]);

  // End: the parked client comes back first, then the end of the roster.
  await press(page, 'End meeting');
  await expect.poll(() => focusOf(host)).toBe(order[3]);
  await expect(page.getByText(/Parked: Talk through the housing plan/)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect.poll(() => focusOf(host)).toBeNull();
  await expect(page.getByRole('heading', { name: 'End of the roster' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finish and save the meeting' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Fewer than half the roster reviewed: the save asks first, and Enter answers it.
  const ask = page.getByRole('dialog', { name: `Save with 5 of ${order.length} clients reviewed?` });
  await expect(ask.getByRole('button', { name: 'Save the meeting' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Meeting saved' })).toBeVisible();
  const summary = page.getByTestId('meeting-summary');
  await expect(summary.getByTestId('summary-reviewed')).toHaveText(`5 of ${order.length} (${Math.round(500 / order.length)}%)`);
  await expect(summary.getByTestId('summary-parked')).toContainText('Talk through the housing plan');
  await expect(summary.getByTestId('summary-parked')).toContainText('talked through at the end');
  await expect(summary.getByTestId('summary-changes')).toContainText('Significant events added: 1');

  // The saved record, as another program reads it.
  const saved = await api(host, 'meeting.get', { id: meeting.id });
  expect(saved.status).toBe('finished');
  expect(saved.endedAt).not.toBeNull();
  expect(saved.reviews.filter((r) => r.state === 'reviewed').map((r) => r.clientId)).toEqual(order.slice(0, 5));
  expect(saved.reviews.find((r) => r.clientId === order[3])).toMatchObject({ wasParked: true, parkNote: 'Talk through the housing plan' });
  expect(saved.summary.changes).toContainEqual({ label: 'Significant events added', count: 1 });
  const events = await api(host, 'events.list', added);
  expect(events.events[0]).toMatchObject({ text: 'Fell at home; seen at urgent care, no fracture.', reviewedMeetingId: null });
  expect(await api(host, 'meeting.current', {})).toBeNull();
  const history = await api(host, 'meeting.history', {});
  expect(history.meetings[0]!.id).toBe(meeting.id);
});

test('the wall screen: readable type, no serious accessibility violations, touch swipe, fast remote presses', async ({ page, host }) => {
  const { order } = await startMeeting(page, host);
  // Body text in meeting mode is at least 24 px.
  const smallest = await page.locator('.meeting-stage').evaluate((stage) => {
    let min = Infinity;
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent?.trim() || el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
      min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
    }
    return min;
  });
  expect(smallest).toBeGreaterThanOrEqual(24);

  const results = await new AxeBuilder({ page }).include('.meeting-screen').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // A swipe to the left moves on.
  const box = (await page.locator('.meeting-main').boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + box.height / 2;
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y }] });
  await touch('touchStart', box.x + box.width * 0.8);
  await touch('touchMove', box.x + box.width * 0.5);
  await touch('touchMove', box.x + box.width * 0.2);
  await touch('touchEnd');
  await expect.poll(() => focusOf(host)).toBe(order[1]);

  // A remote pressed faster than the screen redraws still moves one client a press.
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown', { delay: 0 });
  await expect.poll(() => focusOf(host)).toBe(order[5]);
  const walked = (await api(host, 'meeting.current', {}))!.reviews;
  expect(walked.filter((r) => r.state === 'reviewed').map((r) => r.clientId)).toEqual(order.slice(0, 5));
});

test('privacy mode shows initials instead of names on the board and in the meeting', async ({ page, host }) => {
  const { order } = await startMeeting(page, host);
  const clients = await api(host, 'clients.list', {});
  const first = clients.find((c) => c.id === order[0])!;
  await expect(page.locator('#focus-name')).toHaveText(first.preferredName);
  await page.getByLabel('Hide names').check();
  const initials = first.name.split(' ').map((w) => `${w[0]}.`).join(' ');
  await expect(page.locator('#focus-name')).not.toHaveText(first.preferredName);
  const profile = (await api(host, 'clients.profiles', {})).find((p) => p.clientId === first.id)!;
  await expect(page.locator('#focus-name')).toHaveText(profile.alias ?? initials);
  await expect(page.getByText(first.name)).toHaveCount(0);
  await press(page, 'Board');
  await expect(page.locator('.card-client').first()).toBeVisible();
  const names = await page.locator('.card-client').allTextContents();
  expect(names.every((n) => /^([A-Z]\. ?)+$/.test(n) || n.startsWith('Client '))).toBe(true);
  // The warnings beside the board name clients too: not by name in privacy mode.
  const board = await api(host, 'board.get', { day: (await api(host, 'board.get', { day: '2000-01-01' })).today });
  const named = board.warnings.filter((w) => board.clients.some((c) => w.message.includes(c.preferredName)));
  if (named.length > 0) {
    const shown = (await page.locator('.side-panel .warning').allTextContents()).join('\n');
    for (const c of board.clients) expect(shown).not.toMatch(new RegExp(`(?<![\\w.])${c.preferredName.replace('.', '\\.')}(?!\\w)`));
  }
});

test('the event log searches and filters; the history shows the OS3 figures of the demo meetings', async ({ page, host }) => {
  await openBoard(page, host);
  await press(page, 'Meeting');
  await press(page, 'Significant events');
  const rows = page.locator('.event-log tbody tr');
  await expect(rows.first()).toBeVisible();
  const all = await rows.count();
  await page.getByLabel('Search events').fill('wallet');
  await expect(rows).not.toHaveCount(all);
  for (const text of await rows.allTextContents()) expect(text).toContain('wallet');
  await page.getByLabel('Search events').fill('');
  await page.getByLabel('Category').selectOption({ label: 'Medical' });
  await expect(rows.first()).toContainText('Medical');
  for (const text of await rows.allTextContents()) expect(text).toContain('Medical');
  await page.getByLabel('Not yet reviewed only').check();
  // The list is fetched again: wait for it rather than read the one still on screen.
  await expect(rows.filter({ hasNotText: 'New' })).toHaveCount(0);
  await expect(rows.first()).toBeVisible();

  // Hide notes: the texts are hidden on this seat.
  await page.getByLabel('Hide notes').check();
  await expect(page.locator('.event-log').getByText('Hidden on this screen').first()).toBeVisible();

  await press(page, 'Meeting history');
  await expect(page.getByTestId('os3-rating')).toHaveText(/^[1-5] of 5$/);
  const history = await api(host, 'meeting.history', {});
  expect(history.meetings.length).toBeGreaterThanOrEqual(8);
  await expect(page.locator('.meeting-history tbody tr').filter({ hasText: /of 59/ })).toHaveCount(history.meetings.length);
});

test('a custom order edited before the meeting is saved and walked', async ({ page, host }) => {
  await openBoard(page, host);
  await press(page, 'Meeting');
  await page.getByLabel('Saved custom order').check();
  const items = page.locator('.order-preview li');
  const second = (await items.nth(1).textContent())!.replace(/[↑↓]/g, '').trim();
  await page.getByRole('button', { name: `Move ${second} up` }).click();
  await expect(items.first()).toContainText(second);
  await press(page, 'Start the meeting');
  await expect(page.locator('.meeting-stage')).toBeVisible();
  const meeting = (await api(host, 'meeting.current', {}))!;
  expect(meeting.sort).toBe('custom');
  const clients = await api(host, 'clients.list', {});
  expect(clients.find((c) => c.id === meeting.reviews[0]!.clientId)!.preferredName).toBe(second);
  const profiles = await api(host, 'clients.profiles', {});
  expect(profiles.find((p) => p.clientId === meeting.reviews[0]!.clientId)!.meetingPosition).toBe(1);
});
