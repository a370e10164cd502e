import { describeProvider } from '../support/providers.js';

const PB =
  '!1m18!1m12!1m3!1d2624.9916256937595!2d2.2922926156743895!3d48.858370079287475!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1' +
  '!3m3!1m2!1s0x47e66e2964e34e2d%3A0x8ddca9ee380ef7e0!2sTour%20Eiffel!5e0!3m2!1sfr!2sfr!4v1650000000000!5m2!1sfr!2sfr';
const EMBED = `https://www.google.com/maps/embed?pb=${PB}`;
const keyless = (query: string) => `https://www.google.com/maps?${query}&output=embed`;

describeProvider('google-maps', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'strict-origin-when-cross-origin',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'google-maps', name: 'Google Maps', company: 'Google', kind: 'map', origins: ['https://www.google.com'] },
    box: { ratio: '4 / 3' },
  },
  valid: [
    // Google's own "Embed a map" code, kept exactly as Google escaped it.
    [EMBED, {}],
    [`https://www.google.com/maps/embed?pb=${PB}&hl=fr`, {}],
    [`https://google.com/maps/embed/?pb=${PB}`, {}],
    [`https://WWW.GOOGLE.COM/maps/embed?pb=${PB}`, {}],
    [EMBED, 'google-maps', {}],
    // Place, search and view links, turned into the keyless embed.
    [
      'https://www.google.com/maps/place/Eiffel+Tower/@48.8583701,2.2944813,17z/data=!3m1!4b1!4m6!3m5!1s0x47e66e2964e34e2d:0x8ddca9ee380ef7e0!8m2!3d48.8583701!4d2.2944813!16zL20vMDJqODE?entry=ttu&g_ep=EgoyMDI1',
      { src: keyless('q=Eiffel+Tower&ll=48.8583701%2C2.2944813&z=17') },
    ],
    ['https://www.google.com/maps/place/Tour+Eiffel/', { src: keyless('q=Tour+Eiffel') }],
    ['https://www.google.com/maps/place/Caf%C3%A9+de+Flore/@48.854,2.3325,19z', { src: keyless('q=Caf%C3%A9+de+Flore&ll=48.854%2C2.3325&z=19') }],
    ['https://www.google.com/maps/search/pizza+near+Berlin/@52.52,13.405,14z', { src: keyless('q=pizza+near+Berlin&ll=52.52%2C13.405&z=14') }],
    ['https://www.google.com/maps/search/Brandenburger+Tor', { src: keyless('q=Brandenburger+Tor') }],
    ['https://www.google.com/maps/@48.8583701,2.2944813,17.4z', { src: keyless('q=48.8583701%2C2.2944813&z=17') }],
    ['https://www.google.com/maps/@-33.8567844,151.2152967,1000m/data=!3m1!1e3', { src: keyless('q=-33.8567844%2C151.2152967') }],
    // Directions of two stops; with no start, the place itself.
    ['https://www.google.com/maps/dir/Berlin+Hbf/Potsdam/@52.45,13.2,11z/data=!4m2!4m1!3e0', { src: keyless('saddr=Berlin+Hbf&daddr=Potsdam') }],
    ['https://www.google.de/maps/dir/52.5251,13.3694/Brandenburger+Tor/', { src: keyless('saddr=52.5251%2C13.3694&daddr=Brandenburger+Tor') }],
    ['https://www.google.com/maps/dir//Tour+Eiffel/@48.85,2.29,15z', { src: keyless('q=Tour+Eiffel') }],
    ['https://maps.google.com/?q=Brandenburger+Tor', { src: keyless('q=Brandenburger+Tor') }],
    ['https://maps.google.com/maps?q=52.5163,13.3777&z=16&output=embed', { src: keyless('q=52.5163%2C13.3777&z=16') }],
    ['https://www.google.com/maps?q=Sydney+Opera+House&ll=-33.8568,151.2153&z=0&output=embed', { src: keyless('q=Sydney+Opera+House&ll=-33.8568%2C151.2153&z=0') }],
    // Maps URLs, Google's documented cross-platform links.
    ['https://www.google.com/maps/search/?api=1&query=Sydney+Opera+House', { src: keyless('q=Sydney+Opera+House') }],
    ['https://www.google.com/maps/@?api=1&map_action=map&center=-33.8568,151.2153&zoom=21', { src: keyless('q=-33.8568%2C151.2153&z=21') }],
    // Google's country domains, from its fixed list.
    [`https://www.google.de/maps/embed?pb=${PB}`, {}],
    ['https://www.google.de/maps/place/Brandenburger+Tor/@52.5162746,13.3777041,17z', { src: keyless('q=Brandenburger+Tor&ll=52.5162746%2C13.3777041&z=17') }],
    ['https://google.co.uk/maps/search/Big+Ben', { src: keyless('q=Big+Ben') }],
    ['https://maps.google.com.au/?q=Sydney+Opera+House', { src: keyless('q=Sydney+Opera+House') }],
    ['https://maps.google.fr/maps?q=Louvre', { src: keyless('q=Louvre') }],
    ['https://www.google.co.jp/maps/d/viewer?mid=1AbCdEfGhIjKlMnOpQrStUvWxYz', { src: 'https://www.google.com/maps/d/embed?mid=1AbCdEfGhIjKlMnOpQrStUvWxYz' }],
    ['https://www.google.cat/maps/search/Sagrada+Familia', 'google-maps', { src: keyless('q=Sagrada+Familia') }],
    // My Maps.
    ['https://www.google.com/maps/d/viewer?mid=1AbCdEfGhIjKlMnOpQrStUvWxYz&ll=1,2', { src: 'https://www.google.com/maps/d/embed?mid=1AbCdEfGhIjKlMnOpQrStUvWxYz' }],
    ['https://www.google.com/maps/d/embed?mid=1AbCdEfGhIjKlMnOpQrStUvWxYz', 'google-maps', { src: 'https://www.google.com/maps/d/embed?mid=1AbCdEfGhIjKlMnOpQrStUvWxYz' }],
  ],
  invalid: [
    [`http://www.google.com/maps/embed?pb=${PB}`, null, 'invalid-src'],
    [`https://user:pass@www.google.com/maps/embed?pb=${PB}`, null, 'invalid-src'],
    [`https://www.google.com:8443/maps/embed?pb=${PB}`, null, 'invalid-src'],
    [`https://www.google.com.evil.example/maps/embed?pb=${PB}`, null, 'unknown-provider'],
    [`https://maps.google.com.evil.example/?q=Berlin`, null, 'unknown-provider'],
    // A country domain Google does not have, or a host that only looks like one: no provider, or not Google's.
    ['https://www.google.evil/maps/search/Berlin', null, 'unknown-provider'],
    ['https://www.google.co.evil/maps/search/Berlin', null, 'unknown-provider'],
    ['https://www.google.de.evil.example/maps/search/Berlin', null, 'unknown-provider'],
    ['https://evil.google.de/maps/search/Berlin', null, 'unknown-provider'],
    ['https://www.googIe.de/maps/search/Berlin', null, 'unknown-provider'],
    ['https://www.google.xn--de-xyz/maps/search/Berlin', null, 'unknown-provider'],
    ['https://www.google.evil/maps/search/Berlin', 'google-maps', 'invalid-id'],
    ['https://www.google.de/search?q=Berlin', null, 'unknown-provider'],
    [`https://www.google.com/maps/embed?pb=${PB}`, 'youtube', 'wrong-host'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'google-maps', 'wrong-host'],
    // Short links: only Google's redirect knows where they lead, and asking it would tell Google about the visitor.
    ['https://goo.gl/maps/AbCdEf123', null, 'short-link'],
    ['https://maps.app.goo.gl/AbCdEf123XyZ', null, 'short-link'],
    ['https://maps.app.goo.gl/AbCdEf123XyZ?g_st=ic', 'google-maps', 'short-link'],
    ['https://goo.gl.evil.example/maps/AbCdEf123', null, 'unknown-provider'],
    ['https://maps.app.goo.gl.evil.example/AbCdEf123XyZ', null, 'unknown-provider'],
    // pb: its characters, its length, and only once.
    ['https://www.google.com/maps/embed?pb=1m18!1m12', null, 'invalid-id'],
    ['https://www.google.com/maps/embed?pb=!1m18$(x)', null, 'invalid-id'],
    ['https://www.google.com/maps/embed?pb=!1m18;javascript:x', null, 'invalid-id'],
    ['https://www.google.com/maps/embed?pb=!1m%zz', null, 'invalid-id'],
    [`https://www.google.com/maps/embed?pb=${'!1m1'.repeat(1001)}`, null, 'invalid-id'],
    [`https://www.google.com/maps/embed?pb=${PB}&pb=!1m1`, null, 'invalid-id'],
    ['https://www.google.com/maps/embed', null, 'invalid-id'],
    ['https://www.google.com/maps/embed/v1/place?key=AIzaSyExample&q=Berlin', null, 'invalid-id'],
    // Coordinates and zoom are range-checked.
    ['https://www.google.com/maps/@90.1,2.29,17z', null, 'invalid-id'],
    ['https://www.google.com/maps/@48.85,180.5,17z', null, 'invalid-id'],
    ['https://www.google.com/maps/@48.85,2.29,22z', null, 'invalid-id'],
    ['https://maps.google.com/maps?q=Berlin&z=22', null, 'invalid-id'],
    ['https://maps.google.com/maps?q=Berlin&ll=95,13', null, 'invalid-id'],
    ['https://maps.google.com/maps?q=91,13', null, 'invalid-id'],
    ['https://maps.google.com/maps?q=', null, 'invalid-id'],
    ['https://maps.google.com/maps?q=%00Berlin', null, 'invalid-id'],
    [`https://maps.google.com/maps?q=${'a'.repeat(201)}`, null, 'invalid-id'],
    // Encoded slashes, extra segments, other pages.
    ['https://www.google.com/maps/place/Eiffel%2FTower/@48.85,2.29,17z', null, 'invalid-id'],
    ['https://www.google.com/maps/place/Eiffel+Tower/@48.85,2.29,17z/extra', null, 'invalid-id'],
    ['https://www.google.com/maps/place/Eiffel+Tower/@48.85,2.29,17z/data=!3m1/more', null, 'invalid-id'],
    ['https://www.google.com/maps/dir/Berlin/Leipzig/Paris', null, 'invalid-id'],
    ['https://www.google.com/maps/dir/Berlin/', null, 'invalid-id'],
    ['https://www.google.com/maps/dir/Berlin%2FMitte/Paris', null, 'invalid-id'],
    ['https://www.google.com/maps/dir/Berlin//@52.45,13.2,11z', null, 'invalid-id'],
    // Street View: the panorama is named only in `data=`, which the keyless embed cannot show.
    ['https://www.google.com/maps/@48.8583701,2.2944813,3a,75y,90t/data=!3m6!1e1', null, 'page-link'],
    ['https://www.google.com/maps/place/Eiffel+Tower/@48.8583701,2.2944813,3a,75y,260.89h,78.32t/data=!3m7!1e1', null, 'page-link'],
    ['https://www.google.com/maps/place/', null, 'invalid-id'],
    ['https://www.google.com/search?q=Berlin', null, 'invalid-id'],
    ['https://www.google.com/maps/d/viewer?mid=short', null, 'invalid-id'],
    ['https://www.google.com/maps/d/viewer?mid=1AbCdEfGhIjKlMnOpQrS%2F', null, 'invalid-id'],
  ],
});
