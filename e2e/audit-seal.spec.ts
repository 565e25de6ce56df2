/** Admin → Audit trail checks the trail's seals: intact on a fresh board, and where it breaks after an edit with raw SQL. */
import path from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_ADMIN, expect, openBoard, test } from './fixtures';
import { startTestHost } from './host';

test('the audit trail check says the trail is intact, then where it breaks once the file was edited', async ({ page, host }) => {
  await openBoard(page, host, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Admin', exact: true }).click();
  await page.getByRole('button', { name: 'Check the audit trail' }).click();
  await expect(page.getByRole('status', { name: 'Audit trail check' })).toHaveText(
    /^The audit trail is intact: all \d+ entries are sealed in one unbroken chain, and it matches the backup it was compared with\.$|^The audit trail is intact: all \d+ entries are sealed in one unbroken chain\.$/,
  );

  // Someone with the file stops the host and edits an entry, dropping the triggers first.
  await host.stop();
  const raw = new Database(path.join(host.dataDir, 'act-board.sqlite'));
  raw.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'Someone else' WHERE id = 5");
  raw.close();

  const again = await startTestHost({ dataDir: host.dataDir });
  try {
    await openBoard(page, again, DEMO_ADMIN);
    await page.getByRole('button', { name: 'Admin', exact: true }).click();
    await page.getByRole('button', { name: 'Check the audit trail' }).click();
    const status = page.getByRole('status', { name: 'Audit trail check' });
    await expect(status).toContainText(/The audit trail was changed outside ACT Board\. It first breaks at entry 5 \(\w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d\)\./);
    await expect(status.getByRole('listitem')).toHaveText([/^Entry 5 \(.+\) was changed/]);
  } finally {
    await again.stop();
  }
});
