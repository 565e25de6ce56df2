/**
 * Issue 14: AOT orders and the chart captains' documentation due dates on the Clinical tab,
 * the AOT mark in the meeting roster, and the meeting's psychiatric due date taken from the
 * done psychiatric visits (as the MD board has it), on the demo team.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addDays, formatDate, formatDayShort } from '../shared/time';
import { api, expect, openBoard, test, today } from './fixtures';

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });
const board = async (page: Page, name: string) => {
  await tab(page, 'Clinical').click();
  await page.getByRole('navigation', { name: 'Clinical screens' }).getByRole('button', { name, exact: true }).click();
};
/** The meeting roster's entry of a client, by the name the strip shows. */
const stripItem = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Roster' }).locator('.strip-item', { has: page.locator('.strip-name', { hasText: new RegExp(`^${name}$`) }) });

test('AOT: the lists, an order that expires before it starts refused, a new order marked in the meeting', async ({ page, host }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const day = await today(host);
  const clients = await api(host, 'clients.list', {});
  const before = await api(host, 'aot.list', {});
  expect(before.orders).toHaveLength(4);
  const expiring = before.orders.find((o) => o.expiringSoon)!;
  const reportDue = before.orders.find((o) => o.reportDueSoon && !o.reportOverdue)!;
  const newcomer = clients.find((c) => c.status === 'active' && !before.orders.some((o) => o.clientId === c.id))!;

  await openBoard(page, host);
  await board(page, 'AOT');
  await expect(page.getByRole('list', { name: 'Orders expiring' })).toContainText(`${expiring.clientName} expires ${formatDate(expiring.expiresOn)} (in ${expiring.daysToExpiry} days)`);
  await expect(page.getByRole('list', { name: 'Reports due' })).toContainText(`${reportDue.clientName} report due ${formatDate(reportDue.nextReportDue)}`);

  await page.getByRole('button', { name: '+ Add an order' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client').selectOption({ label: newcomer.preferredName });
  await dialog.getByLabel('Order starts').fill(day);
  await dialog.getByLabel('Order expires').fill(addDays(day, -1));
  await dialog.getByLabel('Reporting duty').fill('Monthly letter to the county');
  await dialog.getByLabel('Contact at the county program').fill('Robin Example');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(`The order expires (${formatDate(addDays(day, -1))}) before it starts (${formatDate(day)}): check both dates.`);
  expect((await api(host, 'aot.list', {})).orders).toHaveLength(4);

  await dialog.getByLabel('Order expires').fill(addDays(day, 10));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: 'AOT orders' }).locator(`tr[data-client-id="${newcomer.id}"]`);
  await expect(row).toContainText('Monthly letter to the county');
  await expect(row.locator('[data-cell="next-report"]')).toHaveText(formatDate(addDays(day, 30)));
  await expect(page.getByRole('list', { name: 'Orders expiring' })).toContainText(`${newcomer.preferredName} expires ${formatDate(addDays(day, 10))} (in 10 days)`);
  fs.mkdirSync('test-results/clinical', { recursive: true });
  await page.screenshot({ path: 'test-results/clinical/aot-1920x1080.png' });

  // The meeting roster marks every client under an order; the legend says what the mark means.
  await api(host, 'meeting.start', { sort: 'alphabetical' });
  await tab(page, 'Meeting').click();
  for (const o of [...before.orders.map((o) => o.clientName), newcomer.preferredName]) {
    await expect(stripItem(page, o).locator('.strip-flags')).toContainText('§');
  }
  const other = clients.find((c) => c.status === 'active' && c.id !== newcomer.id && !before.orders.some((o) => o.clientId === c.id))!;
  await expect(stripItem(page, other.preferredName).locator('.strip-flags')).not.toContainText('§');
  await expect(page.locator('.roster-legend div').filter({ hasText: 'AOT order' })).toContainText('§');
  await stripItem(page, newcomer.preferredName).click();
  await expect(page.locator('dl.due')).toContainText(`AOT order expires${formatDate(addDays(day, 10))}`);
});

