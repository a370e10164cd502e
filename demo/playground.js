// The playground: every control sets one attribute of the one live <consent-embed>, and the markup shown
// is built from the same list of attributes, as text. What the visitor types only ever reaches the page
// through setAttribute and textContent: no HTML is parsed from it.
const $ = (id) => document.getElementById(id);
const form = $('controls');
const example = $('example');
const src = $('src');
const title = $('title');
const lang = $('lang');
const days = $('days');
const embed = $('preview');
const markup = $('markup');
const status = $('copy-status');

/** Site-absolute, so the copied markup finds the poster from any page of this demo. */
const POSTER = '/demo/poster.svg';
const checked = (name) => form.querySelector(`input[name="${name}"]:checked`).value;

/** The element's attributes for the controls as they stand, in the order the markup shows them; defaults left out. */
function attributes() {
  const choices = checked('choices');
  const poster = checked('poster');
  const list = [
    ['src', src.value.trim()],
    ['title', title.value.trim()],
    ['lang', lang.value],
    ['theme', checked('theme') === 'auto' ? '' : checked('theme')],
    ['poster', poster === 'none' ? '' : POSTER],
    ['poster-loading', poster === 'eager' ? 'eager' : ''],
    ['choices', choices === 'both' ? '' : choices],
    // Only "both" offers a choice to preselect; only a remembered choice has an expiry.
    ['preselect', choices === 'both' && checked('preselect') !== 'session' ? checked('preselect') : ''],
    ['remember-days', choices !== 'session' && days.validity.valid && days.value !== '' && days.value !== '180' ? String(Number(days.value)) : ''],
  ];
  return list.filter(([, value]) => value !== '');
}

/** The no-script fallback: a plain link to the page on the provider's site, for a web address only. */
const fallbackHref = (address) => (/^https:\/\//i.test(address) ? address : '');

const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function markupOf(list) {
  const open = `<consent-embed${list.map(([name, value]) => ` ${name}="${escape(value)}"`).join('')}>`;
  const address = list.find(([name]) => name === 'src')?.[1] ?? '';
  const href = fallbackHref(address);
  if (!href) return `${open}</consent-embed>`;
  const text = list.find(([name]) => name === 'title')?.[1] || address;
  return `${open}\n  <a href="${escape(href)}">${escape(text)}</a>\n</consent-embed>`;
}

const MANAGED = ['src', 'title', 'lang', 'theme', 'poster', 'poster-loading', 'choices', 'preselect', 'remember-days'];

function update() {
  const list = attributes();
  const wanted = new Map(list);
  for (const name of MANAGED) {
    const value = wanted.get(name);
    if (value === undefined) embed.removeAttribute(name);
    else if (embed.getAttribute(name) !== value) embed.setAttribute(name, value);
  }
  const href = fallbackHref(wanted.get('src') ?? '');
  const link = document.createElement('a');
  if (href) {
    link.href = href;
    link.textContent = wanted.get('title') || href;
  }
  embed.replaceChildren(...(href ? [link] : []));
  $('preselect-group').disabled = checked('choices') !== 'both';
  days.disabled = checked('choices') === 'session';
  markup.textContent = markupOf(list);
  status.textContent = '';
}

/** An example fills in its address and title; "your own address" leaves them for the visitor to change. */
function pickExample() {
  const option = example.selectedOptions[0];
  if (!option.value) return;
  src.value = option.value;
  title.value = option.dataset.title;
  update();
}

/** An address typed by hand no longer is the example shown in the list. */
function matchExample() {
  const found = [...example.options].find((option) => option.value === src.value.trim());
  example.value = found ? found.value : '';
}

let typing;
src.addEventListener('input', () => {
  matchExample();
  // A half-typed address is bad input, with its warning: wait for a pause before showing it.
  clearTimeout(typing);
  typing = setTimeout(update, 400);
});
src.addEventListener('change', () => {
  clearTimeout(typing);
  update();
});
example.addEventListener('change', pickExample);
title.addEventListener('input', update);
days.addEventListener('input', update);
form.addEventListener('change', (event) => {
  if (event.target !== src && event.target !== example) update();
});
// Enter in a text field would submit the form and reload the page.
form.addEventListener('submit', (event) => event.preventDefault());

$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(markup.textContent);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard (an insecure origin, a refused permission): select the text for the visitor to copy.
    getSelection().selectAllChildren(markup);
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});

$('forget').addEventListener('click', () => window.ConsentEmbed.revokeAll());

// The browser may have restored the controls (a reload, the back button): start from what they show.
if (example.value && !src.value) pickExample();
else update();
