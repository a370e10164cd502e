import { defineConfig } from '@playwright/test';
import base from '../playwright.config.js';

// Benchmarks print numbers; they assert nothing about time. `npm run bench`.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: process.env.SCREENSHOTS ? "screenshots.bench.ts" : "embed.bench.ts",
  workers: 1,
  fullyParallel: false,
  reporter: [['line']],
  webServer: { ...base.webServer!, cwd: '../..' } as typeof base.webServer,
});
