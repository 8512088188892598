/** Adapt published articles to the checker's input. */
import type { PublishedArticle } from '../content/corpus.ts';
import type { CheckArticle } from './model.ts';

export function toCheckArticles(articles: readonly Omit<PublishedArticle, 'html'>[]): CheckArticle[] {
  return articles.map((a) => ({
    slug: a.slug,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    subject: a.subject,
    titleMentions: a.titleMentions,
    titleSource: a.seed,
    claims: a.sections.flatMap((s) => s.claims.map((c) => ({ id: c.id, text: c.text, mentions: c.mentions, source: { file: a.seed.file, line: c.line, column: c.column } }))),
  }));
}
