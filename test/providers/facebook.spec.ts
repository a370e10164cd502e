import { describeProvider } from '../support/providers.js';

const plugin = (kind: 'post' | 'video', href: string) =>
  `https://www.facebook.com/plugins/${kind}.php?href=${encodeURIComponent(href)}&show_text=${kind === 'post'}&width=${kind === 'post' ? 500 : 560}`;
const POST = 'https://www.facebook.com/20531316728/posts/10154009990506729/';
const VIDEO = 'https://www.facebook.com/facebook/videos/10153231379946729/';
const PFBID = 'pfbid02kNeNz2DnNhAWLd9jT6o6hLi3xRv5iE5rbSKqr8tAvxwZbZBwsUFZc8YQyKPqYoZzl';
const VIDEO_BOX = { ratio: '16 / 9' };
const POST_BOX = { height: 600 };
const REEL_BOX = { ratio: '9 / 16' };
const REEL = 'https://www.facebook.com/reel/873906321076441/';
const reel = `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(REEL)}&show_text=false&width=267`;
const PHOTO = 'https://www.facebook.com/photo/?fbid=860812880211062';
const ALBUM_PHOTO = `${PHOTO}&set=a.328818400077182`;

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
    ['https://business.facebook.com/20531316728/posts/10154009990506729/?business_id=1', {}],
    ['https://mbasic.facebook.com/20531316728/posts/10154009990506729/', {}],
    [REEL, { src: reel, box: REEL_BOX }],
    ['https://www.facebook.com/reel/873906321076441', { src: reel, box: REEL_BOX }],
    ['https://m.facebook.com/reel/873906321076441/?s=yWDuG2&fs=e&mibextid=abc', { src: reel, box: REEL_BOX }],
    ['https://web.facebook.com/reel/873906321076441', { src: reel, box: REEL_BOX }],
    [
      'https://www.facebook.com/video.php?v=10153231379946729&fref=nf',
      { src: plugin('video', 'https://www.facebook.com/watch/?v=10153231379946729'), box: VIDEO_BOX },
    ],
    [`${PHOTO}&set=a.328818400077182&type=3`, { src: plugin('post', ALBUM_PHOTO) }],
    [`https://www.facebook.com/photo?fbid=860812880211062`, { src: plugin('post', PHOTO) }],
    ['https://www.facebook.com/photo.php?fbid=860812880211062&set=a.328818400077182&type=3&theater', { src: plugin('post', ALBUM_PHOTO) }],
    [
      'https://m.facebook.com/photo.php?fbid=860812880211062&set=pb.20531316728.-2207520000',
      { src: plugin('post', `${PHOTO}&set=pb.20531316728.-2207520000`) },
    ],
    // An album that is not one is left out: the photo is its fbid.
    ['https://www.facebook.com/photo.php?fbid=860812880211062&set=a.1%2F2', { src: plugin('post', PHOTO) }],
    ['https://www.facebook.com/facebook/photos/a.328818400077182/860812880211062/?type=3', { src: plugin('post', ALBUM_PHOTO) }],
    ['https://www.facebook.com/facebook/photos/860812880211062', { src: plugin('post', PHOTO) }],
    [
      'https://www.facebook.com/story.php?story_fbid=10154009990506729&id=20531316728',
      { src: plugin('post', 'https://www.facebook.com/permalink.php?story_fbid=10154009990506729&id=20531316728') },
    ],
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
    ['https://www.facebook.com/share/p/1AbCdEfGh/', null, 'short-link'],
    ['https://facebook.com/share/v/1AbCdEfGh/', null, 'short-link'],
    ['https://m.facebook.com/share/r/1AbCdEfGh/', null, 'short-link'],
    ['https://web.facebook.com/share/p/1AbCdEfGh/', null, 'short-link'],
    ['https://www.facebook.com/shared/p/1AbCdEfGh/', null, 'invalid-id'],
    ['https://www.facebook.com/facebook', null, 'invalid-id'],
    // fb.watch links say nothing of their video: only Facebook's redirect knows it.
    ['https://fb.watch/kXyZ12ab3c/', null, 'short-link'],
    ['https://www.fb.watch/kXyZ12ab3c', null, 'short-link'],
    ['https://www.facebook.com.evil.example/reel/873906321076441/', null, 'unknown-provider'],
    ['https://facebook.com.evil.example/photo.php?fbid=860812880211062', null, 'unknown-provider'],
    ['https://evilfacebook.com/reel/873906321076441/', null, 'unknown-provider'],
    ['https://developers.facebook.com/reel/873906321076441/', null, 'unknown-provider'],
    ['https://www.instagram.com/reel/873906321076441/', 'facebook', 'wrong-host'],
    ['https://www.facebook.com/reel/abc/', null, 'invalid-id'],
    ['https://www.facebook.com/reel/', null, 'invalid-id'],
    ['https://www.facebook.com/reel/873906321076441/extra', null, 'invalid-id'],
    ['https://www.facebook.com/reel/873906321076441%2F..%2F1', null, 'invalid-id'],
    [`https://www.facebook.com/reel/873906321076441'"`, null, 'invalid-id'],
    ['https://www.facebook.com/reel/123456789012345678901', null, 'invalid-id'],
    ['https://www.facebook.com/video.php?v=abc', null, 'invalid-id'],
    ['https://www.facebook.com/video.php', null, 'invalid-id'],
    ['https://www.facebook.com/video.php?fbid=10153231379946729', null, 'invalid-id'],
    ['https://www.facebook.com/photo.php?fbid=abc', null, 'invalid-id'],
    ['https://www.facebook.com/photo.php?fbid=8608%2F12880211062', null, 'invalid-id'],
    [`https://www.facebook.com/photo/?fbid=860812880211062"`, null, 'invalid-id'],
    ['https://www.facebook.com/photo.php?v=860812880211062', null, 'invalid-id'],
    ['https://www.facebook.com/photo/', null, 'invalid-id'],
    ['https://www.facebook.com/photos/?fbid=860812880211062', null, 'invalid-id'],
    ['https://www.facebook.com/facebook/photos/a.1%2F2/860812880211062/', null, 'invalid-id'],
    ['https://www.facebook.com/facebook/photos/a.328818400077182/abc/', null, 'invalid-id'],
    ['https://www.facebook.com/facebook/photos/a.328818400077182/860812880211062/extra/', null, 'invalid-id'],
    ['https://www.facebook.com/face%27book/photos/860812880211062/', null, 'invalid-id'],
    ['https://www.facebook.com/story.php?story_fbid=10154009990506729', null, 'invalid-id'],
    ['https://www.facebook.com/story.php?story_fbid=10154009990506729&id=abc', null, 'invalid-id'],
    ['https://www.facebook.com/permalink.php?story_fbid=1015400%2F9990506729&id=20531316728', null, 'invalid-id'],
    ['https://www.facebook.com/permalink.php?id=20531316728', null, 'invalid-id'],
  ],
});
