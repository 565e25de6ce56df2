/** Issue 5 end to end: PIN pad, lock, auto-lock, permissions, who-changed-it conflicts, audit screen, setup, sign-in mode. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_ADMIN, DEMO_SCHEDULER, api, card, expect, openBoard, test, today } from './fixtures';
import { startTestHost } from './host';

const signedInAs = (page: Page) => page.getByTestId('signed-in-as');

/** Chooses the person and taps the PIN on the on-screen keypad. */
async function typePin(page: Page, name: string, pin: string) {
  const pad = page.locator('.pinpad');
  await pad.getByRole('button', { name, exact: true }).click();
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: 'Unlock', exact: true }).click();
}

test('a locked wall screen shows the board read-only; the on-screen PIN pad unlocks it and Lock locks it', async ({ page, host }) => {
  const day = await today(host);
  const first = (await api(host, 'board.get', { day })).contacts[0]!;
  await page.goto(host.url);
  await expect(signedInAs(page)).toHaveText(/Locked: read only/);
  await expect(card(page, first.id)).toBeVisible();

  // Locked, a card opens read-only; changing it asks for a PIN, then the card opens as a form.
  await card(page, first.id).click();
  const dialog = page.getByRole('dialog', { name: 'Contact' });
  await expect(dialog.getByText('This screen is locked: the contact is shown read-only.')).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Unlock to change' }).click();
  const pad = page.getByRole('dialog', { name: 'Unlock the board' });
  await expect(pad).toBeVisible();
  await typePin(page, DEMO_SCHEDULER.name, DEMO_SCHEDULER.pin);
  await expect(pad).toBeHidden();
  await expect(signedInAs(page)).toHaveText(/Marisol Vega \(schedule\)/);
  await expect(dialog).toBeHidden();

  await card(page, first.id).click();
  await dialog.getByLabel('Note', { exact: true }).fill('Written while locked');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect((await api(host, 'board.get', { day })).contacts.find((c) => c.id === first.id)!.note).toBe('Written while locked');
  const audit = await api(host, 'audit.list', { kind: 'contact' });
  expect(audit.entries[0]).toMatchObject({ actor: 'Marisol Vega', entityId: first.id });

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(signedInAs(page)).toHaveText(/Locked: read only/);
});

test('wrong PINs are refused and too many lock the person out', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const pad = page.getByRole('dialog', { name: 'Unlock the board' });
  await pad.getByRole('button', { name: 'Jo Kessler', exact: true }).click();
  const pin = pad.getByLabel('PIN', { exact: true });
  for (let i = 1; i <= 4; i++) {
    await pin.fill('9999');
    await pad.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(pad.getByRole('alert')).toHaveText(new RegExp(`${5 - i} tr(y|ies) left`));
  }
  await pin.fill('9999');
  await pad.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(pad.getByRole('alert')).toHaveText(/locked out for 15 minutes/);
  await pin.fill('1007');
  await pad.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(pad.getByRole('alert')).toHaveText(/Too many wrong PINs for Jo Kessler/);
});

test('the board locks itself after the idle time', async ({ page, host }) => {
  const settings = await api(host, 'trust.settings', {});
  await api(host, 'trust.updateSettings', { version: settings.version, autoLockMinutes: 1 });
  await page.clock.install();
  await openBoard(page, host);
  await expect(signedInAs(page)).toHaveText(/Marisol Vega/);
  await page.clock.fastForward(30_000);
  await expect(signedInAs(page)).toHaveText(/Marisol Vega/);
  await page.clock.fastForward(40_000);
  await expect(signedInAs(page)).toHaveText(/Locked: read only/);
});

