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
