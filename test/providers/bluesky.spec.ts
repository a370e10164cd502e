import { describeProvider } from '../support/providers.js';

const DID = 'did:plc:z72i7hdynmk6r22z27h6tvur';
const RKEY = '3l6oveex3ii2l';
const FRAME = `https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?id=${RKEY}`;

describeProvider('bluesky', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'bluesky', name: 'Bluesky', company: 'Bluesky Social', kind: 'post', origins: ['https://embed.bsky.app', 'https://public.api.bsky.app'] },
    box: { height: 600 },
  },
  valid: [
    [`https://bsky.app/profile/${DID}/post/${RKEY}`, {}],
    [`https://bsky.app/profile/${DID}/post/${RKEY}/`, {}],
    [`https://bsky.app/profile/${DID}/post/${RKEY}?ref_src=embed`, {}],
    [`https://BSKY.APP/profile/${DID}/post/${RKEY}`, {}],
    [
      `https://bsky.app/profile/did:web:example.com/post/${RKEY}`,
      { src: `https://embed.bsky.app/embed/did:web:example.com/app.bsky.feed.post/${RKEY}?id=${RKEY}` },
    ],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}`, {}],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?id=123&ref_url=https%253A%252F%252Fexample.org`, {}],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?colorMode=dark`, { src: `${FRAME}&colorMode=dark` }],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?colorMode=purple`, {}],
    [`https://bsky.app/profile/${DID}/post/${RKEY}`, 'bluesky', {}],
    // As copied in the app, by handle: the frame has no address until Bluesky, asked after consent, names the DID.
    [`https://bsky.app/profile/bsky.app/post/${RKEY}`, { src: '' }],
    [`https://bsky.app/profile/jay.bsky.team/post/${RKEY}?colorMode=dark`, { src: '' }],
    [`https://bsky.app/profile/Jay.Bsky.Team/post/${RKEY}`, { src: '' }],
    [`https://bsky.app/profile/example.com/post/${RKEY}/`, { src: '' }],
  ],
  invalid: [
    [`http://bsky.app/profile/${DID}/post/${RKEY}`, null, 'invalid-src'],
    [`https://u:p@bsky.app/profile/${DID}/post/${RKEY}`, null, 'invalid-src'],
    [`https://bsky.app:444/profile/${DID}/post/${RKEY}`, null, 'invalid-src'],
    [`https://bsky.app.evil.example/profile/${DID}/post/${RKEY}`, null, 'unknown-provider'],
    [`https://x.com/profile/${DID}/post/${RKEY}`, 'bluesky', 'wrong-host'],
    // Not a handle: no dot, characters a domain name cannot have, a dot at the end, too long; or a handle where only a DID goes.
    [`https://bsky.app/profile/localhost/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/jay_x.bsky.social/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/jay.bsky.social./post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/-jay.bsky.social/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/jay%22.bsky.social/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/${'a'.repeat(64)}.bsky.social/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/jay.bsky.social/post/not-a-tid`, null, 'invalid-id'],
    [`https://embed.bsky.app/embed/jay.bsky.social/app.bsky.feed.post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/did:plc:short/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/did%3Aplc%3Az72i7hdynmk6r22z27h6tvur/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/3l6oveex3ii2`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/3L6OVEEX3II2L`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/${RKEY}x`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/..%2F${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/${RKEY}/extra`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/lists/${RKEY}`, null, 'invalid-id'],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.like/${RKEY}`, null, 'invalid-id'],
  ],
});

// A link copied in the app names the author by handle: Bluesky's API is asked for the DID after the click, never before.
import { parts } from '../support/embed.js';
import { expect, test } from '../support/network.js';

async function handleEmbed(page: import('@playwright/test').Page, handle: string, answer: { status: number; did?: string }) {
  const asked: { url: string; referer: string | undefined }[] = [];
  await page.route('https://public.api.bsky.app/**', (route) => {
    asked.push({ url: route.request().url(), referer: route.request().headers().referer });
    return route.fulfill({ status: answer.status, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(answer.did ? { did: answer.did } : { error: 'InvalidRequest' }) });
  });
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
  await page.evaluate((src) => {
    const embed = Object.assign(document.createElement('consent-embed'), { title: 'A post' });
    embed.setAttribute('src', src);
    document.body.append(embed);
  }, `https://bsky.app/profile/${handle}/post/${RKEY}`);
  return asked;
}

test('a post linked by handle: the DID is asked of Bluesky after the click, once, and then the frame loads', async ({ page, network }) => {
  const asked = await handleEmbed(page, 'Jay.Bsky.Team', { status: 200, did: DID });
  const embed = page.locator('consent-embed');
  await expect(parts(embed).button).toBeVisible();
  await page.waitForTimeout(300);
  expect(asked).toEqual([]);
  await network.expectNoForeignRequests(page);

  await parts(embed).button.click();
  await expect(parts(embed).frame).toHaveAttribute('src', FRAME);
  expect(asked).toEqual([{ url: 'https://public.api.bsky.app/xrpc/com.atproto.identity.resolveHandle?handle=jay.bsky.team', referer: undefined }]);
  await expect.poll(() => network.frames()).toEqual([FRAME]);
  expect(await network.takeConsole()).toEqual([]);
});

test('a handle Bluesky does not know: a message and one warning, never a frame', async ({ page, network }) => {
  const asked = await handleEmbed(page, 'gone.example', { status: 400 });
  const embed = page.locator('consent-embed');
  await parts(embed).button.focus();
  await page.keyboard.press('Enter');
  await expect(parts(embed).message).toContainText('its provider could not build it');
  // The frame that had focus is gone: the message has it, not the page's start.
  await expect(parts(embed).message).toBeFocused();
  expect(asked).toHaveLength(1);
  await expect(embed.locator('iframe')).toHaveCount(0);
  expect(network.frames()).toEqual([]);
  // Chromium logs the 400 itself; the library's own line is one.
  expect((await network.takeConsole()).filter((line) => line.startsWith('consent-embed'))).toEqual([expect.stringMatching(/^consent-embed \[provider-error\]: the provider "bluesky" failed: Bluesky knows no account "gone\.example" \(400\)$/)]);
});

test('a DID that is not one is not loaded', async ({ page, network }) => {
  await handleEmbed(page, 'odd.example', { status: 200, did: 'did:plc:../../evil' });
  const embed = page.locator('consent-embed');
  await parts(embed).button.click();
  await expect(parts(embed).message).toContainText('its provider could not build it');
  expect(network.frames()).toEqual([]);
  expect(await network.takeConsole()).toEqual([expect.stringContaining('Bluesky gave no valid DID for "odd.example"')]);
});

test('a lookup that answers late speaks only for the frame it was for: withdrawn, or another src, keeps what is shown now', async ({ page, network }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route('https://public.api.bsky.app/**', async (route) => {
    asked.push(route.request().url());
    await held;
    await route.fulfill({ status: 400, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: '{}' });
  });
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
  await page.evaluate((rkey) => {
    for (const id of ['a', 'b', 'c']) {
      const embed = Object.assign(document.createElement('consent-embed'), { id, title: `Post ${id}` });
      embed.setAttribute('src', `https://bsky.app/profile/slow.example/post/${rkey}`);
      document.body.append(embed);
    }
  }, RKEY);
  const [a, b] = [page.locator('#a'), page.locator('#b')];
  await parts(a).button.click();
  // One question for the three embeds of one author, the one clicked and the two that follow it.
  await expect.poll(() => asked.length).toBe(1);
  await page.waitForTimeout(200);
  expect(asked).toHaveLength(1);
  // b moves on to a YouTube video; a's choice is withdrawn from its control; then Bluesky answers.
  await b.evaluate((e) => e.setAttribute('src', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'));
  await a.getByRole('button', { name: 'Stop loading Bluesky' }).click();
  await expect(parts(a).button).toBeVisible();
  release();
  await page.waitForTimeout(300);
  await expect(parts(a).button).toBeVisible();
  await expect(parts(b).button).toHaveAccessibleName(/^Load video/);
  await expect(parts(a).message).toHaveCount(0);
  await expect(parts(b).message).toHaveCount(0);
  expect((await network.takeConsole()).filter((line) => line.startsWith('consent-embed'))).toEqual([]);
  expect(network.frames()).toEqual([]);
});
