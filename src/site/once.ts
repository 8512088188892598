/**
 * Compute a page-layer value once per build: every page that asks gets the
 * same result. In `astro dev` content can change between requests, so it is
 * recomputed there.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (!import.meta.env.PROD) return compute();
    value ??= compute();
    return value;
  };
}
