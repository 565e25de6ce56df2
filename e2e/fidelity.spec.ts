/**
 * Issue 15: the demo team's fidelity screen rates every item the board can, each with a
 * 12-month trend; a card's drill-down lists the board's own records; and two items' figures
 * equal the pure functions' (shared/fidelity) computed here from the board's records read
 * through the API, day by day, as any other program would read them.
 */
import type { Page } from '@playwright/test';
import { FIDELITY_ITEMS } from '../shared/fidelity/result';
import { os2, os2Records } from '../shared/fidelity/operations';
import { cp4 } from '../shared/fidelity/practices';
import { type FidelityRecords, caseload } from '../shared/fidelity/records';
import { addDays } from '../shared/time';
import { api, expect, openBoard, test, today } from './fixtures';
import type { TestHost } from './host';

async function boardRecords(host: TestHost, from: string, to: string): Promise<FidelityRecords> {
  const days = Array.from({ length: 28 }, (_, i) => addDays(from, i));
  const boards = await Promise.all(days.map((day) => api(host, 'board.get', { day })));
  const clients = await api(host, 'clients.list', {});
  const staff = await api(host, 'staff.list', {});
  return {
    from,
    to,
    staff: staff.filter((s) => s.active).map((s) => ({ id: s.id, role: s.role, fte: s.fte })),
    clients: clients.map((c) => ({ id: c.id, admissionDate: c.admissionDate!, dischargedOn: c.dischargedOn, dischargeReason: c.dischargeReason, discharged: c.status === 'discharged' })),
    contacts: boards
      .flatMap((b) => b.contacts)
      .filter((c) => c.status === 'done')
      .map((c) => ({ clientId: c.clientId, staffId: c.staffId, day: c.day, minutes: c.endMinute - c.startMinute, kind: c.kind, location: c.location, collateralWith: c.collateralWith, intervention: c.intervention })),
    // OS2 and CP4 read contacts, clients and staff only.
    meetings: [],
    stays: [],
    rota: { hasRotation: true, hours: 0, uncoveredHours: 0, gaps: [] },
  };
}

async function openFidelity(page: Page) {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Clinical', exact: true }).click();
  await page.getByRole('navigation', { name: 'Clinical screens' }).getByRole('button', { name: 'Fidelity', exact: true }).click();
}

test('the demo team’s fidelity: every item rated with a trend, real records behind a card, figures equal to the pure functions', async ({ page, host }) => {
  const to = await today(host);
  const from = addDays(to, -27);
  const records = await boardRecords(host, from, to);
  const clients = new Map((await api(host, 'clients.list', {})).map((c) => [c.id, c]));
  const expectedOs2 = os2(records);
  const expectedCp4 = cp4(records);
  expect(expectedOs2.rating).not.toBeNull();
  expect(records.contacts.length).toBeGreaterThan(100);

  await openBoard(page, host);
  await openFidelity(page);
  await expect(page.getByText(`${caseload(records).length} clients on the team`)).toBeVisible();

  for (const id of FIDELITY_ITEMS) {
    const card = page.locator(`[data-item="${id}"]`);
    await expect(card, id).toBeVisible();
    await expect(card.locator('.fidelity-rating'), `${id} has a rating`).toHaveAttribute('data-rating', /^[1-5]$/);
    await expect(card.locator('.fidelity-trend .recharts-surface'), `${id} has a trend`).toBeVisible();
  }
  // 12 months on each trend: a dot a month where the month had something to count.
  await expect(page.locator('[data-item="CP4"] .fidelity-trend .recharts-xAxis .recharts-cartesian-axis-tick')).not.toHaveCount(0);

  // The screen's figures are the pure functions' on the same records.
  const os2Card = page.locator('[data-item="OS2"]');
  await expect(os2Card.locator('.fidelity-figure')).toHaveText(expectedOs2.figureText);
  await expect(os2Card.locator('.fidelity-rating')).toHaveAttribute('data-rating', String(expectedOs2.rating));
  await expect(os2Card).toContainText(expectedOs2.basis);
  const cp4Card = page.locator('[data-item="CP4"]');
  await expect(cp4Card.locator('.fidelity-figure')).toHaveText(expectedCp4.figureText);
  await expect(cp4Card.locator('.fidelity-rating')).toHaveAttribute('data-rating', String(expectedCp4.rating));

  // The drill-down lists the clients seen by fewer than 3 staff first, by name, as the records say.
  await os2Card.getByRole('button', { name: /Team approach/ }).click();
  const drill = page.getByRole('region', { name: 'Records behind OS2' });
  const expectedRows = os2Records(records).rows;
  await expect(drill.locator('tbody tr')).toHaveCount(expectedRows.length);
  const first = expectedRows[0]!;
  await expect(drill.locator('tbody tr').first()).toContainText(clients.get(first.clientId!)!.preferredName);
  await expect(drill.locator('tbody tr').first().locator('td').nth(1)).toHaveText(String(first.cells[0]));
  await expect(drill.locator('tbody tr.fidelity-row-short')).toHaveCount(expectedRows.filter((r) => r.short).length);

  // Acting on one: the client's weeks, then their schedule.
  await drill.locator('tbody tr').first().getByRole('button', { name: 'Weeks' }).click();
  const weeks = page.getByRole('region', { name: `${clients.get(first.clientId!)!.preferredName}: weeks` });
  await expect(weeks.locator('.recharts-surface')).toHaveCount(4);
  await weeks.getByRole('button', { name: 'Open the client’s schedule' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(clients.get(first.clientId!)!.preferredName) }).first()).toBeVisible();
});

test('a client discharged on the client form, with date and reason, counts in the retention figure (OS10)', async ({ page, host }) => {
  const to = await today(host);
  const client = (await api(host, 'clients.list', {})).find((c) => c.status === 'active')!;
  const before = (await api(host, 'fidelity.get', { from: addDays(to, -27), to })).items.find((i) => i.id === 'OS10')!;

  await openBoard(page, host);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Clients', exact: true }).click();
  await page.getByRole('button', { name: `Edit ${client.preferredName}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Status', { exact: true }).selectOption({ label: 'Discharged' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('needs both the discharge date and the reason');
  await dialog.getByLabel('Discharge date').fill(addDays(to, -3));
  await dialog.getByLabel('Discharge reason').selectOption({ label: 'Dropped out, or lost contact' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect((await api(host, 'clients.list', {})).find((c) => c.id === client.id)).toMatchObject({ status: 'discharged', dischargedOn: addDays(to, -3), dischargeReason: 'dropped_out' });

  await openFidelity(page);
  const os10 = page.locator('[data-item="OS10"]');
  const lost = Number(/^(\d+) of/.exec(before.basis)![1]) + 1;
  await expect(os10).toContainText(`${lost} of`);
  await os10.getByRole('button', { name: /Retention rate/ }).click();
  const drill = page.getByRole('region', { name: 'Records behind OS10' });
  await expect(drill.locator('tr', { hasText: client.preferredName })).toContainText('Dropped out, or lost contact');
});
