import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserType } from '@playwright/test';
import { launchOptions } from './browser.js';
import { Network } from './network.js';

/**
 * A real browser profile on disk, so that closing and launching it again is a
 * browser restart: session cookies go, IndexedDB stays.
 */
export async function profile(chromium: BrowserType<Browser>, baseURL: string) {
  const dir = await mkdtemp(join(tmpdir(), 'consent-embed-profile-'));
  return {
    async launch() {
      const context = await chromium.launchPersistentContext(dir, { ...launchOptions(), baseURL, serviceWorkers: 'block' });
      const network = await Network.attach(context);
      const page = context.pages()[0] ?? (await context.newPage());
      return { context, network, page };
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
