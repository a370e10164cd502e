import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { JPEG, PNG, startStandIn, WEBP } from '../support/posters-stand-in.js';

// `consent-embed posters` as a site's build runs it: the built command in a
// child process, on a fixture site in a temporary folder, against a local
// stand-in for the providers (test/support/posters-stand-in.js), reached
// through the command's test hook CONSENT_EMBED_FETCH_VIA. Nothing reaches the network.

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

type StandIn = Awaited<ReturnType<typeof startStandIn>>;
let standIn: StandIn;
let site: string;

test.beforeEach(async () => {
  standIn = await startStandIn();
  site = mkdtempSync(join(tmpdir(), 'consent-embed-posters-'));
});

test.afterEach(async () => {
  await standIn.close();
  rmSync(site, { recursive: true, force: true });
});

/** Writes the fixture site's files: path → content. */
function files(contents: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(contents)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), content);
  }
}

const page = (...srcs: string[]) => `<!doctype html><title>Fixture</title>\n${srcs.map((src) => `<consent-embed src="${src}"></consent-embed>`).join('\n')}\n`;
const youtube = (id: string) => `https://www.youtube.com/watch?v=${id}`;
const poster = (provider: string, id: string) => join(site, 'public/posters', provider, `${id}.jpg`);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command in the site's folder; resolves when it exits. The stand-in answers meanwhile, in this process. */
function run(args: string[], options: { signalAfter?: () => boolean; fetchVia?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: site, env: { ...process.env, CONSENT_EMBED_FETCH_VIA: options.fetchVia ?? standIn.origin } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    if (options.signalAfter) {
      const poll = setInterval(() => {
        if (options.signalAfter!()) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 10);
      child.on('exit', () => clearInterval(poll));
    }
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const posters = (...more: string[]) => run(['posters', 'public/**/*.html', '--root', 'public', ...more]);

test('writes each embed’s thumbnail where the template expects it, with titles and authors in the manifest beside the images', async () => {
  files({
    'public/index.html': page(youtube('jpegAAAAAAA'), youtube('jpegBBBBBBB')),
    'public/blog/post.html': page('https://vimeo.com/76979871'),
  });

  const result = await posters();

  expect(result.code).toBe(0);
  expect(readFileSync(poster('youtube', 'jpegAAAAAAA'))).toEqual(JPEG);
  expect(readFileSync(poster('youtube', 'jpegBBBBBBB'))).toEqual(JPEG);
  expect(readFileSync(poster('vimeo', '76979871'))).toEqual(JPEG);
  expect(result.stdout).toContain('wrote  public/index.html:2 youtube/jpegAAAAAAA: wrote /posters/youtube/jpegAAAAAAA.jpg (jpeg, 1 kB, "Title of jpegAAAAAAA")');
  const manifest = JSON.parse(readFileSync(join(site, 'public/posters/index.json'), 'utf8'));
  expect(manifest.posters['youtube/jpegAAAAAAA']).toEqual({ provider: 'youtube', id: 'jpegAAAAAAA', file: '/posters/youtube/jpegAAAAAAA.jpg', title: 'Title of jpegAAAAAAA', author: 'Stand-in author' });
  expect(manifest.posters['vimeo/76979871'].title).toBe('Vimeo 76979871');
});

test('the template’s extension is the format written: an image of another format is not written under it', async () => {
  files({ 'public/index.html': page(youtube('pngAAAAAAAA'), youtube('jpegAAAAAAA'), youtube('webpAAAAAAA')) });

  const png = await posters('--template', '/posters/{provider}/{id}.png');

  expect(png.code).toBe(1);
  expect(readFileSync(join(site, 'public/posters/youtube/pngAAAAAAAA.png'))).toEqual(PNG);
  expect(png.stderr.trim().split('\n')).toEqual([
    "FAIL  public/index.html:3 youtube/jpegAAAAAAA: thumbnail: i.ytimg.com sent a JPEG image, and the template's files are PNG: not written",
    "FAIL  public/index.html:4 youtube/webpAAAAAAA: thumbnail: i.ytimg.com sent a WEBP image, and the template's files are PNG: not written",
  ]);
  expect(readdirSync(join(site, 'public/posters/youtube'))).toEqual(['pngAAAAAAAA.png']);

  // .jpg and .jpeg are one format; the extension's case does not matter.
  const jpeg = await posters('--template', '/jpeg/{id}.JPEG');
  expect(readFileSync(join(site, 'public/jpeg/jpegAAAAAAA.JPEG'))).toEqual(JPEG);
  expect(jpeg.stderr).not.toContain('jpegAAAAAAA');

  const webp = await posters('--template', '/webp/{id}.webp');
  expect(readFileSync(join(site, 'public/webp/webpAAAAAAA.webp'))).toEqual(WEBP);
  expect(webp.stderr).not.toContain('webpAAAAAAA');
});

test('a second run downloads nothing and changes nothing; --force fetches again', async () => {
  files({ 'public/index.html': page(youtube('jpegAAAAAAA'), 'https://vimeo.com/76979871') });
  expect((await posters()).code).toBe(0);
  const requests = standIn.total();
  const manifest = readFileSync(join(site, 'public/posters/index.json'), 'utf8');

  const again = await posters();

  expect(again.code).toBe(0);
  expect(standIn.total()).toBe(requests);
  expect(again.stdout).toContain('skip  public/index.html:2 youtube/jpegAAAAAAA: /posters/youtube/jpegAAAAAAA.jpg is already there');
  expect(again.stdout).toContain(', 0 posters attempted, ');
  expect(readFileSync(join(site, 'public/posters/index.json'), 'utf8')).toBe(manifest);

  const forced = await posters('--force');
  expect(forced.code).toBe(0);
  expect(standIn.total()).toBe(requests * 2);
});

test('one poster shown by several embeds in several files is fetched once', async () => {
  files({
    'public/a.html': page(youtube('jpegAAAAAAA'), 'https://youtu.be/jpegAAAAAAA'),
    'public/b.html': `<!doctype html><template><consent-embed src="https://www.youtube.com/embed/jpegAAAAAAA"></consent-embed></template>`,
  });

  const result = await posters();

  expect(result.code).toBe(0);
  expect(standIn.hits.get('www.youtube.com/oembed')).toBe(1);
  expect(standIn.hits.get('i.ytimg.com/vi/jpegAAAAAAA/hqdefault.jpg')).toBe(1);
  expect(result.stdout).toContain('(the same poster as public/a.html:2)');
  expect(result.stdout.match(/^(wrote|skip) /gm)).toHaveLength(3);
  // Posters, not requests (two) or embeds (three).
  expect(result.stdout).toContain('posters: 3 embeds (3 written), 1 poster attempted, ');
});

test('reports each failing embed on one line, writes nothing for it, and exits 1', async () => {
  files({
    'public/index.html': page(
      youtube('missingAAAA'),
      youtube('brokenAAAAA'),
      youtube('awayAAAAAAA'),
      youtube('loopAAAAAAA'),
      youtube('hugeAAAAAAA'),
      youtube('htmlAAAAAAA'),
      youtube('slowAAAAAAA'),
      youtube('jpegAAAAAAA'),
    ),
  });

  // Long enough for a loaded machine to make four quick requests, shorter than the slow answer's 5 s.
  const result = await posters('--timeout', '3000');

  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toEqual([
    'FAIL  public/index.html:2 youtube/missingAAAA: thumbnail: i.ytimg.com answered 404 Not Found',
    'FAIL  public/index.html:3 youtube/brokenAAAAA: thumbnail: i.ytimg.com answered 500 Internal Server Error',
    'FAIL  public/index.html:4 youtube/awayAAAAAAA: thumbnail: i.ytimg.com redirected to elsewhere.example, which is not one of the expected hosts',
    'FAIL  public/index.html:5 youtube/loopAAAAAAA: thumbnail: more than 3 redirects from https://i.ytimg.com/vi/loopAAAAAAA/hqdefault.jpg',
    'FAIL  public/index.html:6 youtube/hugeAAAAAAA: thumbnail: the answer passed --max-bytes 5242880 and was dropped',
    'FAIL  public/index.html:7 youtube/htmlAAAAAAA: thumbnail: i.ytimg.com sent something that is not an image (JPEG, PNG, WebP, GIF or AVIF)',
    'FAIL  public/index.html:8 youtube/slowAAAAAAA: thumbnail: no complete answer from i.ytimg.com within 3000 ms',
  ]);
  // The good one among them is written; the failed ones leave nothing, and the other host was never asked.
  expect(readdirSync(join(site, 'public/posters/youtube'))).toEqual(['jpegAAAAAAA.jpg']);
  expect([...standIn.hits.keys()].some((key) => key.startsWith('elsewhere.example'))).toBe(false);
  // A redirect within the provider's hosts is followed.
  expect(standIn.hits.get('i.ytimg.com/vi/loopAAAAAAA/hqdefault.jpg')).toBe(4);
});

test('follows a redirect to another of the provider’s hosts, and falls back to YouTube’s direct thumbnail when oEmbed fails', async () => {
  files({ 'public/index.html': page(youtube('hopAAAAAAAA'), youtube('noembedAAAA')) });

  const result = await posters();

  expect(result.code).toBe(0);
  expect(readFileSync(poster('youtube', 'hopAAAAAAAA'))).toEqual(JPEG);
  expect(readFileSync(poster('youtube', 'noembedAAAA'))).toEqual(JPEG);
  const manifest = JSON.parse(readFileSync(join(site, 'public/posters/index.json'), 'utf8'));
  expect(manifest.posters['youtube/noembedAAAA']).toEqual({ provider: 'youtube', id: 'noembedAAAA', file: '/posters/youtube/noembedAAAA.jpg' });
});

test('control and bidi characters in a provider’s title and author are neither printed nor stored', async () => {
  files({ 'public/index.html': page(youtube('ctrlAAAAAAA')) });

  const result = await posters();

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('youtube/ctrlAAAAAAA: wrote /posters/youtube/ctrlAAAAAAA.jpg (jpeg, 1 kB, "Evil [2Jeman title next")\n');
  const manifest = JSON.parse(readFileSync(join(site, 'public/posters/index.json'), 'utf8'));
  expect(manifest.posters['youtube/ctrlAAAAAAA']).toMatchObject({ title: 'Evil [2Jeman title next', author: 'Stand-in author' });
  // Nothing of the kind anywhere in what was printed or written.
  const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  expect(result.stdout).not.toMatch(controls);
  expect(readFileSync(join(site, 'public/posters/index.json'), 'utf8')).not.toMatch(controls);
});

test('--max-bytes drops a smaller answer too', async () => {
  files({ 'public/index.html': page(youtube('jpegAAAAAAA')) });

  const result = await posters('--max-bytes', '40');

  expect(result.code).toBe(1);
  // A declared length is refused before the body is read; the thumbnail is still tried when oEmbed fails.
  expect(result.stderr).toMatch(/youtube\/jpegAAAAAAA: oEmbed: the answer is \d+ bytes, more than --max-bytes 40; thumbnail: the answer is 78 bytes, more than --max-bytes 40\n/);
  expect(existsSync(poster('youtube', 'jpegAAAAAAA'))).toBe(false);
});

test('providers without a public thumbnail, of many servers, or whose targets have no name are told apart, not failed', async () => {
  files({
    'public/index.html': page('https://x.com/jack/status/20', 'https://mastodon.social/@Gargron/109', 'https://codepen.io/someone/pen/abcdef'),
    'public/own.html': '<consent-embed src="https://www.youtube.com/watch?v=jpegAAAAAAA" poster="/img/mine.jpg"></consent-embed>',
  });

  const result = await posters();

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('none  public/index.html:2 x/20: no public thumbnail for X');
  expect(result.stdout).toContain('none  public/index.html:3 https://mastodon.social/@Gargron/109: no template poster for Mastodon, a provider of many servers');
  expect(result.stdout).toContain('none  public/index.html:4 https://codepen.io/someone/pen/abcdef: the template has no name for this CodePen embed (its target has no id)');
  expect(result.stdout).toContain('keep  public/own.html:1 https://www.youtube.com/watch?v=jpegAAAAAAA: has its own poster (/img/mine.jpg)');
  expect(standIn.total()).toBe(0);
});

test('a template embed, and a src or provider no built-in provider serves (the site’s own), are unsupported, not failed', async () => {
  files({
    'public/index.html': [
      '<consent-embed provider="widget"><template><iframe src="https://widget.example/1"></iframe></template></consent-embed>',
      '<consent-embed src="https://video.example/watch/1"></consent-embed>',
      '<consent-embed src="https://media.example/v/2" provider="our-media"></consent-embed>',
    ].join('\n'),
  });

  const result = await posters();

  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('none  public/index.html:1 (no src): a <template> embed: the site’s own code, with no thumbnail to fetch');
  expect(result.stdout).toContain('none  public/index.html:2 https://video.example/watch/1: no built-in provider serves video.example (a site’s own?): no thumbnail to fetch');
  expect(result.stdout).toContain('none  public/index.html:3 https://media.example/v/2: our-media is not a built-in provider (a site’s own?): no thumbnail to fetch');
  expect(standIn.total()).toBe(0);
});

test('a malformed link of a built-in provider, an embed with neither src nor template, and HTML files that are not HTML, are failures with their reason', async () => {
  files({
    'public/index.html': page('https://www.youtube.com/watch?v=bad', 'http://www.youtube.com/watch?v=jpegAAAAAAA') + '<consent-embed></consent-embed>',
    'public/logo.html': Buffer.concat([PNG, Buffer.from([0, 0, 0])]),
    'public/latin1.html': Buffer.from('<p>caf\xe9</p>', 'latin1'),
  });

  const result = await posters();

  expect(result.code).toBe(1);
  expect(result.stderr).toContain('FAIL  public/latin1.html is not HTML (it is not UTF-8 text)');
  expect(result.stderr).toContain('FAIL  public/logo.html is not HTML (it holds binary data)');
  expect(result.stderr).toMatch(/FAIL {2}public\/index\.html:2 https:\/\/www\.youtube\.com\/watch\?v=bad: no provider reads it \(invalid-id\): /);
  expect(result.stderr).toMatch(/FAIL {2}public\/index\.html:3 http:\/\/www\.youtube\.com\/watch\?v=jpegAAAAAAA: no provider reads it \(invalid-src\): .*https/);
  expect(result.stderr).toContain('FAIL  public/index.html:4 (no src): has no src');
});

test('a poster that cannot be written fails that embed alone; the others and the manifest are still written', async () => {
  files({
    'public/index.html': page(youtube('jpegAAAAAAA'), youtube('jpegBBBBBBB'), 'https://vimeo.com/76979871'),
    // A folder where one poster's file should be, and a file where another's folder should be.
    'public/posters/youtube/jpegAAAAAAA.jpg/keep.txt': 'not a poster',
    'public/posters/vimeo': 'not a folder',
  });

  for (const args of [[], ['--force']]) {
    const result = await posters(...args);

    expect(result.code, args.join(' ')).toBe(1);
    expect(result.stderr, args.join(' ')).toContain('FAIL  public/index.html:2 youtube/jpegAAAAAAA: cannot write /posters/youtube/jpegAAAAAAA.jpg: a folder is in its place\n');
    expect(result.stderr, args.join(' ')).toMatch(/FAIL {2}public\/index\.html:4 vimeo\/76979871: cannot write \/posters\/vimeo\/76979871\.jpg \((ENOTDIR|EEXIST)\)\n/);
    expect(readFileSync(poster('youtube', 'jpegBBBBBBB'))).toEqual(JPEG);
    const manifest = JSON.parse(readFileSync(join(site, 'public/posters/index.json'), 'utf8'));
    expect(Object.keys(manifest.posters)).toEqual(['youtube/jpegBBBBBBB']);
  }
  expect(readFileSync(join(site, 'public/posters/youtube/jpegAAAAAAA.jpg/keep.txt'), 'utf8')).toBe('not a poster');
});

test('a poster folder that a symlink leads outside the root is refused for its embeds; one that stays inside is followed', async () => {
  files({ 'public/index.html': page(youtube('jpegAAAAAAA'), 'https://vimeo.com/76979871'), 'outside/.keep': '', 'public/media/.keep': '' });
  mkdirSync(join(site, 'public/posters'));
  symlinkSync(join(site, 'outside'), join(site, 'public/posters/youtube'));
  symlinkSync('../media', join(site, 'public/posters/vimeo'));

  const result = await posters();

  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^FAIL {2}public\/index\.html:2 youtube\/jpegAAAAAAA: refused \/posters\/youtube\/jpegAAAAAAA\.jpg: its folder leads outside --root \(to .*outside\) through a symlink\n$/);
  expect(readdirSync(join(site, 'outside'))).toEqual(['.keep']);
  expect(standIn.hits.has('i.ytimg.com/vi/jpegAAAAAAA/hqdefault.jpg')).toBe(false);
  expect(existsSync(join(site, 'public/media/76979871.jpg'))).toBe(true);
});

test('a run stopped in the middle of a download leaves no partial file', async () => {
  files({ 'public/index.html': page(youtube('trickleAAAA')) });

  const result = await run(['posters', 'public/**/*.html', '--root', 'public'], { signalAfter: () => standIn.hits.has('i.ytimg.com/vi/trickleAAAA/hqdefault.jpg') });

  expect(result.code).toBeNull();
  const folder = join(site, 'public/posters/youtube');
  expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
});

test('--dry-run says what would be fetched, and fetches and writes nothing', async () => {
  files({ 'public/index.html': page(youtube('jpegAAAAAAA')) });

  const result = await posters('--dry-run');

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('plan  public/index.html:2 youtube/jpegAAAAAAA: would fetch /posters/youtube/jpegAAAAAAA.jpg');
  expect(standIn.total()).toBe(0);
  expect(existsSync(join(site, 'public/posters'))).toBe(false);
});

test('--json prints the whole report, and a custom template moves the images and the manifest', async () => {
  files({ 'public/index.html': page(youtube('jpegAAAAAAA')) });

  const result = await posters('--json', '--template', '/media/previews/{provider}-{id}.jpg');

  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.embeds).toEqual([
    expect.objectContaining({ file: 'public/index.html', line: 2, provider: 'youtube', id: 'jpegAAAAAAA', poster: '/media/previews/youtube-jpegAAAAAAA.jpg', status: 'written' }),
  ]);
  expect(report.exitCode).toBe(0);
  expect(report.postersAttempted).toBe(1);
  expect(readFileSync(join(site, 'public/media/previews/youtube-jpegAAAAAAA.jpg'))).toEqual(JPEG);
  expect(existsSync(join(site, 'public/media/previews/index.json'))).toBe(true);
});

test('the manifest is merged with what is there, and one the command did not write is left alone', async () => {
  files({
    'public/index.html': page(youtube('jpegAAAAAAA')),
    'public/posters/index.json': JSON.stringify({ posters: { 'vimeo/1': { provider: 'vimeo', id: '1', file: '/posters/vimeo/1.jpg', title: 'Kept' } } }),
  });
  expect((await posters()).code).toBe(0);
  const merged = JSON.parse(readFileSync(join(site, 'public/posters/index.json'), 'utf8'));
  expect(Object.keys(merged.posters)).toEqual(['vimeo/1', 'youtube/jpegAAAAAAA']);

  writeFileSync(join(site, 'public/posters/index.json'), '{"someone": "else"}');
  const result = await posters('--force');
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('is not one this command wrote: left as it is');
  expect(readFileSync(join(site, 'public/posters/index.json'), 'utf8')).toBe('{"someone": "else"}');
});

test('usage errors exit 2 with the usage', async () => {
  files({ 'public/index.html': page(youtube('jpegAAAAAAA')) });
  for (const args of [
    ['posters', 'public/**/*.html'],
    ['posters', 'public/**/*.html', '--root', 'public', '--colour'],
    ['posters', 'public/**/*.html', '--root', 'public', '--template', 'posters/{id}.jpg'],
    ['posters', 'public/**/*.html', '--root', 'public', '--template', '/posters/{provider}.jpg'],
    ['posters', 'public/**/*.html', '--root', 'public', '--template', '/posters/{id}'],
    ['posters', 'public/**/*.html', '--root', 'public', '--template', '/posters/{id}.svg'],
    ['posters', 'public/**/*.html', '--root', 'public', '--template', '/posters/{id}.jpg.html'],
    ['posters', 'public/**/*.html', '--root', 'public', '--template', '/posters/%2e%2e/{id}.jpg'],
    ['posters', 'public/**/*.html', '--root', 'public', '--template', '/posters/{id}%2Fx.jpg'],
    ['posters', 'public/**/*.html', '--root', 'public', '--concurrency', '0'],
    ['posters', 'public/**/*.xhtml', '--root', 'public'],
    ['posters', 'public/**/*.html', '--root', 'nowhere'],
    ['frobnicate'],
    [],
  ]) {
    const result = await run(args);
    expect(result.code, args.join(' ')).toBe(2);
    expect(result.stderr, args.join(' ')).toContain('Usage: consent-embed <command>');
  }
  expect(standIn.total()).toBe(0);
});

test('the test hook CONSENT_EMBED_FETCH_VIA takes only a plain http address on the loopback; anything else is a usage error', async () => {
  files({ 'public/index.html': page(youtube('jpegAAAAAAA')) });
  const args = ['posters', 'public/**/*.html', '--root', 'public', '--dry-run'];
  for (const via of ['http://example.com:8080', 'https://127.0.0.1:8443', 'http://127.0.0.2:8080', 'http://10.0.0.1', 'http://user:secret@127.0.0.1:8080', 'http://localhost.example.com:8080', 'http://127.0.0.1:8080/other/', 'file:///tmp/', 'not a url']) {
    const result = await run(args, { fetchVia: via });
    expect(result.code, via).toBe(2);
    expect(result.stderr, via).toContain(`consent-embed: CONSENT_EMBED_FETCH_VIA, a test hook, takes only http://127.0.0.1:PORT, http://[::1]:PORT or http://localhost:PORT, not ${JSON.stringify(via)}`);
  }
  for (const via of ['http://127.0.0.1:8080', 'http://[::1]:8080/', 'http://localhost:8080']) {
    expect((await run(args, { fetchVia: via })).code, via).toBe(0);
  }
  expect(standIn.total()).toBe(0);
});

test('the command is also a function: import { posters } from "consent-embed/posters"', async () => {
  files({ 'public/index.html': page(youtube('jpegAAAAAAA')) });
  const { posters: run } = (await import('../../dist/cli/posters.js')) as typeof import('../../src/cli/posters.js');

  const report = await run({ patterns: ['public/**/*.html'], root: 'public', cwd: site, dryRun: true });

  expect(report.exitCode).toBe(0);
  expect(report.embeds[0]).toMatchObject({ provider: 'youtube', id: 'jpegAAAAAAA', status: 'planned' });
});
