/** The list of every article, newest first, in pages: `/articles/`, `/articles/page/2/` … */
import { sitePath } from './urls.ts';
import { ARTICLES_PER_PAGE } from './limits.ts';

/** The URL of page `n` of the article list. */
export const archiveUrl = (n: number): string => sitePath(n <= 1 ? '/articles/' : `/articles/page/${n}/`);

export interface ArchivePage<T> {
  items: T[];
  /** 1-based. */
  currentPage: number;
  lastPage: number;
  /** Index of the first item on the page, 0-based. */
  start: number;
  url: { prev?: string; next?: string };
}

/** Page `n` of `items`; page 1 of an empty list is empty, past the end is undefined. */
export function archivePage<T>(items: readonly T[], n: number, size = ARTICLES_PER_PAGE): ArchivePage<T> | undefined {
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(n) || n < 1 || n > lastPage) return undefined;
  const start = (n - 1) * size;
  return {
    items: items.slice(start, start + size),
    currentPage: n,
    lastPage,
    start,
    url: { ...(n > 1 ? { prev: archiveUrl(n - 1) } : {}), ...(n < lastPage ? { next: archiveUrl(n + 1) } : {}) },
  };
}
