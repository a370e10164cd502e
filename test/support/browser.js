import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// Plain JavaScript, so that the bench (test/bench/run.js, run by Node) and the tests share it.

/** Where Chromium usually is when Playwright's own download is absent. */
const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @param {string} name @returns {string | undefined} */
function onPath(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Picks the browser: `CHROMIUM_PATH` if set, else Playwright's own Chromium if
 * it was installed, else a system Chromium. Returns undefined for Playwright's
 * own, and throws with what to install when there is none at all.
 */
/** @returns {string | undefined} */
export function findChromium() {
  const forced = process.env.CHROMIUM_PATH;
  if (forced) {
    if (!existsSync(forced)) throw new Error(`CHROMIUM_PATH=${forced} does not exist.`);
    return forced;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  const found = SYSTEM_CHROMIUM.find((path) => existsSync(path)) ?? onPath('chromium') ?? onPath('chromium-browser');
  if (found) return found;
  throw new Error(
    'No Chromium found for the tests. Install one of:\n' +
      '  npx playwright install chromium      (Playwright\'s own build)\n' +
      '  sudo apt-get install -y chromium     (Debian, Ubuntu)\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
  );
}

/** Launch options every test browser shares, persistent profiles included. */
/** @returns {import('@playwright/test').LaunchOptions} */
export function launchOptions() {
  return {
    executablePath: findChromium(),
    args: [
      // Root in a container cannot use Chromium's sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Even a routing bug cannot reach the internet: every name but ours fails to resolve.
      // `*.localhost` is loopback by definition; the session-cookie tests use it for sibling subdomains.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE *.localhost',
    ],
  };
}
