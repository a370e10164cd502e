import { describeProvider } from '../support/providers.js';

const embed = (query: string) => `https://www.openstreetmap.org/export/embed.html?${query}`;
// What a nominal 640 × 480 frame shows at zoom 15 around the Eiffel Tower (48.8584, 2.2945).
const EIFFEL_15 = 'bbox=2.2807671%2C48.8516232%2C2.3082329%2C48.8651759';
const EIFFEL_17 = 'bbox=2.2910668%2C48.8567059%2C2.2979332%2C48.8600941';
const SYDNEY_14 = 'bbox=151.1878342%2C-33.8739047%2C151.2427658%2C-33.8396919';

describeProvider('openstreetmap', {
  defaults: {
    tag: 'iframe',
    src: embed(`${EIFFEL_15}&layer=mapnik`),
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'openstreetmap',
      name: 'OpenStreetMap',
      company: 'OpenStreetMap Foundation',
      kind: 'map',
      origins: ['https://www.openstreetmap.org'],
    },
    box: { ratio: '4 / 3' },
  },
  valid: [
    ['https://www.openstreetmap.org/#map=15/48.8584/2.2945', {}],
    ['https://openstreetmap.org/#map=15/48.8584/2.2945', {}],
    ['https://WWW.OPENSTREETMAP.ORG/#map=15/48.8584/2.2945', {}],
    ['https://osm.org/#map=15/48.8584/2.2945', {}],
    ['https://www.openstreetmap.org/#map=15/48.8584/2.2945', 'openstreetmap', {}],
    // The share dialog's link with a marker, and a layer letter (C: cycle map; M, the standard one, is never written).
    [
      'https://www.openstreetmap.org/?mlat=48.8584&mlon=2.2945#map=17/48.8584/2.2945&layers=C',
      { src: embed(`${EIFFEL_17}&layer=cyclemap&marker=48.8584%2C2.2945`) },
    ],
    // Overlay letters (N: notes) are skipped; H is the humanitarian layer.
    [
      'https://www.openstreetmap.org/?mlat=-33.8568&mlon=151.2153#map=14/-33.8568/151.2153&layers=NH',
      { src: embed(`${SYDNEY_14}&layer=hot&marker=-33.8568%2C151.2153`) },
    ],
    // A layer that cannot be embedded (P: Tracestrack) falls back to the standard one.
    ['https://www.openstreetmap.org/#map=15/48.8584/2.2945&layers=P', {}],
    // A marker without a view: the site's own zoom 12, or the zoom given.
    ['https://www.openstreetmap.org/?mlat=-33.8568&mlon=151.2153&zoom=14', { src: embed(`${SYDNEY_14}&layer=mapnik&marker=-33.8568%2C151.2153`) }],
    [
      'https://www.openstreetmap.org/?mlat=48.8584&mlon=2.2945',
      { src: embed('bbox=2.1846367%2C48.8041595%2C2.4043633%2C48.9125818&layer=mapnik&marker=48.8584%2C2.2945') },
    ],
    // The site's older links: a centre and a zoom in the query, no marker.
    ['https://www.openstreetmap.org/?lat=48.8584&lon=2.2945&zoom=15', {}],
    ['https://www.openstreetmap.org/?lat=48.8584&lon=2.2945&zoom=15&layers=M', {}],
    ['https://www.openstreetmap.org/?lat=48.8584&lon=2.2945', { src: embed('bbox=2.1846367%2C48.8041595%2C2.4043633%2C48.9125818&layer=mapnik') }],
    // A node's, a way's or a relation's page, with the view the site puts in its link.
    ['https://www.openstreetmap.org/node/123#map=15/48.8584/2.2945', {}],
    ['https://www.openstreetmap.org/way/5013364#map=15/48.8584/2.2945', {}],
    ['https://www.openstreetmap.org/relation/7444/#map=15/48.8584/2.2945&layers=H', { src: embed(`${EIFFEL_15}&layer=hot`) }],
    // The whole world at zoom 0, clamped to where Web Mercator ends.
    ['https://www.openstreetmap.org/#map=0/0/0', { src: embed('bbox=-180%2C-85.0511288%2C180%2C85.0511288&layer=mapnik') }],
    // The embed URL itself, as the share dialog writes it.
    [
      'https://www.openstreetmap.org/export/embed.html?bbox=2.28%2C48.85%2C2.30%2C48.86&layer=mapnik&marker=48.8584%2C2.2945',
      { src: embed('bbox=2.28%2C48.85%2C2.3%2C48.86&layer=mapnik&marker=48.8584%2C2.2945') },
    ],
    [
      'https://www.openstreetmap.org/export/embed.html?bbox=-0.13146400451660156%2C51.49749410181517%2C-0.11773347854614259%2C51.50390569760577&layer=mapnik',
      { src: embed('bbox=-0.13146400451660156%2C51.49749410181517%2C-0.11773347854614259%2C51.50390569760577&layer=mapnik') },
    ],
    ['https://www.openstreetmap.org/export/embed.html?bbox=2.28,48.85,2.30,48.86&layer=cyclosm', { src: embed('bbox=2.28%2C48.85%2C2.3%2C48.86&layer=cyclosm') }],
    ['https://www.openstreetmap.org/export/embed?bbox=2.28,48.85,2.30,48.86&layer=nonsense', { src: embed('bbox=2.28%2C48.85%2C2.3%2C48.86&layer=mapnik') }],
  ],
  invalid: [
    ['http://www.openstreetmap.org/#map=15/48.8584/2.2945', null, 'invalid-src'],
    ['https://me:secret@www.openstreetmap.org/#map=15/48.8584/2.2945', null, 'invalid-src'],
    ['https://www.openstreetmap.org:8080/#map=15/48.8584/2.2945', null, 'invalid-src'],
    ['https://www.openstreetmap.org.evil.example/#map=15/48.8584/2.2945', null, 'unknown-provider'],
    ['https://www.openstreetmap.org/#map=15/48.8584/2.2945', 'google-maps', 'wrong-host'],
    ['https://maps.google.com/?q=Berlin', 'openstreetmap', 'wrong-host'],
    // No view, or a view out of range.
    ['https://www.openstreetmap.org/', null, 'invalid-id'],
    ['https://www.openstreetmap.org/#map=21/48.8584/2.2945', null, 'invalid-id'],
    ['https://www.openstreetmap.org/#map=15/90.5/2.2945', null, 'invalid-id'],
    ['https://www.openstreetmap.org/#map=15/48.8584/180.1', null, 'invalid-id'],
    ['https://www.openstreetmap.org/#map=15/48.8.584/2.2945', null, 'invalid-id'],
    ['https://www.openstreetmap.org/#map=15/48.8584', null, 'invalid-id'],
    ['https://www.openstreetmap.org/?mlat=48.8584#map=15/48.8584/2.2945', null, 'invalid-id'],
    ['https://www.openstreetmap.org/?mlat=91&mlon=2.2945', null, 'invalid-id'],
    ['https://www.openstreetmap.org/?mlat=48.8584&mlon=2.2945&zoom=x', null, 'invalid-id'],
    // Embed URLs with a bad bbox or marker.
    ['https://www.openstreetmap.org/export/embed.html?bbox=2.30,48.85,2.28,48.86', null, 'invalid-id'],
    ['https://www.openstreetmap.org/export/embed.html?bbox=2.28,48.85,2.30', null, 'invalid-id'],
    ['https://www.openstreetmap.org/export/embed.html?bbox=2.28,48.85,2.30,91', null, 'invalid-id'],
    ['https://www.openstreetmap.org/export/embed.html?bbox=2.28,48.85,2.30,48.86&marker=48.8584', null, 'invalid-id'],
    ['https://www.openstreetmap.org/export/embed.html?bbox=2.28,48.85,2.30,48.86&marker=javascript:1,2', null, 'invalid-id'],
    ['https://www.openstreetmap.org/export/embed.html', null, 'invalid-id'],
    // Other pages, extra segments, encoded slashes, short links.
    ['https://www.openstreetmap.org/?lat=48.8584&lon=181&zoom=15', null, 'invalid-id'],
    ['https://www.openstreetmap.org/?lat=48.8584&zoom=15', null, 'invalid-id'],
    ['https://www.openstreetmap.org/?lat=48.8584&lon=2.2945&zoom=22', null, 'invalid-id'],
    ['https://www.openstreetmap.org/?lat=48.8584&lon=2.2945&zoom=1e1', null, 'invalid-id'],
    // An object's page without its view: where it is, only a lookup at OpenStreetMap would tell.
    ['https://www.openstreetmap.org/node/123', null, 'invalid-id'],
    ['https://www.openstreetmap.org/node/123?lat=48.8584&lon=2.2945', null, 'invalid-id'],
    ['https://www.openstreetmap.org/node/abc#map=15/48.8584/2.2945', null, 'invalid-id'],
    ['https://www.openstreetmap.org/changeset/123#map=15/48.8584/2.2945', null, 'invalid-id'],
    ['https://www.openstreetmap.org/export/embed.html/x?bbox=2.28,48.85,2.30,48.86', null, 'invalid-id'],
    ['https://www.openstreetmap.org/export%2Fembed.html?bbox=2.28,48.85,2.30,48.86', null, 'invalid-id'],
    ['https://osm.org/go/0EEQjE--', null, 'invalid-id'],
  ],
});
