/**
 * Issue 10: the hospital log as the team uses it. Admit a demo client, see the status and
 * the flag on the board, plan and record the visit there, see the stay in the meeting,
 * discharge, and find the follow-up contact on tomorrow's board. Screenshots of the screen
 * unlocked and locked at 1920x1080 and 1366x768.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDays, formatDayShort } from '../shared/time';
import { api, card, expect, openBoard, test, today } from './fixtures';

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });

async function shots(page: Page, name: string) {
  fs.mkdirSync('test-results/stays', { recursive: true });
  for (const [w, h] of [[1920, 1080], [1366, 768]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/stays/${name}-${w}x${h}.png` });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

test('admit, flag on the board, visit recorded by a done contact, the meeting shows the stay, discharge puts the follow-up on tomorrow', async ({ page, host }) => {
  page.on('response', async (r) => {
    if (!r.url().includes('/api/call/')) return;
    const body = (await r.json().catch(() => null)) as { ok?: boolean; error?: unknown } | null;
    if (body && body.ok === false) console.log(`[refused] ${r.url()} -> ${JSON.stringify(body.error)}`);
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  const day = await today(host);
  const open = new Set((await api(host, 'stays.current', {})).stays.map((s) => s.stay.clientId));
  const client = (await api(host, 'clients.list', {})).find((c) => c.status === 'active' && c.primaryStaffId !== null && !open.has(c.id) && !c.preferredName.includes(' '))!;

  await openBoard(page, host);
  await tab(page, 'Hospital & jail').click();
  await expect(page.getByRole('table', { name: 'In hospital or jail now' })).toBeVisible();
  await shots(page, 'current');
  const axe = await new AxeBuilder({ page }).include('.stays-screen').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('button', { name: '+ Admit or book…' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client', { exact: true }).selectOption({ label: client.preferredName });
  await dialog.getByLabel('Admitted on').fill(addDays(day, -1));
  await dialog.getByLabel('Facility').fill('Fictional Mercy Hospital');
  await dialog.getByLabel('Inpatient contact').fill('Nurse Pell Fenwick');
  await dialog.getByLabel('The team took part in the decision to admit').check();
  await dialog.getByRole('button', { name: 'Admit' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: 'In hospital or jail now' }).getByRole('row').filter({ hasText: client.preferredName });
  await expect(row).toContainText('Fictional Mercy Hospital');
  await expect(row).toContainText('no team visit in hospital since the admission (1 days)');
  // The hearing on the involuntary hold is in three days: flagged.
  await row.getByRole('button', { name: 'Edit' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Legal status').selectOption({ label: 'Involuntary' });
  await dialog.getByLabel('Expires or hearing on').fill(addDays(day, 3));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(`legal status expires or is heard on ${formatDayShort(addDays(day, 3))} (3 days away)`);
  const stay = (await api(host, 'stays.client', { clientId: client.id })).current!.stay;
  expect(stay).toMatchObject({ legalStatus: 'involuntary', contactName: 'Nurse Pell Fenwick' });
  expect((await api(host, 'clients.list', {})).find((c) => c.id === client.id)!.status).toBe('hospitalized');

  // The board: the warning, the client to see, and one click plans the visit.
  await tab(page, 'Board').click();
  const warning = page.locator('.warning-list li').filter({ hasText: `${client.preferredName}: no team visit in hospital` });
  await expect(warning).toBeVisible();
  await expect(page.locator('.attention-group').filter({ hasText: 'In hospital or jail: visit due' })).toContainText(client.preferredName);
  await shots(page, 'board');
  await warning.getByRole('button', { name: 'Plan a visit today' }).click();
  await expect(warning).toHaveCount(0);
  const visit = (await api(host, 'board.get', { day })).contacts.find((c) => c.clientId === client.id && c.intervention === 'hospital_visit')!;
  expect(visit).toMatchObject({ staffId: client.primaryStaffId, status: 'planned' });
  await expect(card(page, visit.id)).toContainText('Hospitalized · day 1');

  // Recording the visit contact as done logs the visit.
  await card(page, visit.id).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Done' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, visit.id)).toContainText('Done');
  await expect.poll(async () => (await api(host, 'stays.client', { clientId: client.id })).visits.map((v) => v.contactId)).toEqual([visit.id]);

  // The meeting: the list at the start, and the focused client's stay.
  await tab(page, 'Meeting').click();
  const inStays = page.getByRole('region', { name: 'In hospital / in jail' });
  await expect(inStays).toContainText(`${client.preferredName} · Psychiatric inpatient · day 1 · last visit ${formatDayShort(day)}`);
  const meeting = await api(host, 'meeting.start', { sort: 'status' });
  await api(host, 'meeting.focus', { id: meeting.id, from: meeting.focusClientId, to: client.id, leave: 'unchanged' });
  await expect(page.getByRole('region', { name: 'Hospital stay' })).toContainText(`Psychiatric inpatient · day 1`);
  await expect(page.getByRole('region', { name: 'Hospital stay' })).toContainText(`last visit ${formatDayShort(day)}`);
  await shots(page, 'meeting-focus');

  // Discharge today: the follow-up is on tomorrow's board.
  await tab(page, 'Hospital & jail').click();
  await row.getByRole('button', { name: 'Discharge' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('The team took part in discharge planning').check();
  await dialog.getByLabel('Follow-up plan').fill('Primary worker visits tomorrow morning.');
  await dialog.getByRole('button', { name: 'Discharge' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  const closed = (await api(host, 'stays.history', { clientId: client.id }))[0]!.stay;
  expect(closed).toMatchObject({ id: stay.id, dischargedOn: day, teamInAdmission: true, teamInDischarge: true, followUpDue: addDays(day, 3) });
  expect((await api(host, 'clients.list', {})).find((c) => c.id === client.id)!.status).toBe('active');
  await tab(page, 'Board').click();
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(card(page, closed.followUpContactId!)).toContainText(client.preferredName);
  await expect(card(page, closed.followUpContactId!)).toContainText('Other · Community');

  // History and figures, then the screen as a locked wall screen shows it.
  await tab(page, 'Hospital & jail').click();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Stay history' })).toContainText('Fictional Mercy Hospital');
  await shots(page, 'history');
  // Printed: no top bar, no buttons, the table only.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await expect(page.getByText(/^Stays from /)).toBeVisible();
  await page.screenshot({ path: 'test-results/stays/history-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Figures', exact: true }).click();
  await expect(page.getByRole('definition').filter({ hasText: 'TMACT OS11 rating' })).toBeVisible();
  await shots(page, 'figures');
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await tab(page, 'Hospital & jail').click();
  await expect(page.getByRole('table', { name: 'In hospital or jail now' })).toBeVisible();
  await expect(page.getByRole('button', { name: '+ Admit or book…' })).toHaveCount(0);
  const text = await page.locator('main').innerText();
  for (const secret of ['Riverside General Hospital', 'Harbor County Correctional Facility', 'Probation violation', 'Wren Abbott', client.name]) {
    expect(text).not.toContain(secret);
  }
  await shots(page, 'current-locked');
});
