import { expect, test } from '../support/network.js';

// place() puts a view into a shadow root or a list, moving only what is out of place.

/** Runs place() from the npm build on a parent holding `before`, to hold `after`; returns the mutations, in order. */
async function placed(page: import('@playwright/test').Page, before: string[], after: string[]): Promise<string[]> {
  await page.goto('/test/fixtures/blank.html');
  return page.evaluate(
    async ([before, after]) => {
      const { place } = await import('/dist/core/page.js' as string);
      const nodes = new Map<string, HTMLElement>();
      const node = (name: string) => nodes.get(name) ?? nodes.set(name, Object.assign(document.createElement('p'), { id: name })).get(name)!;
      const parent = document.body.appendChild(document.createElement('div'));
      parent.append(...before.map(node));
      const observer = new MutationObserver(() => undefined);
      observer.observe(parent, { childList: true });
      place(parent, after.map(node));
      const seen = observer.takeRecords().flatMap((record) => [
        ...[...record.addedNodes].map((added) => `+${(added as Element).id}`),
        ...[...record.removedNodes].map((removed) => `-${(removed as Element).id}`),
      ]);
      observer.disconnect();
      seen.push(`=${[...parent.children].map((child) => child.id).join(',')}`);
      return seen;
    },
    [before, after]
  );
}

test('puts the new view in before it takes the old one out: the parent is never empty', async ({ page }) => {
  expect(await placed(page, ['old'], ['new', 'status'])).toEqual(['+status', '+new', '-old', '=new,status']);
});

test('moves nothing that stays when what is between goes', async ({ page }) => {
  expect(await placed(page, ['a', 'x', 'b'], ['a', 'b'])).toEqual(['-x', '=a,b']);
  // Of two that swapped, the one before moves.
  expect(await placed(page, ['a', 'b'], ['b', 'a'])).toEqual(['-a', '+a', '=b,a']);
});
