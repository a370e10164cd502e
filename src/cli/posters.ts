// `consent-embed posters`: in a site's build, fetches each embed's thumbnail
// and title once, from the provider's public oEmbed endpoint, and writes the
// image where the site's poster template expects it. The site then shows real
// previews with every byte served from its own origin: the visitor's browser
// asks no provider for anything before the visitor chooses.

import { mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fillPoster, posterName } from '../core/poster-name.js';
import { builtins } from '../providers/builtins.js';
import { addProviders, getProvider, resolve as resolveEmbed } from '../providers/registry.js';
import { fetchBytes, FetchFailure, fetchViaProblem, imageType, type Limits } from './fetch.js';
import { findFiles, scanFile, UnreadableFile, type FoundEmbed } from './scan.js';
import { SOURCES, type Target } from '../providers/thumbnails.js';

export interface PostersOptions {
  /** HTML files: globs (`public/**\/*.html`), files or folders, relative to `cwd`. */
  readonly patterns: readonly string[];
  /** The folder the site serves at `/`. */
  readonly root: string;
  /** Where a poster is, on the site: `{provider}` and `{id}` are filled in. Default `/posters/{provider}/{id}.jpg`. */
  readonly template?: string;
  /** Fetch again the posters already written. */
  readonly force?: boolean;
  /** Posters fetched at once; default 4. */
  readonly concurrency?: number;
  /** Milliseconds for each request, redirects and body included; default 10,000. */
  readonly timeout?: number;
  /** Bytes an answer may have; default 5 MB. */
  readonly maxBytes?: number;
  /** Report what would be fetched; fetch and write nothing. */
  readonly dryRun?: boolean;
  /** The folder `patterns` and `root` are read from; default the process's. */
  readonly cwd?: string;
}

/**
 * What became of one embed. `failed` (the fetch or the write) and `invalid`
 * (a src that is not a link of a built-in provider's: not https, a bad id, a
 * page instead of an item) make the command exit 1; the others are not
 * errors: `unsupported` has no public thumbnail or no poster name, or is the
 * site's own (a `<template>` embed, a provider the site registers), `ignored`
 * has a poster of its own.
 */
export type EmbedStatus = 'written' | 'skipped' | 'planned' | 'failed' | 'invalid' | 'unsupported' | 'ignored';

export interface EmbedReport {
  readonly file: string;
  readonly line: number;
  readonly src: string | undefined;
  /** The provider's id, once the src was read. */
  readonly provider?: string;
  /** The poster's name in the template's `{id}`. */
  readonly id?: string;
  /** The poster's address on the site. */
  readonly poster?: string;
  readonly status: EmbedStatus;
  /** One line: what was done, or why not. */
  readonly message: string;
}

export interface PostersReport {
  readonly embeds: readonly EmbedReport[];
  /** HTML files that could not be read, and the manifest if it could not be: each a failure. */
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  /**
   * Posters this run set out to fetch: one for each poster neither already
   * there nor only planned, however many embeds show it, however many
   * requests it took (an oEmbed answer, a thumbnail, redirects) and whether or
   * not it was written.
   */
  readonly postersAttempted: number;
  /** The manifest's path, when this run wrote it. */
  readonly manifest?: string;
  /** 0 when every embed was done or skipped, 1 when some failed. */
  readonly exitCode: 0 | 1;
}

/** What a caller got wrong: the command exits 2. */
export class UsageError extends Error {}

/** What the manifest beside the images keeps of each poster. */
export interface ManifestEntry {
  readonly provider: string;
  readonly id: string;
  readonly file: string;
  readonly title?: string;
  readonly author?: string;
}

export const DEFAULTS = { template: '/posters/{provider}/{id}.jpg', concurrency: 4, timeout: 10_000, maxBytes: 5 * 1024 * 1024 } as const;

/** One poster to fetch, shared by every embed that shows it. */
interface Job {
  readonly key: string;
  readonly provider: string;
  readonly name: string;
  readonly poster: string;
  readonly path: string;
  readonly target: Target;
  readonly src: URL;
  result?: { status: EmbedStatus; message: string; entry?: ManifestEntry };
}

