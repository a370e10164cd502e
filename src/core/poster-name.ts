// What a poster template (`/posters/{provider}/{id}.jpg`) makes of an embed:
// read by the element in the browser and by the `consent-embed posters`
// command in a site's build, so that both name the same file.

/** Letters, digits, `_` and `-`: a name that is safe as a path segment and a file name on every system. */
const NAME = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The name of a provider's target in a poster template's `{id}`: its `id`,
 * or for posts named by a shortcode (Instagram, Threads) its `code`, after the
 * kind of page it is on when it names one (`showcase-123`); none when it has
 * neither, or one that is not safe in a path.
 */
export function posterName(target: unknown): string | undefined {
  const { id, code, page } = (target ?? {}) as { id?: unknown; code?: unknown; page?: unknown };
  const name = typeof id === 'string' ? id : typeof code === 'string' ? code : undefined;
  // A page of the provider's (a Vimeo showcase) has ids of its own, which may be a video's too.
  return name !== undefined && NAME.test(name) ? (typeof page === 'string' && NAME.test(page) ? `${page}-${name}` : name) : undefined;
}

/** The template with `{provider}` and `{id}` filled in; the provider id is lowercase letters, digits and dashes. */
export const fillPoster = (template: string, provider: string, name: string): string =>
  template.replaceAll('{provider}', provider).replaceAll('{id}', name);
