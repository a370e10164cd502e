// Puts the version of package.json into the README's links to files of the published
// package (`npm run docs`). The README is also the npm page, which cannot resolve a path
// in the repository, so its images are absolute: https://unpkg.com/consent-embed@VERSION/…,
// files the package ships (package.json `files`). A version pinned in the link keeps an
// old release's page showing that release's images. test/readme.spec.ts checks the
// version and that each file exists and is shipped.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PATH = fileURLToPath(new URL('../README.md', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Every link to a file of the package: its version and its path in the package. */
export const LINK = new RegExp(`https://unpkg\\.com/${pkg.name}@([^/\\s)]+)/([^\\s)"]+)`, 'g');

/** `page` with every link to a file of the package at the version of package.json. */
export function withVersion(page, version = pkg.version) {
  return page.replace(LINK, (_, _version, path) => `https://unpkg.com/${pkg.name}@${version}/${path}`);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--write')) {
  writeFileSync(PATH, withVersion(readFileSync(PATH, 'utf8')));
  console.log(`README.md: package links at ${pkg.version}`);
}