/** Finds the embeds in `patterns`' files and writes their posters; never throws for an embed, only for a `UsageError`. */
export async function posters(options: PostersOptions): Promise<PostersReport> {
  const cwd = options.cwd ?? process.cwd();
  const template = options.template ?? DEFAULTS.template;
  const concurrency = options.concurrency ?? DEFAULTS.concurrency;
  const limits: Limits = { timeout: options.timeout ?? DEFAULTS.timeout, maxBytes: options.maxBytes ?? DEFAULTS.maxBytes };
  const format = checkTemplate(template);
  const hook = fetchViaProblem();
  if (hook) throw new UsageError(hook);
  for (const [name, value] of Object.entries({ concurrency, timeout: limits.timeout, maxBytes: limits.maxBytes })) {
    if (!Number.isSafeInteger(value) || value < 1) throw new UsageError(`${name} must be a whole number above 0, not ${value}`);
  }
  const root = resolve(cwd, options.root);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new UsageError(`--root ${options.root} is not a folder`);
  // Every file is written in a folder that is, symlinks followed, inside this one.
  const realRoot = await realpath(root);
  if (!options.patterns.length) throw new UsageError('name the HTML files: a glob such as "public/**/*.html"');
  const files = await findFiles(options.patterns, cwd);
  if (!files.length) throw new UsageError(`no files match ${options.patterns.map((p) => JSON.stringify(p)).join(', ')}`);

  const problems: { file: string; message: string }[] = [];
  const found: FoundEmbed[] = [];
  for (const file of files) {
    try {
      found.push(...(await scanFile(resolve(cwd, file), file)));
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      problems.push({ file, message: `${file} ${error.message}` });
    }
  }

  addProviders(builtins);
  const jobs = new Map<string, Job>();
  const planned: { embed: FoundEmbed; report?: Omit<EmbedReport, 'file' | 'line' | 'src'>; job?: Job }[] = [];
  for (const embed of found) {
    const { report, job } = await plan(embed, template, root, jobs);
    planned.push({ embed, report, job });
  }

  let postersAttempted = 0;
  const queue = [...jobs.values()];
  const work = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const refused = await refusal(realRoot, job.path, job.poster);
      if (refused) job.result = { status: 'failed', message: refused };
      else if (!options.force && (await exists(job.path))) job.result = { status: 'skipped', message: `${job.poster} is already there` };
      else if (options.dryRun) job.result = { status: 'planned', message: `would fetch ${job.poster}` };
      else {
        postersAttempted++;
        job.result = await fetchPoster(job, { limits, realRoot, format });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, work));

  // The first embed of a poster tells what was done; the others say whose it is.
  const first = new Map<Job, FoundEmbed>();
  const embeds = planned.map(({ embed, report, job }): EmbedReport => {
    const where = { file: embed.file, line: embed.line, src: embed.src };
    if (!job) return { ...where, ...report! };
    const shown = { ...where, provider: job.provider, id: job.name, poster: job.poster };
    const earlier = first.get(job);
    if (!earlier) first.set(job, embed);
    const { status, message } = job.result!;
    return { ...shown, status, message: earlier ? `${message} (the same poster as ${earlier.file}:${earlier.line})` : message };
  });

  const entries = [...jobs.values()].flatMap((job) => (job.result?.entry ? [job.result.entry] : []));
  let manifest: string | undefined;
  if (entries.length) {
    manifest = join(root, manifestOf(template));
    const written = await writeManifest(realRoot, manifest, entries);
    if (written) {
      problems.push({ file: manifest, message: written });
      manifest = undefined;
    }
  }
  const failed = problems.length > 0 || embeds.some((e) => e.status === 'failed' || e.status === 'invalid');
  return { embeds, problems, postersAttempted, ...(manifest && { manifest }), exitCode: failed ? 1 : 0 };
}

/** The image format each extension a template may end with names. */
const FORMATS = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif' } as const;
type Format = (typeof FORMATS)[keyof typeof FORMATS];

/**
 * What the template must be: an address on the site, naming each poster
 * apart, with the extension of the one image format every poster is written in.
 */
