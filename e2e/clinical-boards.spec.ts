/**
 * Issue 14: the MD board and the injection schedule follow the board. A psychiatric visit
 * and an injection recorded as done on the board's form move the client's next due dates.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addDays } from '../shared/time';
import { api, expect, openBoard, test, today } from './fixtures';

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });
/** A clinical board: the Clinical tab, then the board in its own row. */
const board = async (page: Page, name: string) => {
  await tab(page, 'Clinical').click();
  await page.getByRole('navigation', { name: 'Clinical screens' }).getByRole('button', { name, exact: true }).click();
};

async function recordDone(page: Page, client: { preferredName: string; name: string }, intervention: string) {
  await tab(page, 'Board').click();
  await page.getByRole('button', { name: '+ Add contact' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client', { exact: true }).selectOption({ label: `${client.preferredName} (${client.name})` });
  await dialog.getByLabel('Intervention', { exact: true }).selectOption({ label: intervention });
  await dialog.getByLabel('Location', { exact: true }).selectOption({ label: 'Office' });
  await dialog.locator('label.status-done').click();
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();
}

test('a done psychiatric visit and a done injection move the next due dates', async ({ page, host }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const day = await today(host);
  const clients = await api(host, 'clients.list', {});
  const md = await api(host, 'clinical.mdBoard', {});
  expect(md.settings.psychVisitWeeks).toBe(4);
  const psychRow = md.rows.find((r) => r.last !== null && r.last < day)!;
  const psychClient = clients.find((c) => c.id === psychRow.clientId)!;
  const shot = (await api(host, 'clinical.injections', {})).rows.find((r) => r.lastGiven !== day && r.interval.unit === 'days')!;
  expect(shot.interval).toEqual({ unit: 'days', n: 14 });
  const shotClient = clients.find((c) => c.id === shot.clientId)!;

  await openBoard(page, host);
  await board(page, 'MD & injections');
  const mdRow = page.getByRole('table', { name: 'Psychiatric visits' }).locator(`tr[data-client-id="${psychRow.clientId}"]`);
  const shotRow = page.getByRole('table', { name: 'Injections' }).locator(`tr[data-client-id="${shot.clientId}"]`);
  await expect(mdRow.locator('[data-cell="next-due"]')).toHaveText(addDays(psychRow.last!, 28));
  await expect(shotRow.locator('[data-cell="next-due"]')).toHaveText(shot.nextDue ?? '—');

  await recordDone(page, psychClient, 'Psychiatric visit');
  await recordDone(page, shotClient, 'Injection');

  await board(page, 'MD & injections');
  await expect(mdRow.locator('[data-cell="next-due"]')).toHaveText(addDays(day, 28));
  await expect(mdRow).toContainText(day);
  await expect(shotRow.locator('[data-cell="next-due"]')).toHaveText(addDays(day, 14));
  await expect(shotRow).toContainText(`${addDays(day, 11)} – ${addDays(day, 17)}`);

  // A window as wide as the fortnightly injections is refused in plain words; nothing changes.
  const settings = page.getByRole('form', { name: 'MD board settings' });
  await settings.getByLabel('Injection window (± days)').fill('7');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('alert')).toContainText('as wide as an injection given every 14 days');
  expect((await api(host, 'clinical.injections', {})).settings.injectionWindowDays).toBe(3);
  // The team's interval moves every due date.
  await settings.getByLabel('Injection window (± days)').fill('3');
  await settings.getByLabel('Psychiatric visit every (weeks)').fill('2');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(mdRow.locator('[data-cell="next-due"]')).toHaveText(addDays(day, 14));
  // One client's own interval moves their due date only; the team's choice stays for the others.
  const other = md.rows.find((r) => r.clientId !== psychRow.clientId && r.last !== null)!;
  const otherRow = page.getByRole('table', { name: 'Psychiatric visits' }).locator(`tr[data-client-id="${other.clientId}"]`);
  await expect(otherRow.locator('[data-cell="next-due"]')).toHaveText(addDays(other.last!, 14));
  await mdRow.getByLabel('Psychiatric visit interval').selectOption({ label: 'every 6 weeks' });
  await expect(mdRow.locator('[data-cell="next-due"]')).toHaveText(addDays(day, 42));
  await expect(mdRow.getByLabel('Psychiatric visit interval')).toHaveValue('6');
  await expect(otherRow.locator('[data-cell="next-due"]')).toHaveText(addDays(other.last!, 14));
  await expect(otherRow.getByLabel('Psychiatric visit interval')).toHaveValue('');
  expect((await api(host, 'clinical.mdBoard', {})).rows.find((r) => r.clientId === psychRow.clientId)).toMatchObject({ ownWeeks: 6, nextDue: addDays(day, 42) });
  fs.mkdirSync('test-results/clinical', { recursive: true });
  await page.screenshot({ path: 'test-results/clinical/md-board-1920x1080.png' });
});
