import { expect, test } from '@playwright/test';
import { resolve } from '../../src/providers/registry.js';
import { youtube, type YouTubeTarget } from '../../src/providers/youtube.js';

const ID = 'dQw4w9WgXcQ';

// Every form a visitor copies, and what it must mean.
const valid: [string, YouTubeTarget][] = [
  [`https://www.youtube.com/watch?v=${ID}`, { id: ID }],
  [`https://youtube.com/watch?v=${ID}`, { id: ID }],
  [`https://m.youtube.com/watch?v=${ID}&feature=share`, { id: ID }],
  [`https://www.youtube.com/watch?feature=youtu.be&v=${ID}&list=PL123`, { id: ID }],
  [`https://www.youtube.com/watch?v=${ID}&t=90`, { id: ID, start: 90 }],
  [`https://www.youtube.com/watch?v=${ID}&t=90s`, { id: ID, start: 90 }],
  [`https://www.youtube.com/watch?v=${ID}&t=1m30s`, { id: ID, start: 90 }],
  [`https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, { id: ID, start: 3723 }],
  [`https://www.youtube.com/watch?v=${ID}#t=45`, { id: ID, start: 45 }],
  [`https://youtu.be/${ID}`, { id: ID }],
  [`https://youtu.be/${ID}?si=AbCdEf123`, { id: ID }],
  [`https://youtu.be/${ID}?t=42`, { id: ID, start: 42 }],
  [`https://www.youtube.com/shorts/${ID}`, { id: ID }],
  [`https://youtube.com/shorts/${ID}/`, { id: ID }],
  [`https://www.youtube.com/live/${ID}?t=10`, { id: ID, start: 10 }],
  [`https://www.youtube.com/embed/${ID}`, { id: ID }],
  [`https://www.youtube.com/embed/${ID}?start=75&autoplay=1`, { id: ID, start: 75 }],
  [`https://www.youtube-nocookie.com/embed/${ID}`, { id: ID }],
  [`https://youtube-nocookie.com/embed/${ID}?start=5`, { id: ID, start: 5 }],
  [`https://WWW.YOUTUBE.COM/watch?v=${ID}`, { id: ID }],
  [`https://www.youtube.com/watch?v=${ID}&t=nonsense`, { id: ID }],
  [`https://www.youtube.com/watch?v=${ID}&t=0`, { id: ID }],
];

// Bad input, and the warning code each must get.
const invalid: [string | null, string | null, string][] = [
  [null, null, 'invalid-src'],
  ['', null, 'invalid-src'],
  ['not a url', null, 'invalid-src'],
  [`//www.youtube.com/watch?v=${ID}`, null, 'invalid-src'],
  [`http://www.youtube.com/watch?v=${ID}`, null, 'invalid-src'],
  ['javascript:alert(1)', null, 'invalid-src'],
  ['data:text/html,<script>alert(1)</script>', null, 'invalid-src'],
  [`https://evil.example/watch?v=${ID}`, null, 'unknown-provider'],
  [`https://www.youtube.com.evil.example/watch?v=${ID}`, null, 'unknown-provider'],
  [`https://evil.example/watch?v=${ID}`, 'youtube', 'invalid-src'],
  [`https://www.youtube.com/watch?v=${ID}`, 'tiktok', 'unknown-provider'],
  [`https://www.youtube.com/watch?v=${ID}`, '__proto__', 'unknown-provider'],
  [`https://www.youtube.com/watch?v=${ID}x`, null, 'invalid-id'],
  ['https://www.youtube.com/watch?v=dQw4w9WgXc', null, 'invalid-id'],
  ['https://www.youtube.com/watch?v=dQw4w9WgXc%22', null, 'invalid-id'],
  ['https://www.youtube.com/watch?v=dQw4w9WgX%3Cb', null, 'invalid-id'],
  ['https://www.youtube.com/watch?v=../../../x', null, 'invalid-id'],
  ['https://www.youtube.com/watch', null, 'invalid-id'],
  [`https://www.youtube.com/embed/${ID}/extra`, null, 'invalid-id'],
  [`https://www.youtube.com/embed/..%2F${ID}`, null, 'invalid-id'],
  [`https://www.youtube.com/channel/${ID}`, null, 'invalid-id'],
  [`https://youtu.be/`, null, 'invalid-id'],
  [`https://user:pass@www.youtube.com/watch?v=${ID}`, null, 'invalid-src'],
  [`https://www.youtube.com:8443/watch?v=${ID}`, null, 'invalid-src'],
  ['https://www.youtube.com/watch?v=ďQw4w9WgXcQ', null, 'invalid-id'],
];

test.describe('YouTube URL parsing', () => {
  for (const [src, target] of valid) {
    test(`reads ${src}`, () => {
      const resolution = resolve(src);
      expect(resolution.ok && resolution.provider.id).toBe('youtube');
      expect(resolution.ok && resolution.target).toEqual(target);
    });
  }

  for (const [src, forced, code] of invalid) {
    test(`rejects ${JSON.stringify(src)}${forced ? ` as ${forced}` : ''} with ${code}`, () => {
      const resolution = resolve(src, forced);
      expect(resolution.ok).toBe(false);
      expect(!resolution.ok && resolution.code).toBe(code);
    });
  }

  test('accepts a forced provider on its own host', () => {
    const resolution = resolve(`https://youtu.be/${ID}`, 'youtube');
    expect(resolution.ok && resolution.target).toEqual({ id: ID });
  });

  test('knows every host it parses and contacts only the nocookie origin', () => {
    expect(youtube.origins).toEqual(['https://www.youtube-nocookie.com']);
    for (const host of youtube.hosts) {
      const path = host === 'youtu.be' ? ID : `embed/${ID}`;
      expect(resolve(`https://${host}/${path}`).ok, host).toBe(true);
    }
  });
});
