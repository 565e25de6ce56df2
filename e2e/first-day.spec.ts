/**
 * Issue 8, "done when": a real team's first day from an empty data folder. Set up the
 * first admin, import the sample staff, clients and schedules through the UI, draft
 * tomorrow, and see staff columns with cards. Every click a person makes is counted.
 */
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DEMO_ADMIN, DEMO_SCHEDULER, expect, signInPage, test } from './fixtures';
import { startTestHost } from './host';

const SAMPLES = path.resolve(__dirname, '../samples');

test.use({ viewport: { width: 1366, height: 768 } });

test('first day: first admin, import the roster and schedules, draft tomorrow', async ({ page }) => {
  const host = await startTestHost({ demo: false });
  let clicks = 0;
  const click = async (target: Locator) => {
    clicks++;
    await target.click();
  };
  /** A file chosen in the file picker counts as one click (the picker's own clicks are the system's). */
  const importFile = async (p: Page, buttonName: string, file: string, rows: RegExp) => {
    await click(p.getByRole('button', { name: buttonName }));
    const dialog = p.getByRole('dialog');
    clicks++;
    await dialog.getByLabel('CSV file').setInputFiles(path.join(SAMPLES, file));
    await expect(dialog.getByTestId('import-counts')).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await click(dialog.getByRole('button', { name: rows }));
    await expect(dialog).toBeHidden();
    await expect(p.getByText(/^Imported /).last()).toBeVisible();
  };
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Set up ACT Board' })).toBeVisible();
    // The team leader is the first admin; the staff file then fills in the rest of her record.
    await page.getByLabel('Your name', { exact: true }).fill('Avery Castellan');
    await page.getByLabel('Initials', { exact: true }).fill('AC');
    await page.getByLabel('PIN', { exact: true }).fill('246810');
    await page.getByLabel('PIN again', { exact: true }).fill('246810');
    clicks += 4; // each field is clicked into before typing
    await click(page.getByRole('button', { name: 'Save and unlock' }));
    await expect(page.getByTestId('signed-in-as')).toHaveText(/Avery Castellan \(admin\)/);

    await click(page.getByRole('button', { name: 'Staff', exact: true }));
    await importFile(page, 'Import CSV…', 'staff.csv', /^Import 10 rows$/);
    await expect(page.getByRole('row', { name: /Juno Achterberg/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Avery Castellan/ })).toHaveCount(1);

    await click(page.getByRole('button', { name: 'Clients', exact: true }));
    await importFile(page, 'Import CSV…', 'clients.csv', /^Import 30 rows$/);
    await expect(page.getByRole('row', { name: /R-1030/ })).toBeVisible();
    await importFile(page, 'Import schedules…', 'schedules.csv', /^Import \d+ rows$/);

    await click(page.getByRole('button', { name: 'Board', exact: true }));
    await click(page.getByRole('button', { name: 'Next day' }));
    await click(page.getByRole('button', { name: /Draft schedule/ }));
    await expect(page.getByText(/^Drafted \d+ contacts/)).toBeVisible();
    const staffCards = page.locator('section[data-column]:not([data-column="unassigned"]) [data-contact-id]');
    await expect(staffCards.first()).toBeVisible();
    const columnsWithCards = await page
      .locator('section[data-column]:not([data-column="unassigned"])')
      .filter({ has: page.locator('[data-contact-id]') })
      .count();
    expect(columnsWithCards).toBeGreaterThan(2);
    console.log(`first day: ${clicks} clicks from an empty board to a drafted tomorrow (${columnsWithCards} staff columns with cards)`);

    // Importing the same staff file again changes nothing: the dialog says so and offers no import.
    await page.getByRole('button', { name: 'Staff', exact: true }).click();
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    await page.getByRole('dialog').getByLabel('CSV file').setInputFiles(path.join(SAMPLES, 'staff.csv'));
    await expect(page.getByTestId('import-counts')).toContainText('0 new · 0 changed · 10 unchanged');
    await expect(page.getByText('there is nothing to import')).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  } finally {
    await host.stop();
  }
});

test('a bad file: a plain message per row, the column mapping remembered, nothing saved', async ({ page, host }) => {
  // The demo board, signed in as its admin.
  await signInPage(page, host, DEMO_ADMIN);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Staff', exact: true }).click();
  // The screen loads when first opened: count once the team is listed.
  await expect(page.getByRole('row', { name: /Dana Whitfield/ })).toBeVisible();
  const before = await page.getByRole('row').count();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'team.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Employee,Inits,Job\n=SUM(A1),ZZ,Chef\nRen Ash,R1,RN\n'),
  });
  await expect(dialog.getByText('No column is chosen for Initials, which every row needs.')).toBeVisible();
  await dialog.getByLabel('Initials').selectOption('Inits');
  await expect(dialog.getByText('Row 2: The role “Chef” is not one the board knows')).toBeVisible();
  await expect(dialog.getByText('Row 3: The initials “R1” must be 1 to 4 letters.')).toBeVisible();
  await expect(dialog.getByTestId('import-counts')).toContainText('2 with problems');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

  // 10,000 rows: read and checked with the progress shown, then a clear message; the page stays usable.
  const big = ['Name,Initials,Role', ...Array.from({ length: 10_000 }, (_, i) => `Person ${i},P,Case manager`)].join('\n');
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
  await expect(dialog.getByText('This file has 10,000 rows; one import takes at most 2,000.', { exact: false })).toBeVisible();
  await expect(dialog.getByTestId('import-counts')).toContainText('10,000 rows');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();

  await dialog.getByLabel('CSV file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(dialog.getByText('The file is empty: there is nothing to import.')).toBeVisible();
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'book.xlsx', mimeType: 'application/zip', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]) });
  await expect(dialog.getByText(/spreadsheet workbook \(\.xlsx or \.ods\), not CSV/)).toBeVisible();

  // A good file with the same odd column names: importing it remembers the columns chosen.
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from('Employee,Inits,Job\nRen Ash,RA,RN\n') });
  await dialog.getByLabel('Initials').selectOption('Inits');
  await dialog.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row')).toHaveCount(before + 1);
  // Next time the same columns are matched by themselves.
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await page.getByRole('dialog').getByLabel('CSV file').setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from('Employee,Inits,Job\nSol Birch,SB,Peer\n') });
  await expect(page.getByRole('dialog').getByLabel('Initials')).toHaveValue('Inits');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Import 1 row' })).toBeEnabled();

  // A shift manager (schedule level) may import clients but not staff, and is told before choosing a file.
  await signInPage(page, host, DEMO_SCHEDULER);
  await page.reload();
  await page.getByRole('button', { name: 'Staff', exact: true }).click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await expect(page.getByRole('dialog').getByText('Marisol Vega has schedule permission; importing staff needs admin.')).toBeVisible();
});