test("chart captains: a new admission's first documents, one recorded done; the state profile changes the rules", async ({ page, host }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const day = await today(host);
  const charts = await api(host, 'charts.board', {});
  expect(charts.stateProfile).toBe('NY');
  const newcomer = charts.captains.flatMap((c) => c.clients).find((c) => c.documents.some((d) => d.kind === 'immediate_needs' && d.state === 'due_soon'))!;
  const admitted = newcomer.admissionDate!;

  await openBoard(page, host);
  await board(page, 'Chart captains');
  await expect(page.getByTestId('doc-rules')).toContainText('New York');
  const row = page.locator(`tr[data-client-id="${newcomer.clientId}"]`);
  const immediate = newcomer.documents.find((d) => d.kind === 'immediate_needs')!;
  await expect(row.locator('[data-cell="due"]')).toContainText(`Immediate needs assessment due soon ${formatDate(immediate.dueOn)}`);
  await expect(row.locator('[data-cell="due"]')).toContainText(`Comprehensive assessment due ${formatDate(addDays(admitted, 45))} – ${formatDate(addDays(admitted, 60))}`);

  await row.getByRole('button', { name: 'Record done' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Document').selectOption({ label: 'Immediate needs assessment' });
  await dialog.getByLabel('Done on').fill(day);
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.locator('[data-cell="due"]')).not.toContainText('Immediate needs');

  // A date in the future is refused in plain words; nothing is saved.
  await row.getByRole('button', { name: 'Record done' }).click();
  await dialog.getByLabel('Done on').fill(addDays(day, 1));
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`cannot be done in the future (${formatDate(addDays(day, 1))})`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const settings = await api(host, 'settings.get', {});
  await api(host, 'settings.update', { version: settings.version, stateProfile: 'MA' });
  await expect(page.getByTestId('doc-rules')).toContainText('Massachusetts');
  await expect(row.locator('[data-cell="due"]')).toContainText(`Comprehensive assessment`);
  await expect(row.locator('[data-cell="due"]')).toContainText(formatDate(addDays(admitted, 30)));
  await page.screenshot({ path: 'test-results/clinical/chart-captains-1920x1080.png' });
});

test("the meeting shows the MD board's psychiatric due date: a done visit on the board moves it", async ({ page, host }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const day = await today(host);
  const md = await api(host, 'clinical.mdBoard', {});
  const row = md.rows.find((r) => r.last !== null && r.last < day)!;
  const client = (await api(host, 'clients.list', {})).find((c) => c.id === row.clientId)!;
  const shown = formatDate;

  await openBoard(page, host);
  await api(host, 'meeting.start', { sort: 'alphabetical' });
  await tab(page, 'Meeting').click();
  await stripItem(page, client.preferredName).click();
  const psych = page.locator('dl.due dt', { hasText: 'Psychiatric visit' }).locator('xpath=following-sibling::dd[1]');
  await expect(psych).toHaveText(row.nextDue! < day ? `⚠ Overdue since ${shown(row.nextDue!)}` : shown(row.nextDue!));

  // A done psychiatric visit recorded on the board's form.
  await tab(page, 'Board').click();
  await page.getByRole('button', { name: '+ Add contact' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client', { exact: true }).selectOption({ label: `${client.preferredName} (${client.name})` });
  await dialog.getByLabel('Intervention', { exact: true }).selectOption({ label: 'Psychiatric visit' });
  await dialog.getByLabel('Location', { exact: true }).selectOption({ label: 'Office' });
  await dialog.locator('label.status-done').click();
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();

  await tab(page, 'Meeting').click();
  await stripItem(page, client.preferredName).click();
  await expect(psych).toHaveText(shown(addDays(day, 28)));
  expect((await api(host, 'clinical.mdBoard', {})).rows.find((r) => r.clientId === client.id)!.nextDue).toBe(addDays(day, 28));
});

test('a missed injection is a warning on the board and a mark in the meeting; a done one on the board clears both', async ({ page, host }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const day = await today(host);
  const nurse = (await api(host, 'staff.list', {})).find((s) => s.role === 'registered_nurse')!;
  const client = await api(host, 'clients.create', {
    name: 'Quill Marrowfield', preferredName: 'Quill', admissionDate: addDays(day, -400), primaryStaffId: nurse.id, teamStaffIds: [nurse.id],
  });
  await api(host, 'schedule.items.create', {
    clientId: client.id, rule: { kind: 'weekly', interval: 2, weekdays: [1] }, startsOn: addDays(day, -60), start: '07:00', durationMinutes: 20,
    intervention: 'injection', location: 'office', preferredStaffId: nurse.id, note: 'Fictional depot',
  });
  // Given 30 days ago: due 16 days ago, the ±3 day window closed 13 days ago.
  const shot = await api(host, 'contacts.create', { clientId: client.id, staffId: nurse.id, day: addDays(day, -30), start: '07:00', end: '07:20', intervention: 'injection', location: 'office' });
  await api(host, 'contacts.setStatus', { id: shot.id, version: shot.version, status: 'done' });
  const message = `Quill: injection missed (due ${formatDayShort(addDays(day, -16))}, window closed ${formatDayShort(addDays(day, -13))}; last given ${formatDayShort(addDays(day, -30))}).`;

  await openBoard(page, host);
  const warnings = page.getByRole('complementary', { name: 'Warnings and clients to see' }).locator('.warning-list');
  await expect(warnings).toContainText(message);
  await api(host, 'meeting.start', { sort: 'alphabetical' });
  await tab(page, 'Meeting').click();
  await expect(stripItem(page, 'Quill').locator('.strip-flags')).toContainText('⊘');
  await expect(page.locator('.roster-legend div').filter({ hasText: 'Injection missed' })).toContainText('⊘');

  await tab(page, 'Board').click();
  await page.getByRole('button', { name: '+ Add contact' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client', { exact: true }).selectOption({ label: 'Quill (Quill Marrowfield)' });
  await dialog.getByLabel('Intervention', { exact: true }).selectOption({ label: 'Injection' });
  await dialog.getByLabel('Location', { exact: true }).selectOption({ label: 'Office' });
  await dialog.locator('label.status-done').click();
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.side-panel')).not.toContainText('injection missed');
  await tab(page, 'Meeting').click();
  await expect(stripItem(page, 'Quill')).toBeVisible();
  await expect(stripItem(page, 'Quill').locator('.strip-flags')).not.toContainText('⊘');
});
