import { describeProvider } from '../support/providers.js';

const plugin = (kind: 'post' | 'video', href: string) =>
  `https://www.facebook.com/plugins/${kind}.php?href=${encodeURIComponent(href)}&show_text=${kind === 'post'}&width=${kind === 'post' ? 500 : 560}`;
const POST = 'https://www.facebook.com/20531316728/posts/10154009990506729/';
const VIDEO = 'https://www.facebook.com/facebook/videos/10153231379946729/';
const PFBID = 'pfbid02kNeNz2DnNhAWLd9jT6o6hLi3xRv5iE5rbSKqr8tAvxwZbZBwsUFZc8YQyKPqYoZzl';
const VIDEO_BOX = { ratio: '16 / 9' };
const POST_BOX = { height: 600 };

describeProvider('facebook', {
  defaults: {
    tag: 'iframe',
    src: plugin('post', POST),
    allow: 'autoplay; clipboard-write; encrypted-media; picture-in-picture',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'facebook', name: 'Facebook', company: 'Meta', kind: 'post', origins: ['https://www.facebook.com'] },
    box: POST_BOX,
  },
  valid: [
    [POST, {}],
    ['https://www.facebook.com/20531316728/posts/10154009990506729', {}],
    ['https://facebook.com/20531316728/posts/10154009990506729/?mibextid=WC7FNe', {}],
    ['https://m.facebook.com/20531316728/posts/10154009990506729/', {}],
    ['https://web.facebook.com/20531316728/posts/10154009990506729/?_rdc=1&_rdr', {}],
    ['https://WWW.FACEBOOK.COM/20531316728/posts/10154009990506729/', {}],
    [
      `https://www.facebook.com/zuck/posts/${PFBID}?rdid=abc`,
      { src: plugin('post', `https://www.facebook.com/zuck/posts/${PFBID}/`) },
    ],
    [
      'https://www.facebook.com/permalink.php?story_fbid=10154009990506729&id=20531316728&ref=embed_post',
      { src: plugin('post', 'https://www.facebook.com/permalink.php?story_fbid=10154009990506729&id=20531316728') },
    ],
    [
      `https://m.facebook.com/story.php?story_fbid=${PFBID}&id=20531316728`,
      { src: plugin('post', `https://www.facebook.com/permalink.php?story_fbid=${PFBID}&id=20531316728`) },
    ],
    [VIDEO, { src: plugin('video', VIDEO), box: VIDEO_BOX }],
    ['https://www.facebook.com/facebook/videos/10153231379946729', { src: plugin('video', VIDEO), box: VIDEO_BOX }],
    ['https://www.facebook.com/facebook/videos/how-to-share/10153231379946729/', { src: plugin('video', VIDEO), box: VIDEO_BOX }],
    ['https://www.facebook.com/facebook/videos/vb.20531316728/10153231379946729/?type=3', { src: plugin('video', VIDEO), box: VIDEO_BOX }],
    [
      'https://www.facebook.com/watch/?v=10153231379946729',
      { src: plugin('video', 'https://www.facebook.com/watch/?v=10153231379946729'), box: VIDEO_BOX },
    ],
    [
      'https://www.facebook.com/watch?v=10153231379946729&ref=sharing',
      { src: plugin('video', 'https://www.facebook.com/watch/?v=10153231379946729'), box: VIDEO_BOX },
    ],
    ['https://fb.watch/kXyZ12ab3c/', { src: plugin('video', 'https://fb.watch/kXyZ12ab3c/'), box: VIDEO_BOX }],
    ['https://fb.watch/kXyZ12ab3c', { src: plugin('video', 'https://fb.watch/kXyZ12ab3c/'), box: VIDEO_BOX }],
    [POST, 'facebook', {}],
  ],
  invalid: [
    [`http://www.facebook.com/20531316728/posts/10154009990506729/`, null, 'invalid-src'],
    ['https://a:b@www.facebook.com/20531316728/posts/10154009990506729/', null, 'invalid-src'],
    ['https://www.facebook.com:8080/20531316728/posts/10154009990506729/', null, 'invalid-src'],
    ['https://www.facebook.com.evil.example/20531316728/posts/10154009990506729/', null, 'unknown-provider'],
    ['https://fb.watch.evil.example/kXyZ12ab3c/', null, 'unknown-provider'],
    ['https://www.instagram.com/20531316728/posts/10154009990506729/', 'facebook', 'wrong-host'],
    ['https://www.facebook.com/20531316728/posts/abc/', null, 'invalid-id'],
    ['https://www.facebook.com/20531316728/posts/123456789012345678901/', null, 'invalid-id'],
    ['https://www.facebook.com/20531316728/posts/pfbid0short/', null, 'invalid-id'],
    ['https://www.facebook.com/2053%2F1316728/posts/10154009990506729/', null, 'invalid-id'],
    ['https://www.facebook.com/20531316728/posts/..%2F10154009990506729/', null, 'invalid-id'],
    ['https://www.facebook.com/20531316728/posts/10154009990506729/extra/', null, 'invalid-id'],
    ['https://www.facebook.com/a/b/posts/10154009990506729/', null, 'invalid-id'],
    ['https://www.facebook.com/permalink.php?story_fbid=abc&id=20531316728', null, 'invalid-id'],
    ['https://www.facebook.com/permalink.php?story_fbid=10154009990506729', null, 'invalid-id'],
    ['https://www.facebook.com/watch/?v=abc', null, 'invalid-id'],
    ['https://www.facebook.com/watch/', null, 'invalid-id'],
    ['https://www.facebook.com/facebook/videos/abc/', null, 'invalid-id'],
    ['https://www.facebook.com/share/p/1AbCdEfGh/', null, 'invalid-id'],
    ['https://www.facebook.com/facebook', null, 'invalid-id'],
    ['https://fb.watch/a/', null, 'invalid-id'],
    ['https://fb.watch/kXyZ12ab3c/extra/', null, 'invalid-id'],
  ],
});
