import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface CalendlyTarget {
  /** The scheduling page's owner: a user or a team. */
  readonly user: string;
  /** One event type of theirs, when the link named one. */
  readonly event?: string;
  /** The month shown first, `YYYY-MM`. */
  readonly month?: string;
  /** The day selected, `YYYY-MM-DD`. */
  readonly date?: string;
}

// Calendly does not document its slug rules; the links it issues use these.
const SLUG = /^[A-Za-z0-9_-]{1,64}$/;
const PATH = /^\/([^/]+)(?:\/([^/]+))?\/?$/;
/** First path pieces that are Calendly's own pages, not someone's scheduling page. */
const RESERVED = new Set(['app', 'api', 'assets', 'blog', 'd', 'event_types', 'integrations', 'legal', 'login', 'pages', 'pricing', 'resources', 'signup']);
const MONTH = /^(20\d\d)-(0[1-9]|1[0-2])$/;
const DATE = /^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PX = /^(\d{1,5}(?:\.\d{1,3})?)(?:px)?$/;
const CALENDLY = 'https://calendly.com';

/** A real calendar day: `2025-02-30` is not one. */
function validDate(value: string | null): string | undefined {
  const [, y, m, d] = (value && DATE.exec(value)) || [];
  if (!y || !m || !d) return undefined;
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return day.getUTCDate() === Number(d) ? value! : undefined;
}

/**
 * Calendly booking pages, inline.
 *
 * @accepts `calendly.com/user`, `calendly.com/user/event`; `month=2026-12`, `date=2026-12-01`
 */
export const data: ProviderData = {
  id: 'calendly',
  name: 'Calendly',
  company: 'Calendly',
  kind: 'calendar',
  brand: '#006bff',
  privacyPolicy: 'https://calendly.com/legal/privacy-notice',
  // Calendly's inline embed code reserves 700px.
  box: { height: 700 },
  hosts: ['calendly.com', 'www.calendly.com'],
  origins: [CALENDLY],
};

export function parse(url: URL): CalendlyTarget | null {
  const [, user, event] = PATH.exec(url.pathname) ?? [];
  if (!user || !SLUG.test(user) || RESERVED.has(user.toLowerCase())) return null;
  if (event !== undefined && !SLUG.test(event)) return null;
  const month = url.searchParams.get('month') ?? undefined;
  const date = validDate(url.searchParams.get('date'));
  return {
    user,
    ...(event ? { event } : {}),
    ...(month && MONTH.test(month) ? { month } : {}),
    ...(date ? { date } : {}),
  };
}

export function embed(target: CalendlyTarget, { title, host }: EmbedContext): HTMLElement {
  const path = `/${encodeURIComponent(target.user)}${target.event ? `/${encodeURIComponent(target.event)}` : ''}`;
  const src = new URL(path, CALENDLY);
  // What Calendly's widget.js adds for an inline embed; Calendly posts its
  // events (and the page height) to the parent only when embed_domain is set.
  src.searchParams.set('embed_domain', host);
  src.searchParams.set('embed_type', 'Inline');
  if (target.month) src.searchParams.set('month', target.month);
  if (target.date) src.searchParams.set('date', target.date);
  return createFrame(data, {
    src,
    title,
    // Booking needs no device or payment feature in the frame.
    allow: '',
    // Calendly learns the page from embed_domain, not from a Referer.
    referrerPolicy: 'no-referrer',
    // No sandbox: Calendly documents none, and its booking flow opens
    // popups and may navigate to the host's own confirmation page.
    resize: {
      // Calendly's "calendly.page_height" event (documented in its Embed
      // Parent Window Events), payload `{ height: "1200px" }`.
      height: (data) => {
        const message = data as { event?: unknown; payload?: { height?: unknown } | null } | null;
        if (message?.event !== 'calendly.page_height') return undefined;
        const height = message.payload?.height;
        if (typeof height === 'number') return Number.isFinite(height) ? height : undefined;
        const px = typeof height === 'string' ? PX.exec(height)?.[1] : undefined;
        return px === undefined ? undefined : Number(px);
      },
    },
  });
}
