import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// A server render (Next.js, Nuxt, SvelteKit, Astro) imports the package in
// Node: no entry may touch `document` or `window` when it is imported.

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, unknown> };

/** Every module the package exports for npm, wildcards expanded: `consent-embed/providers/vimeo.js` and the rest. */
function entries(): string[] {
  const found: string[] = [];
  for (const [name, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : (target as { default?: string }).default;
    if (!file?.endsWith('.js') || file.endsWith('.min.js') || name.includes('.min.')) continue;
    if (!file.includes('*')) {
      found.push(file);
      continue;
    }
    const [dir, suffix] = file.split('*') as [string, string];
    for (const entry of readdirSync(new URL(dir, root))) if (entry.endsWith(suffix) && !entry.endsWith('.min.js')) found.push(dir + entry);
  }
  return found;
}

test('every npm entry imports in plain Node, touching no document or window', () => {
  const files = entries();
  expect(files.length).toBeGreaterThan(45);
  const script = `
    for (const file of ${JSON.stringify(files)}) await import(new URL(file, ${JSON.stringify(root.href)}));
    if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('a global document or window appeared');
    console.log('imported');`;
  expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()).toBe('imported');
});
