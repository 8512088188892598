/**
 * Site URLs: one place, so pages, data and links agree. Every path a page,
 * feed or data file links to goes through `sitePath`, which puts the base path
 * in front (`KAOZHENG_BASE` or Astro's `base`, mirrored into the environment
 * by src/integrations/kaozheng.ts), so a site published under `/kz/` never
 * links outside it.
 */

/** `/`, or `/kz/` for `kz`, `/kz` or `/kz/`: the base path with one slash at each end. */
export const normaliseBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

let cached: { raw: string | undefined; base: string } | undefined;

/** The base path the site is published under, `/` by default. */
export function basePath(): string {
  const raw = process.env.KAOZHENG_BASE;
  if (cached === undefined || cached.raw !== raw) cached = { raw, base: normaliseBase(raw ?? '/') };
  return cached.base;
}

/** A site path (`/articles/x/`, `search/`) under the base path: `/kz/articles/x/`. */
export const sitePath = (path: string): string => `${basePath()}${path.replace(/^\/+/, '')}`;

/** Absolute URL of a path already under the base (such as `Astro.url.pathname`) on `site`, whose own path is ignored. */
export const absoluteUrl = (pathWithBase: string, site: string | URL): string => new URL(pathWithBase, site).href;

export const articleUrl = (slug: string): string => sitePath(`/articles/${slug}/`);
export const claimUrl = (slug: string, claim: string): string => `${articleUrl(slug)}#${claim}`;
export const entityUrl = (id: string): string => sitePath(`/entities/${id}/`);