function checkTemplate(template: string): Format {
  if (!template.startsWith('/') || template.startsWith('//')) throw new UsageError(`--template must be a path on the site, starting with one /: ${template}`);
  if (!template.includes('{id}')) throw new UsageError(`--template must contain {id}: ${template}`);
  if (template.split(/[/\\]/).some((part) => part === '..' || part === '.')) throw new UsageError(`--template may not hold . or .. segments: ${template}`);
  if (/[?#]/.test(template)) throw new UsageError(`--template is a file's path, without ? or #: ${template}`);
  // The element refuses one too: `%2F` would be a slash to a server and a name to the disk.
  if (template.includes('%')) throw new UsageError(`--template may not hold %: ${template}`);
  const extension = /\.([A-Za-z]+)$/.exec(template)?.[1]?.toLowerCase();
  if (!extension || !Object.hasOwn(FORMATS, extension)) throw new UsageError(`--template must end with an image's extension (${Object.keys(FORMATS).map((e) => `.${e}`).join(', ')}): ${template}`);
  return FORMATS[extension as keyof typeof FORMATS];
}

/** The manifest's place on the site: `index.json` in the folder the template's first placeholder is in. */
export function manifestOf(template: string): string {
  const fixed = template.slice(0, template.indexOf('{'));
  return `${fixed.slice(0, fixed.lastIndexOf('/') + 1)}index.json`;
}

/** Reads one embed: the job that makes its poster, or what it is instead. */
async function plan(embed: FoundEmbed, template: string, root: string, jobs: Map<string, Job>): Promise<{ report?: Omit<EmbedReport, 'file' | 'line' | 'src'>; job?: Job }> {
  // Template mode: the site's own embed code, which has no oEmbed endpoint to ask.
  if (!embed.src && embed.template) return { report: { status: 'unsupported', message: 'a <template> embed: the site’s own code, with no thumbnail to fetch' } };
  if (!embed.src) return { report: { status: 'invalid', message: 'has no src' } };
  // A provider the site registers in its own code is not in this command: not an error of the page.
  if (embed.provider && !getProvider(embed.provider)) return { report: { status: 'unsupported', message: `${embed.provider} is not a built-in provider (a site’s own?): no thumbnail to fetch` } };
  const resolution = await resolveEmbed(embed.src, embed.provider);
  if (!resolution.ok && resolution.code === 'unknown-provider') {
    return { report: { status: 'unsupported', message: `no built-in provider serves ${new URL(embed.src).hostname} (a site’s own?): no thumbnail to fetch` } };
  }
  // The element's own words, up to the list of every provider the library knows, which is too long for one line.
  if (!resolution.ok) return { report: { status: 'invalid', message: `no provider reads it (${resolution.code}): ${resolution.detail.replace(/ Supported: .*$/s, '')}` } };
  const { provider, target } = resolution;
  const base = { provider: provider.id };
  if (embed.poster) return { report: { ...base, status: 'ignored', message: `has its own poster (${embed.poster})` } };
  // The third party of a provider of many servers is each server: the template has no name for it.
  if (provider.instances) return { report: { ...base, status: 'unsupported', message: `no template poster for ${provider.name}, a provider of many servers` } };
  const name = posterName(target);
  if (!name) return { report: { ...base, status: 'unsupported', message: `the template has no name for this ${provider.name} embed (its target has no id)` } };
  const source = SOURCES[provider.id];
  if (!source) return { report: { ...base, id: name, status: 'unsupported', message: `no public thumbnail for ${provider.name}` } };
  const key = `${provider.id}/${name}`;
  let job = jobs.get(key);
  if (!job) {
    const poster = fillPoster(template, provider.id, name);
    job = { key, provider: provider.id, name, poster, path: join(root, poster), target: target as Target, src: new URL(embed.src) };
    jobs.set(key, job);
  }
  return { job };
}

/** Whether a file is at `path`: a folder in its place is not a poster. */
const exists = (path: string) => stat(path).then((info) => info.isFile(), () => false);

/** One line for a failed write: the folder or the disk, not the provider. */
function cannotWrite(poster: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof Refused) return error.message;
  if (code === 'EISDIR') return folderInPlace(poster);
  return `cannot write ${poster} (${code ?? (error as Error).message})`;
}

const folderInPlace = (poster: string) => `cannot write ${poster}: a folder is in its place`;

/** A folder that leads, symlinks followed, outside the root. */
class Refused extends Error {}

/** Whether the real path `real` is `realRoot` or inside it. */
function inside(realRoot: string, real: string): boolean {
  const path = relative(realRoot, real);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/**
 * Throws `Refused` unless the folder of `path` resolves (realpath) inside
 * `realRoot`. The folders it still lacks are checked through the deepest one
 * that is there: `mkdir` makes real folders below it.
 */
async function checkFolder(realRoot: string, path: string, poster: string): Promise<void> {
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    const real = await realpath(folder).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
    if (real === undefined) continue;
    if (!inside(realRoot, real)) throw new Refused(`refused ${poster}: its folder leads outside --root (to ${real}) through a symlink`);
    return;
  }
}

/** Why `path` may not be written, checked before anything is fetched for it: a folder outside the root, or a folder in its place. */
async function refusal(realRoot: string, path: string, poster: string): Promise<string | undefined> {
  try {
    await checkFolder(realRoot, path, poster);
    if ((await stat(path).catch(() => undefined))?.isDirectory()) return folderInPlace(poster);
    return undefined;
  } catch (error) {
    return cannotWrite(poster, error);
  }
}

/** The bytes of a job's thumbnail, checked and written; its title and author for the manifest. */
async function fetchPoster(job: Job, { limits, realRoot, format }: { limits: Limits; realRoot: string; format: Format }): Promise<NonNullable<Job['result']>> {
  const source = SOURCES[job.provider]!;
  const failures: string[] = [];
  const candidates: URL[] = [];
  let meta: { title?: string; author?: string } = {};
  const endpoint = source.oembed?.(job.target, job.src);
  if (endpoint) {
    try {
      const { url, bytes } = await fetchBytes(endpoint, source.hosts, limits);
      const answer = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 500) : undefined);
      const title = words(answer.title);
      const author = words(answer.author_name);
      meta = { ...(title && { title }), ...(author && { author }) };
      // A photo's own `url` is its image, where an answer gives no thumbnail.
      const thumbnail = text(answer.thumbnail_url) ?? (answer.type === 'photo' ? text(answer.url) : undefined);
      if (thumbnail && URL.canParse(thumbnail, url)) candidates.push(new URL(thumbnail, url));
      else failures.push(`oEmbed: no thumbnail_url in ${endpoint.hostname}'s answer`);
    } catch (error) {
      failures.push(`oEmbed: ${error instanceof SyntaxError ? `${endpoint.hostname} answered something that is not JSON` : (error as Error).message}`);
    }
  }
  const direct = source.direct?.(job.target);
  if (direct && !candidates.some((c) => c.href === direct.href)) candidates.push(direct);
  let image: { bytes: Buffer; type: string } | undefined;
  for (const candidate of candidates) {
    try {
      const { bytes } = await fetchBytes(candidate, source.hosts, limits);
      const type = imageType(bytes);
      if (!type) throw new FetchFailure(`${candidate.hostname} sent something that is not an image (JPEG, PNG, WebP, GIF or AVIF)`);
      // The file's name says its format, and a server may trust it (a Content-Type from the extension): another format is not written under it.
      if (type !== format) throw new FetchFailure(`${candidate.hostname} sent a ${type.toUpperCase()} image, and the template's files are ${format.toUpperCase()}: not written`);
      image = { bytes, type };
      break;
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      failures.push(`thumbnail: ${error.message}`);
    }
  }
  if (!image) return { status: 'failed', message: failures.join('; ') || 'nothing to fetch' };
  // A full disk or a folder in the way fails this poster, not the run: the others and the manifest are still written.
  try {
    await writeAtomically(realRoot, job.path, image.bytes, job.poster);
  } catch (error) {
    return { status: 'failed', message: cannotWrite(job.poster, error) };
  }
  const entry: ManifestEntry = { provider: job.provider, id: job.name, file: job.poster, ...meta };
  const title = meta.title ? `, "${meta.title}"` : '';
  return { status: 'written', message: `wrote ${job.poster} (${image.type}, ${Math.ceil(image.bytes.length / 1024)} kB${title})`, entry };
}

