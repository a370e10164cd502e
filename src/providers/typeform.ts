import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface TypeformTarget {
  /** The form's id, the same on every account subdomain. */
  readonly id: string;
}

// Typeform does not document its id rules: the ids seen are 6 to 8 letters and digits, this takes a little more.
const ID = /^[A-Za-z0-9_-]{4,64}$/;
/** `ACCOUNT.typeform.com` or `form.typeform.com`: one name under typeform.com, no deeper. */
const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.typeform\.com$/;
const PATH = /^\/to\/([^/]+)\/?$/;
// The host Typeform's embed SDK loads every form from (its DEFAULT_DOMAIN).
const FORM = 'https://form.typeform.com';

/**
 * Typeform forms, without Typeform's tracking.
 *
 * @accepts `form.typeform.com/to/ID`, `ACCOUNT.typeform.com/to/ID`
 */
export const data: ProviderData = {
  id: 'typeform',
  name: 'Typeform',
  company: 'Typeform',
  kind: 'form',
  brand: '#262627',
  privacyPolicy: 'https://www.typeform.com/privacy-policy/',
  // Typeform's embed snippet is 400px high; it shows one question at a time.
  box: { height: 400 },
  hosts: ['*.typeform.com'],
  origins: [FORM],
};

export function parse(url: URL): TypeformTarget | null {
  if (!HOST.test(url.hostname)) return null;
  const id = PATH.exec(url.pathname)?.[1];
  return id && ID.test(id) ? { id } : null;
}

export function embed(target: TypeformTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`/to/${encodeURIComponent(target.id)}`, FORM);
  // The embed SDK's disableTracking option: the form sends no analytics of the visit.
  src.searchParams.set('disable-tracking', 'true');
  return createFrame(data, {
    src,
    title,
    // What Typeform's embed SDK grants every form: its video and voice answers
    // record in the frame, and the browser still asks the visitor first.
    allow: 'microphone; camera',
    referrerPolicy: 'no-referrer',
    // The sandbox Outline gives every embed, Typeform among them, less downloads.
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
  });
}
