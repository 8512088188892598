/** Adapt linked articles to the checker's input. */
import type { CheckArticle } from '../check/model.ts';
import type { LinkedArticle } from './stages.ts';

export function toCheckArticles(articles: readonly LinkedArticle[]): CheckArticle[] {
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
