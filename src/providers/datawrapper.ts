import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface DatawrapperTarget {
  /** The chart's id: five letters and digits today. */
  readonly id: string;
  /** The published version the link named; without it, the latest. */
  readonly version?: string;
  readonly dark?: 'true' | 'false' | 'auto';
}

/** `datawrapper.dwcdn.net/ID/` and `/ID/VERSION/`. */
const PUBLISHED = /^\/([A-Za-z0-9]{5,10})(?:\/(\d{1,4}))?\/?$/;
/** `www.datawrapper.de/_/ID/`, the share link of Datawrapper's publish step. */
const SHARED = /^\/_\/([A-Za-z0-9]{5,10})\/?$/;
const DARK = ['true', 'false', 'auto'] as const;
const CDN = 'https://datawrapper.dwcdn.net';

/** Reads `{"datawrapper-height": {"ID": 420}}`, posted as an object, for this chart's own id. */
function heightOf(id: string): (message: unknown) => number | undefined {
  return (message) => {
    const height = (message as { 'datawrapper-height'?: Record<string, unknown> } | null)?.['datawrapper-height']?.[id];
    return typeof height === 'number' ? height : undefined;
  };
}

/**
 * Datawrapper charts, maps and tables.
 *
 * @accepts `datawrapper.dwcdn.net/ID/VERSION/` (also without the version), `datawrapper.de/_/ID/`; `dark`
 */
export const data: ProviderData = {
  id: 'datawrapper',
  name: 'Datawrapper',
  company: 'Datawrapper',
  kind: 'chart',
  privacyPolicy: 'https://www.datawrapper.de/privacy',
  // Datawrapper's embed code starts every frame at 500 px until it reports its height.
  box: { height: 500 },
  hosts: ['datawrapper.dwcdn.net', 'www.datawrapper.de', 'datawrapper.de'],
  origins: [CDN],
};

export function parse(url: URL): DatawrapperTarget | null {
  const [, id, version] = (url.hostname === 'datawrapper.dwcdn.net' ? PUBLISHED : SHARED).exec(url.pathname) ?? [];
  if (!id) return null;
  // Dark mode: on, off, or `auto`, following the reader's system.
  const dark = DARK.find((d) => d === url.searchParams.get('dark'));
  return { id, ...(version ? { version } : {}), ...(dark ? { dark } : {}) };
}

export function embed(target: DatawrapperTarget, { title }: EmbedContext): HTMLElement {
  // The id is letters and digits and the version digits: nothing to escape.
  const src = new URL(`/${target.id}/${target.version ? `${target.version}/` : ''}`, CDN);
  if (target.dark) src.searchParams.set('dark', target.dark);
  return createFrame(data, {
    src,
    title,
    // Datawrapper's embed code delegates no permission.
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: nothing shows Datawrapper's charts working in one.
    // The frame reports its height unprompted, every second while it changes
    // (datawrapper/chart-core's postMessage, read by its embed code's listener).
    resize: { height: heightOf(target.id) },
  });
}
