/**
 * The published corpus: content articles verified against their seeds and
 * rendered. Shared by the Astro loader and the CLI; throws `InputError` with
 * every problem when content and seeds disagree or either does not parse.
 */
import { InputError } from '../core/diagnostic.ts';
import { readSeeds } from '../core/read-seeds.ts';
import type { ContentArticle } from './parse.ts';
import { readContent } from './read-content.ts';
import { renderArticleHtml } from './render.ts';
import { verifyContent } from './verify.ts';

export interface PublishedClaim {
  id: string;
  text: string;
  refs: number[];
  line: number;
  column: number;
}

export interface PublishedArticle {
  id: string;
  slug: string;
  file: string;
  title: string;
  outlet: string;
  printed: string;
  published: string;
  topic: string;
  seed: { file: string; line: number; column: number };
  sections: { heading: string | null; anchor: string; claims: PublishedClaim[] }[];
  html: string;
}

/** Newest first; ties by slug, so the order never depends on the file system. */
export function byPublishedDesc(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  return a.published < b.published ? 1 : a.published > b.published ? -1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function loadCorpus(root: string): PublishedArticle[] {
  const seeds = readSeeds(root);
  const content = readContent(root);
  const diagnostics = [...seeds.diagnostics, ...content.diagnostics];
  if (diagnostics.length === 0) diagnostics.push(...verifyContent(seeds.seeds, content.articles));
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  return content.articles.map(publish).sort(byPublishedDesc);
}

function publish(article: ContentArticle): PublishedArticle {
  const fm = article.frontmatter;
  let anchor = 0;
  return {
    id: fm.id,
    slug: article.slug,
    file: article.file,
    title: fm.title,
    outlet: fm.outlet,
    printed: fm.printed,
    published: fm.published,
    topic: fm.topic,
    seed: fm.seed,
    // Anchors count headings only, as remark-claims does.
    sections: article.sections.map((s) => ({
      heading: s.heading,
      anchor: s.heading === null ? '' : `s${++anchor}`,
      claims: s.claims.map(({ id, text, refs, line, column }) => ({ id, text, refs, line, column })),
    })),
    html: renderArticleHtml(article),
  };
}
