import { describeProvider } from '../support/providers.js';

const HOLIDAYS = 'en.usa#holiday@group.v.calendar.google.com';
// The same id as Google's newer embed code and its shareable links write it: base64, without padding.
const HOLIDAYS_64 = 'ZW4udXNhI2hvbGlkYXlAZ3JvdXAudi5jYWxlbmRhci5nb29nbGUuY29t';
const GROUP = 'abc123def456@group.calendar.google.com';
const EMBED = 'https://calendar.google.com/calendar/embed';
const SCHEDULE = 'AcZssZ3ac_7Ku3yV56Gh2JeuFEwXxK6PcJiHnI_QXnFY5UkGFkTiKMyyZigiXLx0IVes1dBDLVD92-NZ';

describeProvider('google-calendar', {
  defaults: {
    tag: 'iframe',
    src: `${EMBED}?src=abc123def456%40group.calendar.google.com&ctz=Europe%2FBerlin`,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'google-calendar',
      name: 'Google Calendar',
      company: 'Google',
      kind: 'calendar',
      privacyPolicy: 'https://policies.google.com/privacy',
      origins: ['https://calendar.google.com'],
    },
    box: { height: 600 },
  },
  valid: [
    // The "Integrate calendar" embed code and public URL.
    [`${EMBED}?src=${encodeURIComponent(GROUP)}&ctz=Europe%2FBerlin`, {}],
    [`${EMBED}?src=${GROUP}&ctz=Europe/Berlin`, {}],
    [`https://CALENDAR.GOOGLE.COM/calendar/embed/?src=${encodeURIComponent(GROUP)}&ctz=Europe%2FBerlin`, {}],
    [`https://calendar.google.com/calendar/u/0/embed?src=${encodeURIComponent(GROUP)}&ctz=Europe%2FBerlin`, {}],
    [`${EMBED}?src=${encodeURIComponent(GROUP)}&ctz=Europe%2FBerlin`, 'google-calendar', {}],
    // The "Customize" generator: several calendars, each with its colour, and the view's options in order; unknown
    // options and bad values are dropped.
    [
      `${EMBED}?height=600&wkst=2&bgcolor=%23ffffff&ctz=America%2FDetroit&mode=AGENDA&showTitle=0&showPrint=0&hl=de` +
        `&src=${HOLIDAYS_64}&color=%23039BE5&src=${encodeURIComponent(GROUP)}&color=%230B8043&showTz=2&theme=dark&color=red`,
      {
        src:
          `${EMBED}?height=600&wkst=2&bgcolor=%23ffffff&ctz=America%2FDetroit&mode=AGENDA&showTitle=0&showPrint=0&hl=de` +
          `&src=${HOLIDAYS_64}&color=%23039BE5&src=abc123def456%40group.calendar.google.com&color=%230B8043`,
      },
    ],
    [`${EMBED}?src=${encodeURIComponent(HOLIDAYS)}`, { src: `${EMBED}?src=en.usa%23holiday%40group.v.calendar.google.com` }],
    // The "Get shareable link" link, on which the calendar is the cid.
    [`https://calendar.google.com/calendar/u/0?cid=${HOLIDAYS_64}`, { src: `${EMBED}?src=${HOLIDAYS_64}` }],
    [`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(GROUP)}`, { src: `${EMBED}?src=abc123def456%40group.calendar.google.com` }],
    [`https://calendar.google.com/calendar/u/1/r?cid=${HOLIDAYS_64}`, { src: `${EMBED}?src=${HOLIDAYS_64}` }],
    // An appointment schedule's booking page, and its embed code.
    [
      `https://calendar.google.com/calendar/appointments/schedules/${SCHEDULE}`,
      { src: `https://calendar.google.com/calendar/appointments/schedules/${SCHEDULE}?gv=true` },
    ],
    [
      `https://calendar.google.com/calendar/u/0/appointments/schedules/${SCHEDULE}?gv=true`,
      { src: `https://calendar.google.com/calendar/appointments/schedules/${SCHEDULE}?gv=true` },
    ],
  ],
  invalid: [
    [`http://calendar.google.com/calendar/embed?src=${GROUP}`, null, 'invalid-src'],
    [`https://user:pass@calendar.google.com/calendar/embed?src=${GROUP}`, null, 'invalid-src'],
    [`https://calendar.google.com:8443/calendar/embed?src=${GROUP}`, null, 'invalid-src'],
    [`https://calendar.google.com.evil.example/calendar/embed?src=${GROUP}`, null, 'unknown-provider'],
    [`https://evilcalendar.google.com/calendar/embed?src=${GROUP}`, null, 'unknown-provider'],
    [`https://calendar.g\u043e\u043egle.com/calendar/embed?src=${GROUP}`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'google-calendar', 'wrong-host'],
    // The older host is Google Maps'.
    [`https://www.google.com/calendar/embed?src=${GROUP}`, 'google-calendar', 'wrong-host'],
    ['https://calendar.app.google/AbCdEfGh12345', null, 'short-link'],
    // No calendar: the signed-in visitor's own would show.
    [`${EMBED}?ctz=Europe%2FBerlin&mode=WEEK`, null, 'invalid-id'],
    ['https://calendar.google.com/calendar/u/0/r', null, 'invalid-id'],
    [`${EMBED}?src=${GROUP}&src=not-a-calendar`, null, 'invalid-id'],
    [`${EMBED}?src=${'a'.repeat(201)}@group.calendar.google.com`, null, 'invalid-id'],
    [`${EMBED}?src=jane%2Fdoe@gmail.com`, null, 'invalid-id'],
    // Base64 of something that is not a calendar id (`hello world`).
    [`https://calendar.google.com/calendar/u/0?cid=aGVsbG8gd29ybGQ`, null, 'invalid-id'],
    [`https://calendar.google.com/calendar/embed/extra?src=${GROUP}`, null, 'invalid-id'],
    [`https://calendar.google.com/calendar/appointments/schedules/${SCHEDULE}/extra`, null, 'invalid-id'],
    ['https://calendar.google.com/calendar/appointments/schedules/..%2Fx', null, 'invalid-id'],
    [`https://calendar.google.com/calendar/event?eid=abc&cid=${HOLIDAYS_64}`, null, 'invalid-id'],
  ],
});
