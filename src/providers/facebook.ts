import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface FacebookTarget {
  /** Which of Facebook's plugins shows it. */
  readonly plugin: 'post' | 'video';
  /** The canonical address of the post or video, rebuilt from its validated parts. */
  readonly href: string;
}

const FACEBOOK = 'https://www.facebook.com';
const USER = /^[A-Za-z0-9.]{1,80}$/;
/** A numeric id, or the opaque `pfbid…` ids Facebook gives posts since 2022. */
const POST_ID = /^(?:\d{1,20}|pfbid[0-9A-Za-z]{20,80})$/;
const NUMBER = /^\d{1,20}$/;
/** A photo's album or post in `set=`: `a.123`, `pcb.123`, `pb.123.-2207520000`. */
const SET = /^[a-z]{1,5}\.[\d.-]{1,40}$/;
/** `/user/posts/ID/` */
const POST = /^\/([^/]+)\/posts\/([^/]+)\/?$/;
/** `/user/videos/ID/`, `/user/videos/title-or-vb.123/ID/` */
const VIDEO = /^\/([^/]+)\/videos\/(?:[A-Za-z0-9.-]{1,200}\/)?([^/]+)\/?$/;
/** `/reel/ID/` */
const REEL = /^\/reel\/([^/]+)\/?$/;
/** `/user/photos/ID/`, `/user/photos/a.123/ID/` */
const PHOTOS = /^\/([^/]+)\/photos\/(?:([^/]+)\/)?([^/]+)\/?$/;

function post(href: string): FacebookTarget {
  return { plugin: 'post', href };
}

function video(href: string): FacebookTarget {
  return { plugin: 'video', href };
}

/** The form Facebook's code generator writes for a photo: `/photo/?fbid=ID&set=…`, its album kept when it is well formed. */
function photo(fbid: string, set: string | null | undefined): FacebookTarget | null {
  if (!NUMBER.test(fbid)) return null;
  const href = new URL('/photo/', FACEBOOK);
  href.searchParams.set('fbid', fbid);
  if (set && SET.test(set)) href.searchParams.set('set', set);
  return post(href.href);
}

function target(url: URL): FacebookTarget | null {
  const { pathname, searchParams } = url;
  if (pathname === '/permalink.php' || pathname === '/story.php') {
    const story = searchParams.get('story_fbid') ?? '';
    const id = searchParams.get('id') ?? '';
    if (!POST_ID.test(story) || !NUMBER.test(id)) return null;
    const href = new URL('/permalink.php', FACEBOOK);
    href.searchParams.set('story_fbid', story);
    href.searchParams.set('id', id);
    return post(href.href);
  }
  // video.php is the old address of the same ids as watch.
  if (pathname === '/watch' || pathname === '/watch/' || pathname === '/video.php') {
    const v = searchParams.get('v') ?? '';
    return NUMBER.test(v) ? video(`${FACEBOOK}/watch/?v=${v}`) : null;
  }
  if (pathname === '/photo.php' || pathname === '/photo' || pathname === '/photo/') {
    return photo(searchParams.get('fbid') ?? '', searchParams.get('set'));
  }
  // A reel is a video: Facebook's own embed code for one is the video plugin with this href (and 267 × 476).
  const reel = REEL.exec(pathname)?.[1] ?? '';
  if (NUMBER.test(reel)) return video(`${FACEBOOK}/reel/${reel}/`);
  const [, user = '', id = ''] = POST.exec(pathname) ?? [];
  if (USER.test(user) && POST_ID.test(id)) return post(`${FACEBOOK}/${user}/posts/${id}/`);
  const [, owner = '', videoId = ''] = VIDEO.exec(pathname) ?? [];
  if (USER.test(owner) && NUMBER.test(videoId)) return video(`${FACEBOOK}/${owner}/videos/${videoId}/`);
  const [, photosOwner = '', set, fbid = ''] = PHOTOS.exec(pathname) ?? [];
  // An album piece that is not well formed is refused, not dropped: the path is not one Facebook writes.
  return USER.test(photosOwner) && (set === undefined || SET.test(set)) ? photo(fbid, set) : null;
}

/**
 * Facebook posts, photos, videos and reels, in Facebook's post and video plugins, from a rebuilt address.
 *
 * @accepts `facebook.com/user/posts/ID` (also `pfbid…`), `/permalink.php` or `/story.php?story_fbid=ID&id=ID`,
 * `/photo/?fbid=ID`, `/photo.php?fbid=ID`, `/user/photos/a.ID/ID`, `/user/videos/ID`, `/watch/?v=ID`, `/video.php?v=ID`,
 * `/reel/ID` (vertical); also on `m.`, `web.`, `mbasic.` and `business.facebook.com`; `fb.watch` and
 * `/share/` links are explained, not followed
 */
export const data: ProviderData = {
  id: 'facebook',
  name: 'Facebook',
  company: 'Meta',
  kind: 'post',
  brand: '#0866ff',
  privacyPolicy: 'https://www.facebook.com/privacy/policy/',
  // Videos are 16:9 in
  // Facebook's code generator (560 × 314); posts get a height of their own.
  box: { ratio: '16 / 9' },
  // `fbid=` is in every permalink.php, story.php and photo link. Reels are
  // 9:16 in Facebook's code generator (267 × 476).
  boxes: { '/posts/': { height: 600 }, 'fbid=': { height: 600 }, '/photos/': { height: 600 }, '/reel/': { ratio: '9 / 16' } },
  hosts: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com', 'mbasic.facebook.com', 'business.facebook.com', 'fb.watch', 'www.fb.watch'],
  // fb.watch links say nothing of the video they lead to: only Facebook's redirect knows it.
  short: ['fb.watch/', 'www.fb.watch/', 'www.facebook.com/share/', 'facebook.com/share/', 'm.facebook.com/share/', 'web.facebook.com/share/', 'mbasic.facebook.com/share/', 'business.facebook.com/share/'],
  origins: [FACEBOOK],
};

export function parse(url: URL): FacebookTarget | null {
  return target(url);
}

export function embed(target: FacebookTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL(`/plugins/${target.plugin}.php`, FACEBOOK);
  // Never the address as written: only the one rebuilt in parse from checked parts.
  src.searchParams.set('href', target.href);
  // What Facebook's code generator writes: text beside posts, none under videos.
  src.searchParams.set('show_text', String(target.plugin === 'post'));
  src.searchParams.set('width', target.plugin === 'post' ? '500' : target.href.includes('/reel/') ? '267' : '560');
  if (autoplay && target.plugin === 'video') src.searchParams.set('autoplay', 'true');
  return createFrame(data, {
    src,
    title,
    // Facebook's code generator lists these, and web-share, which browsers without it warn
    // about on every load; the player's share menu works without it.
    allow: 'autoplay; clipboard-write; encrypted-media; picture-in-picture',
    referrerPolicy: 'no-referrer',
    // No sandbox: there is no evidence that the plugins work in one.
  });
}
