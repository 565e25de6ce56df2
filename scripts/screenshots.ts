/**
 * `npm run screenshots`: the board as a person sees it, at the wall screen and desk
 * sizes, written to shots/. For looking at what we built, not a test.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser';
import { startTestHost } from '../e2e/host';

const SIZES = [
  { name: 'wall', width: 1920, height: 1080 },
  { name: 'desk', width: 1366, height: 768 },
];

async function main() {
  fs.mkdirSync('shots', { recursive: true });
  const host = await startTestHost();
  const browser = await chromium.launch(launchOptions);
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      page.on('console', (m) => m.type() === 'error' && console.log(`[console] ${m.text()}`));
      // Unlocked as the demo admin (README, "Demo PINs"), so every screen shows.
      const people = (await (await page.request.post(`${host.url}/api/call/auth.people`, { data: {} })).json()) as {
        result: { id: number; initials: string }[];
      };
      const admin = people.result.find((p) => p.initials === 'DW')!;
      await page.request.post(`${host.url}/api/call/auth.unlock`, { data: { staffId: admin.id, pin: '1001' } });
      await page.goto(host.url);
      await page.getByRole('button', { name: /Add contact/ }).waitFor();
      await page.locator('.card').first().waitFor();
      await page.screenshot({ path: `shots/board-${size.name}.png` });
      await page.locator('.card-handle').first().click();
      await page.screenshot({ path: `shots/contact-${size.name}.png` });
      await page.keyboard.press('Escape');
      for (const tab of ['Clients', 'Staff', 'Month', 'Settings', 'Admin']) {
        await page.getByRole('button', { name: tab, exact: true }).click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `shots/${tab.toLowerCase()}-${size.name}.png` });
      }
      // The planning views of issue 3: a client's weekly schedule and its item form, a staff member's working time.
      await page.getByRole('button', { name: 'Clients', exact: true }).click();
      await page.getByRole('button', { name: /^Schedule of / }).first().click();
      await page.locator('.item-card').first().waitFor();
      await page.screenshot({ path: `shots/client-schedule-${size.name}.png` });
      await page.locator('.item-card').first().click();
      await page.screenshot({ path: `shots/schedule-item-${size.name}.png` });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Staff', exact: true }).click();
      await page.getByRole('button', { name: /^Availability of / }).first().click();
      await page.locator('.upcoming-day').first().waitFor();
      await page.screenshot({ path: `shots/availability-${size.name}.png` });
      // Bringing the roster in (issue 8): the import preview of the sample staff file.
      await page.getByRole('button', { name: 'Staff', exact: true }).click();
      await page.getByRole('button', { name: 'Import CSV…' }).click();
      await page.getByRole('dialog').getByLabel('CSV file').setInputFiles('samples/staff.csv');
      await page.getByTestId('import-counts').waitFor();
      await page.screenshot({ path: `shots/import-staff-${size.name}.png` });
      await page.keyboard.press('Escape');
      // The morning meeting of issue 4: before it starts, a client in focus, the event log, the history.
      await page.getByRole('button', { name: 'Meeting', exact: true }).click();
      await page.locator('.start-panel, .meeting-stage').first().waitFor();
      await page.screenshot({ path: `shots/meeting-start-${size.name}.png` });
      if (await page.locator('.start-panel').isVisible()) await page.getByRole('button', { name: 'Start the meeting' }).click();
      await page.locator('.focus').waitFor();
      for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `shots/meeting-${size.name}.png` });
      for (const [view, file] of [['Significant events', 'events'], ['Meeting history', 'meeting-history']] as const) {
        await page.getByRole('button', { name: view, exact: true }).click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `shots/${file}-${size.name}.png` });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  console.log('Screenshots written to shots/');
}

void main();
