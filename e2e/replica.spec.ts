/** Issue 17: Admin → Lock and backups shows the Litestream replica's state, and a problem in plain words. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ADMIN, api, expect, openBoard, test } from './fixtures';
import { startTestHost } from './host';

test('an admin sees the replica up to date, and what is wrong when it cannot be written', async ({ page }) => {
  const replica = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-e2e-replica-')), 'team-a');
  const host = await startTestHost({ args: ['--replicate-to', replica, '--replica-sync-interval', '100ms'] });
  try {
    await openBoard(page, host, DEMO_ADMIN);
    await page.getByRole('button', { name: 'Admin', exact: true }).click();
    await page.getByRole('button', { name: 'Lock and backups' }).click();
    const panel = page.locator('.panel').filter({ has: page.getByRole('heading', { name: 'Replica' }) });
    await expect(panel).toContainText(`Copied continuously to ${replica}.`);
    await expect(panel).toContainText('Up to date: every change is in the replica.', { timeout: 20_000 });
    await expect(panel.getByText('Last change received by the replica')).toBeVisible();

    // The share goes away (a file where the folder was): the next change cannot be shipped.
    fs.rmSync(replica, { recursive: true, force: true });
    fs.writeFileSync(replica, 'not a folder');
    const change = (note: string) =>
      api(host, 'contacts.create', { clientId: 1, staffId: null, day: '2030-01-15', start: '09:00', end: '09:30', intervention: 'other', location: 'office', note });
    await change('after the share went away');
    await expect(panel.getByRole('alert')).toContainText(`The replica ${replica} is not a folder`, { timeout: 20_000 });
    await expect(panel).toContainText(/Behind by \d+ s: the newest changes are still on their way/);
    // Monitoring sees it too, without the path.
    const health = (await (await fetch(`${host.url}/health`)).json()) as { status: string; replication: { problem: boolean } };
    expect(health).toMatchObject({ status: 'degraded', replication: { problem: true } });

    // The share is back: with the next change Litestream ships everything that waited, and the panel says so.
    fs.rmSync(replica);
    await change('after the share came back');
    await expect(panel).toContainText('Up to date: every change is in the replica.', { timeout: 30_000 });
    await expect(panel.getByRole('alert')).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
