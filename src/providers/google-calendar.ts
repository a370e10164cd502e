import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export type GoogleCalendarTarget =
  /** A calendar view: its options, each checked, in the link's order (`src` once per calendar, each with its `color`). */
  | { readonly params: readonly (readonly [key: string, value: string])[] }
  /** An appointment schedule's booking page. */
  | { readonly schedule: string };

/** `someone@gmail.com`, `c_…@group.calendar.google.com`, `en.usa#holiday@group.v.calendar.google.com`. */
const CALENDAR = /^[\w.%+#-]{1,200}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}$/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;
const FLAG = /^[01]$/;
/** Every option of the calendar's "Customize" embed generator, and what each may be. */
const PARAMS: Readonly<Record<string, RegExp>> = {
  color: COLOR,
  bgcolor: COLOR,
  ctz: /^[A-Za-z]{1,20}(?:\/[A-Za-z0-9_+-]{1,30}){0,2}$/,
  mode: /^(?:WEEK|MONTH|AGENDA)$/,
  wkst: /^[1-7]$/,
  hl: /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/,
  height: /^\d{2,4}$/,
  title: /^[^\p{Cc}\p{Cf}]{1,100}$/u,
  showTitle: FLAG,
  showNav: FLAG,
  showDate: FLAG,
  showPrint: FLAG,
  showTabs: FLAG,
  showCalendars: FLAG,
  showTz: FLAG,
};
/** The shareable link (`/calendar/u/0?cid=…`, `/calendar/r?cid=…`), on which the calendar is the `cid`. */
const SHARED = /^\/calendar(?:\/u\/\d{1,2})?(?:\/r|\/render)?\/?$/;
const SCHEDULE = /^\/calendar(?:\/u\/\d{1,2})?\/appointments\/schedules\/([A-Za-z0-9_-]{20,200})\/?$/;
const CALENDAR_HOST = 'https://calendar.google.com';

/**
 * A calendar id, as Google writes it: plain, or (in newer embed code and in
 * shareable links) base64 without its padding. Kept as written, once it reads as one.
 */
function calendarId(value: string | null): string | null {
  if (!value) return null;
  if (CALENDAR.test(value)) return value;
  if (!/^[A-Za-z0-9+/_-]{4,400}={0,2}$/.test(value)) return null;
  try {
    return CALENDAR.test(atob(value.replaceAll('-', '+').replaceAll('_', '/').replace(/=+$/, ''))) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Google Calendar: public calendars and appointment booking pages.
 *
 * @accepts `calendar.google.com/calendar/embed?src=ID` (the embed code, with its options), the shareable link
 * `calendar.google.com/calendar/u/0?cid=ID`, booking pages `calendar.google.com/calendar/appointments/schedules/ID`;
 * `calendar.app.google` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'google-calendar',
  name: 'Google Calendar',
  company: 'Google',
  kind: 'calendar',
  brand: '#4285f4',
  privacyPolicy: 'https://policies.google.com/privacy',
  // The height of Google's embed code, for calendars and booking pages alike.
  box: { height: 600 },
  // www.google.com/calendar/embed, the older host, is Google Maps' host: those links are not read here.
  hosts: ['calendar.google.com', 'calendar.app.google'],
  short: ['calendar.app.google/'],
  origins: [CALENDAR_HOST],
};

export function parse(url: URL): GoogleCalendarTarget | null {
  const { pathname, searchParams: query } = url;
  const schedule = SCHEDULE.exec(pathname)?.[1];
  if (schedule) return { schedule };
  if (SHARED.test(pathname)) {
    const id = calendarId(query.get('cid'));
    return id ? { params: [['src', id]] } : null;
  }
  if (!/^\/calendar(?:\/u\/\d{1,2})?\/embed\/?$/.test(pathname)) return null;
  // Not url-parts' allowedOptions, which keeps one of each: a view repeats `src`, and `color` after each, in step.
  const params: [string, string][] = [];
  for (const [key, value] of query) {
    if (key === 'src') {
      // A calendar that is not one is refused, not dropped: the view would show another set.
      const id = calendarId(value);
      if (!id) return null;
      params.push([key, id]);
      continue;
    }
    const pattern = Object.hasOwn(PARAMS, key) ? PARAMS[key] : undefined;
    // Options the generator does not write are dropped; a bad value is dropped too, the calendar stays.
    if (pattern?.test(value) && params.length < 60) params.push([key, value]);
  }
  return params.some(([key]) => key === 'src') ? { params } : null;
}

export function embed(target: GoogleCalendarTarget, { title }: EmbedContext): HTMLElement {
  let src: URL;
  if ('schedule' in target) {
    src = new URL(`/calendar/appointments/schedules/${encodeURIComponent(target.schedule)}`, CALENDAR_HOST);
    // What Google's booking page embed code adds: the page without Google's header.
    src.searchParams.set('gv', 'true');
  } else {
    src = new URL('/calendar/embed', CALENDAR_HOST);
    for (const [key, value] of target.params) src.searchParams.append(key, value);
  }
  return createFrame(data, {
    src,
    title,
    // Google's embed code grants nothing.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox Outline gives every embed, Google Calendar among them, less
    // downloads: popups for an event's details, forms for booking.
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
  });
}
