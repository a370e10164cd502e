import { describeProvider } from '../support/providers.js';

const VOD = '1234567890';
const PLAYER = 'https://player.twitch.tv/';
const CLIP = 'AwkwardHelplessSalamanderSwiftRage-aB3cD4eF5gH6iJ7k';
/** The page host the test harness passes: Twitch's `parent`. */
const PARENT = 'parent=www.example.org';

describeProvider('twitch', {
  defaults: {
    tag: 'iframe',
    src: `${PLAYER}?video=${VOD}&${PARENT}&autoplay=false`,
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: { key: 'twitch', name: 'Twitch', company: 'Twitch (Amazon)', kind: 'video', origins: ['https://player.twitch.tv', 'https://clips.twitch.tv'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://www.twitch.tv/videos/${VOD}`, {}],
    [`https://twitch.tv/videos/${VOD}/`, {}],
    [`https://m.twitch.tv/videos/${VOD}`, {}],
    [`https://WWW.TWITCH.TV/videos/${VOD}?filter=archives&sort=time`, {}],
    [`https://www.twitch.tv/videos/${VOD}?t=1h2m3s`, { src: `${PLAYER}?video=${VOD}&${PARENT}&time=1h2m3s&autoplay=false` }],
    [`https://www.twitch.tv/videos/${VOD}?t=01h02m03s`, { src: `${PLAYER}?video=${VOD}&${PARENT}&time=1h2m3s&autoplay=false` }],
    [`https://www.twitch.tv/videos/${VOD}?t=90`, { src: `${PLAYER}?video=${VOD}&${PARENT}&time=0h1m30s&autoplay=false` }],
    [`https://www.twitch.tv/videos/${VOD}?t=later`, {}],
    [`https://player.twitch.tv/?video=v${VOD}&parent=elsewhere.example&time=0h0m45s`, { src: `${PLAYER}?video=${VOD}&${PARENT}&time=0h0m45s&autoplay=false` }],
    [`https://player.twitch.tv/?video=${VOD}&parent=elsewhere.example`, {}],
    ['https://www.twitch.tv/twitchdev', { src: `${PLAYER}?channel=twitchdev&${PARENT}&autoplay=false` }],
    ['https://twitch.tv/TwitchDev/', { src: `${PLAYER}?channel=twitchdev&${PARENT}&autoplay=false` }],
    ['https://m.twitch.tv/twitchdev?sr=a', { src: `${PLAYER}?channel=twitchdev&${PARENT}&autoplay=false` }],
    ['https://player.twitch.tv/?channel=twitchdev&parent=elsewhere.example&muted=true', { src: `${PLAYER}?channel=twitchdev&${PARENT}&autoplay=false` }],
    [`https://clips.twitch.tv/${CLIP}`, { src: `https://clips.twitch.tv/embed?clip=${CLIP}&${PARENT}&autoplay=false` }],
    [`https://clips.twitch.tv/${CLIP}/`, { src: `https://clips.twitch.tv/embed?clip=${CLIP}&${PARENT}&autoplay=false` }],
    [`https://www.twitch.tv/twitchdev/clip/${CLIP}?filter=clips&range=7d`, { src: `https://clips.twitch.tv/embed?clip=${CLIP}&${PARENT}&autoplay=false` }],
    [`https://clips.twitch.tv/embed?clip=${CLIP}&parent=elsewhere.example`, { src: `https://clips.twitch.tv/embed?clip=${CLIP}&${PARENT}&autoplay=false` }],
    [`https://www.twitch.tv/videos/${VOD}`, 'twitch', {}],
  ],
  invalid: [
    [`http://www.twitch.tv/videos/${VOD}`, null, 'invalid-src'],
    [`https://user:pass@www.twitch.tv/videos/${VOD}`, null, 'invalid-src'],
    [`https://www.twitch.tv:8443/videos/${VOD}`, null, 'invalid-src'],
    [`https://www.twitch.tv.evil.example/videos/${VOD}`, null, 'unknown-provider'],
    [`https://clips.twitch.tv.evil.example/${CLIP}`, null, 'unknown-provider'],
    [`https://www.dailymotion.com/video/x84sh87`, 'twitch', 'wrong-host'],
    ['https://www.twitch.tv/videos/abc', null, 'invalid-id'],
    ['https://www.twitch.tv/videos/1234567890123', null, 'invalid-id'],
    [`https://www.twitch.tv/videos/${VOD}/extra`, null, 'invalid-id'],
    [`https://www.twitch.tv/videos/..%2F${VOD}`, null, 'invalid-id'],
    ['https://www.twitch.tv/videos', null, 'invalid-id'],
    ['https://www.twitch.tv/directory', null, 'invalid-id'],
    ['https://www.twitch.tv/', null, 'invalid-id'],
    ['https://www.twitch.tv/this_name_is_far_too_long_for_twitch', null, 'invalid-id'],
    ['https://www.twitch.tv/twitch%2Fdev', null, 'invalid-id'],
    ['https://www.twitch.tv/twitchdev/about', null, 'invalid-id'],
    [`https://www.twitch.tv/twitchdev/clip/${CLIP}/extra`, null, 'invalid-id'],
    ['https://www.twitch.tv/twitchdev/clip/bad%20clip', null, 'invalid-id'],
    ['https://clips.twitch.tv/', null, 'invalid-id'],
    ['https://clips.twitch.tv/embed?clip=bad%20clip', null, 'invalid-id'],
    ['https://player.twitch.tv/?video=abc&parent=example.com', null, 'invalid-id'],
    ['https://player.twitch.tv/?channel=foo%2Fbar&parent=example.com', null, 'invalid-id'],
    [`https://player.twitch.tv/embed?video=${VOD}`, null, 'invalid-id'],
  ],
});
