import { defineConfig } from '@playwright/test';
import base from '../playwright.config.js';

// The README's screenshots (`npm run screenshots`). The benchmark itself is a plain Node script,
// test/bench/run.js (`npm run bench`), not a Playwright test.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.bench.ts',
  workers: 1,
  fullyParallel: false,
  reporter: [['line']],
  webServer: { ...base.webServer!, cwd: '../..' } as typeof base.webServer,
});
