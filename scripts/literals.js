// Minifies the static text of Lit's html`` and css`` templates in built code:
// every placeholder pays for each whitespace text node and each byte of CSS.
// Only whitespace that holds a line break is touched (the indentation of the
// source): a space written on one line, between a text and a link, stays.

/** The end of the JavaScript string, template or comment starting at `i`, or -1. */
function skipQuoted(code, i) {
  const quote = code[i];
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (code[j] === quote) return j + 1;
  }
  return -1;
}

/**
 * Walks a template literal whose backtick is at `start`: calls `edit` on
 * each static piece and minifies nested templates inside its expressions.
 * Returns [the new literal, the index after it].
 */
function template(code, start, edit) {
  let out = '`';
  let piece = '';
  let i = start + 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      piece += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      return [out + edit(piece) + '`', i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      out += edit(piece) + '${';
      piece = '';
      const [expression, end] = expressionAt(code, i + 2);
      out += expression + '}';
      i = end;
    } else {
      piece += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** An expression inside `${…}` starting at `i`, with its own nested literals minified: [text, index after the closing brace]. */
function expressionAt(code, i) {
  let out = '';
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '}' && depth === 0) return [out, i + 1];
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === '"' || c === "'") {
      const end = skipQuoted(code, i);
      out += code.slice(i, end);
      i = end;
      continue;
    }
    if (c === '`') {
      const tag = TAG_BEFORE.exec(out)?.[1];
      const [literal, end] = template(code, i, tag ? editorFor(tag.trim()) : (s) => s);
      out += literal;
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  throw new Error('unterminated expression');
}

// A tag is the name alone: `.html` ends a file name in a URL or a comment (`/players/${id}.html`), not a template's tag.
const TAG = String.raw`(?<![\w$./-])(html|css|svg)`;
const TAG_BEFORE = new RegExp(`${TAG}\\s*$`);
const TAGGED = new RegExp(`${TAG}\``);

/** HTML: indentation next to a tag goes; any other line break (between two bindings, in text) becomes one space. */
const html = (text) =>
  text
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s*\n\s*/g, ' ');

/**
 * CSS: comments go, runs of whitespace become one space, none around braces,
 * semicolons and commas, nor before `!important`; `0.5` is `.5`.
 */
const css = (text) =>
  text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/\s+!important/g, '!important')
    .replace(/([\s:,(/])0\.(\d)/g, '$1.$2')
    .trim();

const editorFor = (tag) => (tag === 'css' ? css : html);

/** Minifies every html``, svg`` and css`` template in `code`. */
export function minifyLiterals(code) {
  let out = '';
  let i = 0;
  const tags = new RegExp(TAGGED, 'g');
  for (let match; (match = tags.exec(code)); ) {
    // Skip matches inside strings and comments written before this point is reached: the scan below jumps over them.
    if (match.index < i) continue;
    out += code.slice(i, match.index + match[1].length);
    const [literal, end] = template(code, match.index + match[1].length, editorFor(match[1]));
    out += literal;
    i = end;
    tags.lastIndex = end;
  }
  return out + code.slice(i);
}

/** The rollup plugin: after TypeScript is transpiled, before bundling. */
export function literals() {
  return {
    name: 'consent-embed-literals',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !TAGGED.test(code)) return null;
      return { code: minifyLiterals(code), map: null };
    },
  };
}
