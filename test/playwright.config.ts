import { defineConfig } from '@playwright/test';
import { launchOptions } from './support/browser.js';

const port = Number(process.env.TEST_PORT ?? 8765);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./support/summary-reporter.ts']],
  outputDir: '../test-results',
  expect: {
    // Committed baselines, one set for every machine: no platform or browser in the name
    // (test/components/visual.spec.ts-screenshots/light-ltr.png). What makes them portable is in the spec.
    toHaveScreenshot: { pathTemplate: '{testDir}/{testFileDir}/{testFileName}-screenshots/{arg}{ext}' },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: launchOptions(),
    serviceWorkers: 'block',
  },
  webServer: {
    command: 'node demo/server.js',
    cwd: '..',
    url: `http://127.0.0.1:${port}/demo/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
