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
    // The checker reads the corrected text; the finding shows the original beside it.
    // A section headed by one company is about it (华翔航空 - 全年运输旅客14600万人次).
    claims: a.sections.flatMap((s, section) => s.claims.map((c) => ({ id: c.id, section, ...(s.subject !== undefined && s.subject !== a.subject ? { subject: s.subject } : {}), text: c.corrected?.text ?? c.text, mentions: c.corrected?.mentions ?? c.mentions, source: { file: a.seed.file, line: c.line, column: c.column }, ...(c.corrected ? { original: c.text } : {}) }))),
  }));
}
