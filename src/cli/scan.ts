// Finds the HTML files a pattern names, and the embeds in each, with a real
// HTML parser: an attribute's entities decoded, comments and scripts skipped,
// embeds inside a plain `<template>` found, as a browser would.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One `<consent-embed>` as written in a file. */
export interface FoundEmbed {
  readonly file: string;
  /** 1-based line of its start tag. */
  readonly line: number;
  readonly src: string | undefined;
  readonly provider: string | undefined;
  /** Its own `poster`, which the template does not replace. */
  readonly poster: string | undefined;
  /** Whether a `<template>` is among its children: without a `src`, the site's own embed code (template mode). */
  readonly template: boolean;
}

const MAGIC = /[*?{[]/;

/**
 * A glob as a regular expression over `/`-separated paths: `**` any folders
 * (none included), `*` and `?` within one name, `{a,b}` either. Names that
 * start with a dot are matched like any other.
 */
export function globPattern(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) source += '\\{';
      else {
        source += `(?:${glob.slice(i + 1, end).split(',').map(escape).join('|')})`;
        i = end;
      }
    } else source += escape(c);
  }
  return new RegExp(`^${source}$`);
}

const escape = (text: string) => text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');

/**
 * The files `patterns` name, relative to `cwd`, sorted, each once. A pattern
 * without wildcards is a file (or a folder, for all its `.html` files).
 */
export async function findFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const raw of patterns) {
    const pattern = raw.split(sep).join('/');
    const parts = pattern.split('/');
    const first = parts.findIndex((part) => MAGIC.test(part));
    if (first < 0) {
      const path = resolve(cwd, pattern);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        for (const file of await walk(path)) if (/\.html?$/.test(file)) found.add(join(path, file));
      } else if (info) {
        found.add(path);
      }
      continue;
    }
    const base = resolve(cwd, parts.slice(0, first).join('/') || '.');
    const match = globPattern(parts.slice(first).join('/'));
    for (const file of await walk(base)) if (match.test(file)) found.add(join(base, file));
  }
  return [...found].map((file) => relative(cwd, file) || file).sort();
}

/** Every file under `dir`, as `/`-separated paths relative to it; none for a folder that is not there. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'));
}

/** A file that could not be read as HTML, and why. */
export class UnreadableFile extends Error {}

/** The embeds in the HTML file at `path` (shown as `file`). */
export async function scanFile(path: string, file: string): Promise<FoundEmbed[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UnreadableFile(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  // An image or an archive under a .html name: a parser would read anything, so the bytes are checked first.
  if (bytes.subarray(0, 8192).includes(0)) throw new UnreadableFile('is not HTML (it holds binary data)');
  let html: string;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFile('is not HTML (it is not UTF-8 text)');
  }
  let document: Node;
  try {
    document = parse(html, { sourceCodeLocationInfo: true });
  } catch (error) {
    throw new UnreadableFile(`cannot be parsed (${(error as Error).message})`);
  }
  const found: FoundEmbed[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node && node.tagName === 'consent-embed') found.push(embedOf(node, file));
    if ('content' in node && node.nodeName === 'template') visit(node.content);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(document);
  return found;
}

function embedOf(element: Element, file: string): FoundEmbed {
  const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
  return {
    file,
    line: element.sourceCodeLocation?.startLine ?? 0,
    src: attr('src')?.trim(),
    provider: attr('provider')?.trim() || undefined,
    poster: attr('poster')?.trim() || undefined,
    // As the element reads it: a `<template>` child, not one deeper down.
    template: element.childNodes.some((child) => 'tagName' in child && child.tagName === 'template'),
  };
}
