import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { allowedOptions } from './url-parts.js';

export interface FigmaTarget {
  /** `design`, `proto`, `board` (FigJam), `slides`, `deck`, `make`, or the older `file`. */
  readonly type: string;
  /** The file key. */
  readonly key: string;
  /** What to show first (`node-id`, a prototype's `starting-point-node-id`…), each checked, in the link's order. */
  readonly params: readonly (readonly [key: string, value: string])[];
}

const TYPES = new Set(['file', 'design', 'proto', 'board', 'slides', 'deck', 'make']);
// The key pattern of the URL test in Figma's Embed Kit documentation.
const KEY = /^[0-9A-Za-z]{22,128}$/;
/** `/TYPE/KEY`, then the file's name, which Figma ignores; a branch (`/KEY/branch/KEY2/…`) is not read. */
const PATH = /^\/([a-z]{1,16})\/([^/]+)(?:\/[^/]*)?\/?$/;
/** `1-2`, `1:2`, an instance's `I1:2;3:4`. */
const NODE = /^I?\d{1,12}[-:]\d{1,12}(?:;\d{1,12}[-:]\d{1,12}){0,20}$/;
const FLAG = /^(?:0|1|true|false)$/;
/** The query parameters of Figma's embed URLs that choose what is shown and how. */
const PARAMS: Readonly<Record<string, RegExp>> = {
  'node-id': NODE,
  'page-id': NODE,
  'starting-point-node-id': NODE,
  scaling: /^[a-z-]{1,20}$/,
  'content-scaling': /^[a-z-]{1,20}$/,
  'hide-ui': FLAG,
  'show-proto-sidebar': FLAG,
};
const EMBED = 'https://embed.figma.com';

/** A file or prototype link on www.figma.com, figma.com or embed.figma.com. */
function fileLink(url: URL): FigmaTarget | null {
  const [, type, key] = PATH.exec(url.pathname) ?? [];
  if (!type || !key || !TYPES.has(type) || !KEY.test(key)) return null;
  // Share links carry a tracking `t=`; that and options not read here are dropped, as is a bad value.
  return { type, key, params: allowedOptions(url.searchParams, PARAMS) };
}

/**
 * Figma designs, prototypes, FigJam boards and slides, through Figma's Embed Kit 2.0.
 *
 * @accepts `figma.com/design/KEY/…` (also `/file/`, `/proto/`, `/board/`, `/slides/`, `/deck/`, `/make/`), with `node-id`
 * and a prototype's starting point and scaling; the embed code's `embed.figma.com/…` and older `figma.com/embed?url=…`
 */
export const data: ProviderData = {
  id: 'figma',
  name: 'Figma',
  company: 'Figma',
  kind: 'design',
  brand: '#f24e1e',
  privacyPolicy: 'https://www.figma.com/privacy/',
  // Figma's embed code is 800 × 450.
  box: { ratio: '16 / 9' },
  hosts: ['www.figma.com', 'figma.com', 'embed.figma.com'],
  origins: [EMBED],
};

export function parse(url: URL): FigmaTarget | null {
  if (url.hostname === 'embed.figma.com' || url.pathname.replace(/\/$/, '') !== '/embed') return fileLink(url);
  // The older embed code wraps the file's link: read it as that link, on Figma's own hosts only.
  let inner: URL;
  try {
    inner = new URL(url.searchParams.get('url') ?? '');
  } catch {
    return null;
  }
  if (inner.protocol !== 'https:' || inner.port || inner.username || inner.password) return null;
  return inner.hostname === 'www.figma.com' || inner.hostname === 'figma.com' ? fileLink(inner) : null;
}

export function embed(target: FigmaTarget, { title }: EmbedContext): HTMLElement {
  // Figma's documented conversion: the link's path on embed.figma.com.
  const src = new URL(`/${target.type}/${encodeURIComponent(target.key)}`, EMBED);
  for (const [key, value] of target.params) src.searchParams.append(key, value);
  // Required by the Embed Kit; `share` is what Figma's own "Copy embed code" writes. A
  // client id is needed only for the Embed API's messages, which nothing here sends.
  src.searchParams.set('embed-host', 'share');
  return createFrame(data, {
    src,
    title,
    // Figma's embed code grants nothing but fullscreen.
    allow: '',
    // The Embed Kit learns the host from embed-host, not from a Referer.
    referrerPolicy: 'no-referrer',
    // The sandbox Outline gives every embed, Figma among them, less downloads;
    // forms for a file's password, storage access for files shared only with
    // signed-in viewers where third-party cookies are blocked.
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-storage-access-by-user-activation',
  });
}
