// Lit's `css-tag.js` as the script-tag core is built with it (rollup.config.js:
// `litStyles`); npm builds keep Lit's own. Lit's module also serves browsers
// without constructable stylesheets (a <style> per root, which a strict
// `style-src` blocks anyway), interpolated values and a cache per literal.
// Every browser that runs this core (class static blocks: Chrome 94,
// Firefox 93, Safari 16.4) adopts stylesheets, and the core's two style
// literals have no interpolations: each is one sheet, made once, shared by
// every root. A Lit that needs a name this module lacks fails the build.

/** One stylesheet from a literal without `${}`: an interpolation would be lost, so it fails at once, in every test. */
export const css = (strings) => {
  if (strings.length !== 1) throw new TypeError('consent-embed: the core builds styles without interpolations');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings[0]);
  return sheet;
};

export const adoptStyles = (root, sheets) => {
  root.adoptedStyleSheets = sheets;
};

/** Lit turns sheets into `<style>` text only where they cannot be adopted: never here. */
export const getCompatibleStyle = (sheet) => sheet;

// The rest of what Lit re-exports from this module; the core uses none of it, so the build leaves it out.
export const supportsAdoptingStyleSheets = true;
export const unsafeCSS = (text) => css([String(text)]);
export class CSSResult {}
