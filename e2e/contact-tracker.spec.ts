/**
 * Issue 14: every contact counted. A collateral contact recorded on the board's form with
 * its plan for the next contact shows in the monthly tracker; the tracker's totals for a
 * demo client equal a hand count of that client's done and attempted contacts from the API.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Contact } from '../shared/domain';
import { addDays } from '../shared/time';
import { api, expect, openBoard, test, today } from './fixtures';

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });
/** A clinical board: the Clinical tab, then the board in its own row. */
const board = async (page: Page, name: string) => {
  await tab(page, 'Clinical').click();
  await page.getByRole('navigation', { name: 'Clinical screens' }).getByRole('button', { name, exact: true }).click();
};

test('the tracker counts a demo client by hand: done, attempted, face to face, collateral and minutes', async ({ page, host }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const day = await today(host);
  const month = day.slice(0, 7);
  // The client with the most done contacts this month, by the board's own days.
  const mine: Contact[] = [];
  for (let d = `${month}-01`; d <= day; d = addDays(d, 1)) {
    mine.push(...(await api(host, 'board.get', { day: d })).contacts.filter((c) => c.status === 'done' || c.status === 'attempted'));
  }
  const doneBy = new Map<number, number>();
  for (const c of mine) if (c.status === 'done') doneBy.set(c.clientId, (doneBy.get(c.clientId) ?? 0) + 1);
  const clientId = [...doneBy].sort((a, b) => b[1] - a[1])[0]![0];
  const client = (await api(host, 'clients.list', {})).find((c) => c.id === clientId)!;

  // Recorded on the board's form: a collateral call with another provider, done, with its plan.
  await openBoard(page, host);
  await page.getByRole('button', { name: '+ Add contact' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client', { exact: true }).selectOption({ label: `${client.preferredName} (${client.name})` });
  await dialog.getByLabel('Kind').selectOption({ label: 'Collateral (another provider)' });
  await dialog.locator('label.status-done').click();
  await expect(dialog.getByRole('radio', { name: 'Done' })).toBeChecked();
  await dialog.getByLabel('Plan for the next contact').fill('Ask the pharmacy about the refill on Friday');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();

  // The hand count, from the API's days (the new contact included).
  const counted: Contact[] = [];
  for (let d = `${month}-01`; d <= day; d = addDays(d, 1)) {
    counted.push(...(await api(host, 'board.get', { day: d })).contacts.filter((c) => c.clientId === clientId && (c.status === 'done' || c.status === 'attempted')));
  }
  const done = counted.filter((c) => c.status === 'done');
  const collateral = done.filter((c) => c.kind === 'collateral').length;
  expect(collateral).toBeGreaterThanOrEqual(1);
  const hand = {
    done: done.length,
    attempted: counted.length - done.length,
    faceToFace: done.filter((c) => c.kind === 'face_to_face').length,
    collateral,
    countedForRate: done.length - collateral + Math.min(collateral, 3),
    minutes: done.reduce((m, c) => m + c.endMinute - c.startMinute, 0),
  };
  const tracked = await api(host, 'tracker.client', { clientId, month });
  expect(tracked.totals).toMatchObject(hand);
  expect(tracked.entries.map((e) => e.contactId).sort()).toEqual(counted.map((c) => c.id).sort());

  // The screen shows the same.
  await board(page, 'Contacts');
  const row = page.getByRole('table', { name: `Contacts in ${month}` }).locator(`tr[data-client-id="${clientId}"]`);
  await expect(row.locator('[data-figure="Contacts this month (NY rate)"]')).toHaveText(String(hand.countedForRate));
  await expect(row.locator('[data-figure="Attempted contacts"]')).toHaveText(String(hand.attempted));
  await row.getByRole('button', { name: client.preferredName }).click();
  const entries = page.getByRole('table', { name: `Contacts of ${client.preferredName}` });
  await expect(entries.locator('tbody tr')).toHaveCount(counted.length);
  const added = entries.locator('tbody tr').filter({ hasText: 'Collateral (another provider)' });
  await expect(added).toContainText('Ask the pharmacy about the refill on Friday');
  await expect(page.locator('[data-figure="Contacts this month (NY rate)"] strong')).toHaveText(String(hand.countedForRate));
  fs.mkdirSync('test-results/tracker', { recursive: true });
  await page.screenshot({ path: 'test-results/tracker/client-1920x1080.png' });

  // The CSV holds a row per contact.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  expect(csv.trim().split('\r\n')).toHaveLength(counted.length + 1);
});
