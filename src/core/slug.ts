import { pinyin } from 'pinyin-pro';

const MAX_WORDS = 8;

/**
 * A readable, URL-safe slug: the publication date, then the title in toneless
 * pinyin (Latin words kept), lower case, at most eight words:
 * `2025-11-22-ai-mian-lin-de-bu-shi-pao-mo`.
 */
export function articleSlug(printed: string, title: string): string {
  const words = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  return [printed.slice(0, 10), ...words].join('-');
}

/** The slug, or the slug with the first free `-2`, `-3` … suffix. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
