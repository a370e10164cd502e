import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { allowedOptions } from './url-parts.js';

export interface MiroTarget {
  /** The board id: `uXjV…=` today, `o9J_…=` on older boards. */
  readonly board: string;
  /** Where the board opens (`moveToViewport`, `moveToWidget`) and how (`embedMode`), each checked. */
  readonly params: readonly (readonly [key: string, value: string])[];
}

// Miro does not document its id rules; every board id seen is eleven base64url characters and a `=`.
const BOARD = /^[A-Za-z0-9_-]{8,32}={0,2}$/;
/** `/app/board/ID/` (the board), `/app/live-embed/ID/` (its embed code), `/app/embed/ID/` (older embed code). */
const PATH = /^\/app\/(?:board|live-embed|embed)\/([^/]+)\/?$/;
/** The live embed's parameters that choose what is shown, from Miro's "Live Embed with a direct link". */
const PARAMS: Readonly<Record<string, RegExp>> = {
  // x, y, width, height on the board.
  moveToViewport: /^-?\d{1,9}(?:,-?\d{1,9}){3}$/,
  moveToWidget: /^\d{1,25}$/,
  embedMode: /^(?:view_only|view_only_without_ui)$/,
};
const MIRO = 'https://miro.com';

/**
 * Miro boards, live.
 *
 * @accepts `miro.com/app/board/ID=/` (also its `moveToWidget`), the embed code's `miro.com/app/live-embed/ID=/`
 * (with `moveToViewport`, `embedMode`) and older `miro.com/app/embed/ID=/`
 */
export const data: ProviderData = {
  id: 'miro',
  name: 'Miro',
  company: 'Miro',
  kind: 'design',
  brand: '#050038',
  privacyPolicy: 'https://miro.com/legal/privacy-policy/',
  // Miro's embed code is 768 × 432.
  box: { ratio: '16 / 9' },
  hosts: ['miro.com'],
  origins: [MIRO],
};

export function parse(url: URL): MiroTarget | null {
  const board = PATH.exec(url.pathname)?.[1];
  if (!board || !BOARD.test(board)) return null;
  // A share link's `share_link_id`, the embed code's `embedId` and bad values are dropped; the board stays.
  return { board, params: allowedOptions(url.searchParams, PARAMS) };
}

export function embed(target: MiroTarget, { title, autoplay }: EmbedContext): HTMLElement {
  // The id was checked (letters, digits, `-`, `_`, a final `=`) and goes in as
  // Miro's own links write it, `=` unescaped, with their trailing slash.
  const src = new URL(`/app/live-embed/${target.board}/`, MIRO);
  for (const [key, value] of target.params) src.searchParams.append(key, value);
  // Without it Miro shows its own preloader, a second button to press: one click should show the board.
  if (autoplay) src.searchParams.set('autoplay', 'true');
  return createFrame(data, {
    src,
    title,
    // The direct-link embed in Miro's documentation grants only fullscreen; the
    // clipboard reading and writing its share dialog adds serve editing, not viewing.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox Outline gives every embed, Miro boards among them, less
    // downloads; storage access for boards shared only with signed-in viewers
    // where third-party cookies are blocked.
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-storage-access-by-user-activation',
  });
}
