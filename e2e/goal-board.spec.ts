/** Issue 14: the goal board shows every client's goals and edits them with the meeting's form. */
import { api, expect, openBoard, test } from './fixtures';

test('goals written on the goal board are saved and shown for the client', async ({ page, host }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const client = (await api(host, 'clients.list', {})).find((c) => c.status === 'active')!;
  await openBoard(page, host);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Clinical', exact: true }).click();
  await page.getByRole('navigation', { name: 'Clinical screens' }).getByRole('button', { name: 'Goals', exact: true }).click();
  const row = page.getByRole('table', { name: 'Goals' }).locator(`tr[data-client-id="${client.id}"]`);
  await row.getByRole('button', { name: /^Edit the goals of/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel("Goals, in the client's own words").fill('Keep my flat\nVisit my sister every month');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole('listitem')).toHaveText(['Keep my flat', 'Visit my sister every month']);
  const profile = (await api(host, 'clients.profiles', {})).find((p) => p.clientId === client.id)!;
  expect(profile.goals).toEqual(['Keep my flat', 'Visit my sister every month']);
});
