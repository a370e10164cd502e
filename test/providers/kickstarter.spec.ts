import { describeProvider } from '../support/providers.js';

const PROJECT = 'obsidian/project-eternity';
const EMBED = `https://www.kickstarter.com/projects/${PROJECT}/widget/video.html`;

describeProvider('kickstarter', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: { key: 'kickstarter', name: 'Kickstarter', company: 'Kickstarter', kind: 'video', origins: ['https://www.kickstarter.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://www.kickstarter.com/projects/${PROJECT}`, {}],
    [`https://www.kickstarter.com/projects/${PROJECT}/`, {}],
    [`https://WWW.KICKSTARTER.COM/projects/${PROJECT}`, {}],
    [`https://kickstarter.com/projects/${PROJECT}`, {}],
    // The project page's tabs show the same project.
    [`https://www.kickstarter.com/projects/${PROJECT}/description`, {}],
    [`https://www.kickstarter.com/projects/${PROJECT}/rewards`, {}],
    [`https://www.kickstarter.com/projects/${PROJECT}/faqs`, {}],
    [`https://www.kickstarter.com/projects/${PROJECT}/comments/`, {}],
    [`https://www.kickstarter.com/projects/${PROJECT}/community`, {}],
    [`https://www.kickstarter.com/projects/${PROJECT}/creator?ref=nav`, {}],
    [`https://kickstarter.com/projects/${PROJECT}/posts`, {}],
    [`https://www.kickstarter.com/projects/${PROJECT}?ref=discovery`, {}],
    // A creator by number, as older project links name them.
    [
      'https://www.kickstarter.com/projects/1869987317/wish-i-was-here-1?ref=',
      { src: 'https://www.kickstarter.com/projects/1869987317/wish-i-was-here-1/widget/video.html' },
    ],
    // The video widget of Kickstarter's embed code, and the card widget, shown as the video.
    [EMBED, {}],
    [`https://www.kickstarter.com/projects/${PROJECT}/widget/card.html?v=2`, {}],
    [`https://www.kickstarter.com/projects/${PROJECT}`, 'kickstarter', {}],
  ],
  invalid: [
    [`http://www.kickstarter.com/projects/${PROJECT}`, null, 'invalid-src'],
    [`https://user:pass@www.kickstarter.com/projects/${PROJECT}`, null, 'invalid-src'],
    [`https://www.kickstarter.com:8443/projects/${PROJECT}`, null, 'invalid-src'],
    [`https://www.kickstarter.com.evil.example/projects/${PROJECT}`, null, 'unknown-provider'],
    [`https://evilkickstarter.com/projects/${PROJECT}`, null, 'unknown-provider'],
    // A Cyrillic с in the host name.
    [`https://www.ki\u0441kstarter.com/projects/${PROJECT}`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'kickstarter', 'wrong-host'],
    ['https://kck.st/3xAbCdE', null, 'short-link'],
    ['https://kck.st/3xAbCdE', 'kickstarter', 'short-link'],
    ['https://www.kickstarter.com/projects/obsidian', null, 'invalid-id'],
    ['https://www.kickstarter.com/discover/categories/games', null, 'invalid-id'],
    [`https://www.kickstarter.com/projects/${PROJECT}/posts/123`, null, 'invalid-id'],
    [`https://www.kickstarter.com/projects/${PROJECT}/rewards/extra`, null, 'invalid-id'],
    [`https://www.kickstarter.com/projects/${PROJECT}/backers`, null, 'invalid-id'],
    [`https://www.kickstarter.com/projects/${PROJECT}/widget/other.html`, null, 'invalid-id'],
    ['https://www.kickstarter.com/projects/obsidian/project.eternity', null, 'invalid-id'],
    ['https://www.kickstarter.com/projects/obsidian/..%2Fproject-eternity', null, 'invalid-id'],
    ['https://www.kickstarter.com/projects/obsidian%2F..%2Fadmin/project-eternity', null, 'invalid-id'],
    ['https://www.kickstarter.com/projects/obsidian/..', null, 'invalid-id'],
    [`https://www.kickstarter.com/projects/obsidian/${'a'.repeat(101)}`, null, 'invalid-id'],
  ],
});