test('two seats edit the same contact: the stale save names who changed it and when', async ({ page, browser, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const first = board.contacts.find((c) => c.staffId !== null)!;
  const other = await (await browser.newContext()).newPage();
  await openBoard(page, host);
  await openBoard(other, host, { initials: 'KT', pin: '1011' });

  await card(page, first.id).click();
  const mine = page.getByRole('dialog');
  await mine.getByLabel('Note', { exact: true }).fill('From the wall screen');

  await card(other, first.id).click();
  const theirs = other.getByRole('dialog');
  await theirs.getByLabel('Note', { exact: true }).fill('From the desk');
  await theirs.getByRole('button', { name: 'Save' }).click();
  await expect(theirs).toBeHidden();

  await mine.getByRole('button', { name: 'Save' }).click();
  await expect(mine.getByRole('alert')).toHaveText(/changed by Kevin Tran at \d\d:\d\d.*Reload/);
  expect((await api(host, 'board.get', { day })).contacts.find((c) => c.id === first.id)!.note).toBe('From the desk');
  await other.close();
});

test('the admin audit screen filters, exports CSV, and shows user text as text', async ({ page, host }) => {
  const day = await today(host);
  const board = await api(host, 'board.get', { day });
  const c = board.contacts[0]!;
  await api(host, 'contacts.setStatus', { id: c.id, version: c.version, status: 'done', note: '<img src=x onerror="window.pwned=1">' });
  await openBoard(page, host, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Admin', exact: true }).click();
  await expect(page.getByRole('cell', { name: /<img src=x/ }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Dana Whitfield' });
  await expect(page.getByRole('status').filter({ hasText: /entr(y|ies)$/ })).toBeVisible();
  const rows = page.locator('.audit-table tbody tr');
  await expect(rows.first()).toContainText('Dana Whitfield');
  await page.getByLabel('Kind', { exact: true }).selectOption('contact');
  await expect(rows).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('id,at_utc,at_team_time,actor,actor_staff_id,action,entity,entity_id,before,after');
  expect(csv).toContain('Dana Whitfield');
  expect(lines).toHaveLength(2);
});

test('a schedule-level person cannot open the admin screens', async ({ page, host }) => {
  await openBoard(page, host);
  await page.getByRole('button', { name: 'Admin', exact: true }).click();
  await expect(page.getByRole('alert').first()).toHaveText(/Marisol Vega has schedule permission; this needs admin/);
});

test('an admin backs up now and sees the backup listed', async ({ page, host }) => {
  await openBoard(page, host, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Admin', exact: true }).click();
  await page.getByRole('button', { name: 'Lock and backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('cell', { name: 'manual', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore from this backup' })).toBeVisible();
});

test('moving the board: a copy saved on one board opens on another, which is backed up first', async ({ page, host }) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-usb-'));
  await openBoard(page, host, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Admin', exact: true }).click();
  await page.getByRole('button', { name: 'Lock and backups' }).click();
  await page.getByLabel('Save a copy of the board into this folder').fill(usb);
  await page.getByRole('button', { name: 'Save a copy of the board' }).click();
  await expect(page.getByText(/^Last copy:/)).toContainText(usb);
  const [copy] = fs.readdirSync(usb);
  expect(copy).toMatch(/^act-board-copy-\d{8}-\d{6}\.sqlite$/);

  // A new PC: an empty board, a temporary first admin, then the copy.
  const fresh = await startTestHost({ demo: false });
  try {
    await page.goto(fresh.url);
    await page.getByLabel('Your name').fill('Temp Admin');
    await page.getByLabel('Initials').fill('TA');
    await page.getByLabel('PIN', { exact: true }).fill('2468');
    await page.getByLabel('PIN again').fill('2468');
    await page.getByRole('button', { name: 'Save and unlock' }).click();
    await page.getByRole('button', { name: 'Admin', exact: true }).click();
    await page.getByRole('button', { name: 'Lock and backups' }).click();
    await page.getByLabel('Open a board file').fill(path.join(usb, 'missing.sqlite'));
    await page.getByRole('button', { name: 'Open this board file' }).click();
    await page.getByRole('button', { name: 'Really replace this board?' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is no file' })).toBeVisible();
    await page.getByLabel('Open a board file').fill(path.join(usb, copy!));
    await page.getByRole('button', { name: 'Open this board file' }).click();
    await page.getByRole('button', { name: 'Really replace this board?' }).click();
    // Everyone unlocks again, with the moved board's PINs: the demo team is here now.
    await expect(signedInAs(page)).toHaveText(/Locked: read only/);
    await expect(page.locator('.demo-badge')).toBeVisible();
    expect((await api(fresh, 'settings.get', {})).teamName).toBe('Riverside ACT Team (demo)');
    expect(fs.readdirSync(path.join(fresh.dataDir, 'backups')).some((f) => f.endsWith('-prerestore.sqlite'))).toBe(true);
  } finally {
    await fresh.stop();
    fs.rmSync(usb, { recursive: true, force: true });
  }
});

test('first run asks for the first admin and their PIN', async ({ page }) => {
  const fresh = await startTestHost({ demo: false });
  try {
    await page.goto(fresh.url);
    await expect(page.getByRole('heading', { name: 'Set up ACT Board' })).toBeVisible();
    await page.getByLabel('Your name', { exact: true }).fill('Ada Admin');
    await page.getByLabel('Initials', { exact: true }).fill('AA');
    await page.getByLabel('PIN', { exact: true }).fill('246810');
    await page.getByLabel('PIN again', { exact: true }).fill('246810');
    await page.getByRole('button', { name: 'Save and unlock' }).click();
    await expect(signedInAs(page)).toHaveText(/Ada Admin \(admin\)/);
  } finally {
    await fresh.stop();
  }
});

test('from another computer the first admin needs the setup code the host printed', async ({ browser }) => {
  const fresh = await startTestHost({ demo: false });
  // A proxy's header makes this browser another computer to the host.
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '192.0.2.7' } });
  const page = await context.newPage();
  try {
    const code = /setup code ([A-Z2-9-]{14})/.exec(fresh.output())![1]!;
    await page.goto(fresh.url);
    await page.getByLabel('Your name', { exact: true }).fill('Ada Admin');
    await page.getByLabel('Initials', { exact: true }).fill('AA');
    await page.getByLabel('PIN', { exact: true }).fill('246810');
    await page.getByLabel('PIN again', { exact: true }).fill('246810');
    await page.getByLabel('Setup code', { exact: true }).fill('WRONG-CODE-0000');
    await page.getByRole('button', { name: 'Save and unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText(/setup code is not right/);
    await page.getByLabel('Setup code', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Save and unlock' }).click();
    await expect(signedInAs(page)).toHaveText(/Ada Admin \(admin\)/);
  } finally {
    await context.close();
    await fresh.stop();
  }
});

test('http://localhost:PORT works like 127.0.0.1: the PIN pad unlocks and the live link connects', async ({ page, host }) => {
  const local = host.url.replace('127.0.0.1', 'localhost');
  await page.goto(local);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await typePin(page, DEMO_SCHEDULER.name, DEMO_SCHEDULER.pin);
  await expect(signedInAs(page)).toHaveText(/Marisol Vega \(schedule\)/);
  await expect(page.locator('.link-live')).toBeVisible();
});

test('with sign-in required, nothing of the board shows before a PIN', async ({ page }) => {
  const guarded = await startTestHost({ args: ['--sign-in'] });
  try {
    await page.goto(guarded.url);
    await expect(page.getByText('sign in with your PIN')).toBeVisible();
    await expect(page.locator('[data-contact-id]')).toHaveCount(0);
    await typePin(page, DEMO_SCHEDULER.name, DEMO_SCHEDULER.pin);
    await expect(page.locator('[data-contact-id]').first()).toBeVisible();
    await expect(signedInAs(page)).toHaveText(/Marisol Vega/);
  } finally {
    await guarded.stop();
  }
});

test('a damaged board file gets the recovery page, which restores the latest good backup', async ({ page, host }) => {
  await host.stop(); // stopping backs up the board
  const file = `${host.dataDir}/act-board.sqlite`;
  fs.writeFileSync(file, Buffer.alloc(16384, 0x41));
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });

  const again = await startTestHost({ dataDir: host.dataDir });
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { name: /the board file is damaged/ })).toBeVisible();
    // An admin PIN (of the latest good backup) first: nothing is listed before it.
    await expect(page.getByRole('button', { name: 'Restore this backup' })).toHaveCount(0);
    await page.getByLabel('Admin PIN').fill(DEMO_SCHEDULER.pin);
    await page.getByRole('button', { name: 'Show the backups' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not an admin PIN' })).toBeVisible();
    await page.getByLabel('Admin PIN').fill(DEMO_ADMIN.pin);
    await page.getByRole('button', { name: 'Show the backups' }).click();
    await expect(page.getByText(/The latest good backup is from/)).toBeVisible();
    await page.getByRole('button', { name: 'Restore this backup' }).first().click();
    await expect(page.getByRole('status')).toHaveText(/The board was restored/);
    await expect(async () => {
      await openBoard(page, again);
    }).toPass({ timeout: 20_000 });
  } finally {
    await again.stop();
  }
});
