// Writes docs/warnings.md (`npm run docs`): every warning the library prints,
// by its code, with each sentence as src/core/messages.ts words it. The code
// each message is given with is read from the calls in src/; a message no call
// gives, or a call of a message that does not exist, stops the script.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PATH = join(root, 'docs/warnings.md');

/** Every `.ts` file under src/. */
const sources = (dir = join(root, 'src')) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []
  );

/** The code each message id is given with: `warn('code', 'id', …)`, `fail('code', 'id', …)`, `code: '…', detail: ['id', …]`. */
function codes() {
  const found = new Map();
  const calls = /(?:warn\(|fail\(|#textOf\([\w']+,)\s*'([a-z-]+)',\s*'([a-z-]+)'|code: '([a-z-]+)', detail: \['([a-z-]+)'/g;
  for (const file of sources()) {
    for (const [, code1, id1, code2, id2] of readFileSync(file, 'utf8').matchAll(calls)) {
      const [code, id] = code1 ? [code1, id1] : [code2, id2];
      found.set(id, new Set([...(found.get(id) ?? []), code]));
    }
  }
  return found;
}

/** The page, from the build's file of messages. */
export async function warningsPage() {
  const { messages } = await import(new URL('../dist/core/messages.js', import.meta.url).href);
  const byId = codes();
  const unknown = [...byId.keys()].filter((id) => !Object.hasOwn(messages, id));
  if (unknown.length) throw new Error(`src/ gives messages that core/messages.ts does not word: ${unknown.join(', ')}`);
  // Each value shown by its name, as the source names it: `'not-url': (src: string) =>` says ‹src›.
  const source = readFileSync(join(root, 'src/core/messages.ts'), 'utf8');
  const parameters = new Map([...source.matchAll(/^\s+'([a-z-]+)': \(([^)]*)\) =>/gm)].map(([, id, list]) => [id, list.split(',').map((p) => p.split(':')[0].trim()).filter(Boolean)]));
  const rows = new Map();
  for (const [id, say] of Object.entries(messages)) {
    const given = byId.get(id);
    if (!given) throw new Error(`core/messages.ts words "${id}", which nothing in src/ gives`);
    const names = parameters.get(id);
    if (!names) throw new Error(`core/messages.ts words "${id}" in a form this script cannot read`);
    const text = say(...names.map((name) => `‹${name}›`));
    for (const code of given) rows.set(code, [...(rows.get(code) ?? []), [id, text]]);
  }
  const lines = [
    '# Warnings',
    '',
    '<!-- Generated from src/core/messages.ts by `npm run docs`; test/readme.spec.ts checks it is current. -->',
    '',
    'Each warning is one console line, `consent-embed [code]: sentence`, printed once the file of messages beside the core has',
    'loaded (a page with nothing wrong never loads it). Values from the page are quoted, shortened, and rid of any user name',
    "or password. If that file cannot be loaded, the line gives the message's id instead of its sentence. A consent-manager",
    "bridge's faults are worded by each bridge and come under `bridge`.",
    '',
  ];
  for (const code of [...rows.keys()].sort()) {
    lines.push(`## \`${code}\``, '', '| message | sentence |', '| --- | --- |');
    for (const [id, text] of rows.get(code)) lines.push(`| \`${id}\` | ${text.replace(/\|/g, '\\|').replace(/</g, '&lt;')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(PATH, await warningsPage());
  console.log('docs/warnings.md written');
}
