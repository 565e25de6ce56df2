import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/browser';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  // Generous: the machines running these are small and shared.
  expect: { timeout: 10_000 },
  // Two cores: each test starts its own host, so run one at a time.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1920, height: 1080 },
    launchOptions,
    trace: 'retain-on-failure',
  },
});
