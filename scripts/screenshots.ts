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
      await page.goto(host.url);
      await page.getByRole('button', { name: /Add contact/ }).waitFor();
      await page.locator('.card').first().waitFor();
      await page.screenshot({ path: `shots/board-${size.name}.png` });
      await page.locator('.card-handle').first().click();
      await page.screenshot({ path: `shots/contact-${size.name}.png` });
      await page.keyboard.press('Escape');
      for (const tab of ['Clients', 'Staff', 'Settings']) {
        await page.getByRole('button', { name: tab, exact: true }).click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `shots/${tab.toLowerCase()}-${size.name}.png` });
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
