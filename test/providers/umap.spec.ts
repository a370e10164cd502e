import { describeProvider } from '../support/providers.js';

const OPTIONS =
  'scaleControl=false&miniMapControl=false&scrollWheelZoom=false&zoomControl=true&editMode=disabled&moreControl=true' +
  '&searchControl=null&tilelayersControl=null&embedControl=null&datalayersControl=true&captionBar=false&captionMenus=true';
const MAP = 'https://umap.openstreetmap.fr/fr/map/carte-des-fontaines_12345';

describeProvider('umap', {
  defaults: {
    tag: 'iframe',
    src: `${MAP}?${OPTIONS}`,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'umap', name: 'uMap', company: 'OpenStreetMap France', kind: 'map', origins: ['https://umap.openstreetmap.fr'] },
    box: { ratio: '4 / 3' },
  },
  valid: [
    [MAP, {}],
    [`${MAP}/`, {}],
    ['https://UMAP.OPENSTREETMAP.FR/fr/map/carte-des-fontaines_12345', {}],
    [MAP, 'umap', {}],
    // uMap's own iframe code (with https: added), its options replaced by the embed set.
    [`${MAP}?scaleControl=true&scrollWheelZoom=true&onLoadPanel=caption&editMode=advanced`, {}],
    // A slug with underscores: the id is what follows the last one.
    [
      'https://umap.openstreetmap.fr/en/map/my_map_v2_987654321',
      { src: `https://umap.openstreetmap.fr/en/map/my_map_v2_987654321?${OPTIONS}` },
    ],
    ['https://umap.openstreetmap.fr/pt-br/map/mapa_7', { src: `https://umap.openstreetmap.fr/pt-br/map/mapa_7?${OPTIONS}` }],
    // The current view, kept.
    [`${MAP}#14/48.8566/2.3522`, { src: `${MAP}?${OPTIONS}#14/48.8566/2.3522` }],
  ],
  invalid: [
    [`http://umap.openstreetmap.fr/fr/map/carte-des-fontaines_12345`, null, 'invalid-src'],
    [`https://a:b@umap.openstreetmap.fr/fr/map/carte-des-fontaines_12345`, null, 'invalid-src'],
    [`https://umap.openstreetmap.fr:444/fr/map/carte-des-fontaines_12345`, null, 'invalid-src'],
    [`https://umap.openstreetmap.fr.evil.example/fr/map/carte-des-fontaines_12345`, null, 'unknown-provider'],
    [MAP, 'openstreetmap', 'wrong-host'],
    ['https://www.openstreetmap.org/#map=15/48.8584/2.2945', 'umap', 'wrong-host'],
    // No id, a bad id, an over-long one.
    ['https://umap.openstreetmap.fr/fr/map/carte-des-fontaines', null, 'invalid-id'],
    ['https://umap.openstreetmap.fr/fr/map/carte_12a', null, 'invalid-id'],
    ['https://umap.openstreetmap.fr/fr/map/carte_12345678901', null, 'invalid-id'],
    [`https://umap.openstreetmap.fr/fr/map/${'a'.repeat(201)}_1`, null, 'invalid-id'],
    // Encoded slashes, extra segments, other pages and the short form.
    ['https://umap.openstreetmap.fr/fr/map/carte%2Fx_12345', null, 'invalid-id'],
    [`${MAP}/update/settings/`, null, 'invalid-id'],
    ['https://umap.openstreetmap.fr/map/carte-des-fontaines_12345', null, 'invalid-id'],
    ['https://umap.openstreetmap.fr/fr/user/someone/', null, 'invalid-id'],
    ['https://umap.openstreetmap.fr/m/12345/', null, 'invalid-id'],
    ['https://umap.openstreetmap.fr/FR/map/carte_12345', null, 'invalid-id'],
    // A view out of range.
    [`${MAP}#14/95/2.3522`, null, 'invalid-id'],
    [`${MAP}#14/48.8566`, null, 'invalid-id'],
  ],
});