/** Characters of no use in a title that can rewrite a terminal (C0 and C1 controls: escape sequences, carriage returns). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/g;
/** Bidi controls (embeddings, overrides, isolates, marks) that make a line read otherwise than it is, around the file names printed with it. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A title or author name from an oEmbed answer, third-party text printed on
 * the build's terminal and stored in the manifest: controls become a space,
 * bidi controls go; at most 500 characters; none when nothing is left.
 */
function words(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = value.replace(BIDI, '').replace(CONTROLS, ' ').trim().slice(0, 500).trim();
  return clean || undefined;
}

/**
 * Writes beside the file and renames: a run stopped halfway leaves the old
 * file or none, never part of one. The folder is checked again once made: a
 * symlink put in place since the first check is refused too.
 */
async function writeAtomically(realRoot: string, path: string, data: string | Uint8Array, shown: string): Promise<void> {
  await checkFolder(realRoot, path, shown);
  await mkdir(dirname(path), { recursive: true });
  await checkFolder(realRoot, path, shown);
  const temporary = join(dirname(path), `.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Merges `entries` into the manifest at `path`; returns what is wrong with the file there, or nothing. */
async function writeManifest(realRoot: string, path: string, entries: readonly ManifestEntry[]): Promise<string | undefined> {
  let posters: Record<string, ManifestEntry> = {};
  const refused = await refusal(realRoot, path, `the manifest ${path}`);
  if (refused) return refused;
  const old = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : error));
  if (old instanceof Error) return `the manifest ${path} cannot be read (${(old as NodeJS.ErrnoException).code}): left as it is`;
  if (old !== undefined) {
    try {
      const parsed = JSON.parse(old) as { posters?: unknown };
      if (typeof parsed.posters !== 'object' || parsed.posters === null || Array.isArray(parsed.posters)) throw new SyntaxError('no posters');
      posters = parsed.posters as Record<string, ManifestEntry>;
    } catch {
      // Someone else's file, or one edited by hand: not overwritten.
      return `the manifest ${path} is not one this command wrote: left as it is`;
    }
  }
  for (const entry of entries) posters[`${entry.provider}/${entry.id}`] = entry;
  const sorted = Object.fromEntries(Object.entries(posters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  try {
    await writeAtomically(realRoot, path, `${JSON.stringify({ generator: 'consent-embed posters', posters: sorted }, null, 2)}\n`, `the manifest ${path}`);
  } catch (error) {
    return cannotWrite(`the manifest ${path}`, error);
  }
  return undefined;
}
