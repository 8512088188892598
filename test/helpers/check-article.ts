/** A parsed seed article as the checker reads it, linked with `linker` (shared by the checker's test helpers). */
import type { CheckArticle } from '../../src/check/model.ts';
import type { SeedArticle } from '../../src/core/model.ts';
import type { Linker } from '../../src/entities/linker.ts';
import { articleSubject } from '../../src/entities/subject.ts';

export function checkArticle(linker: Linker, a: SeedArticle, slug: string): CheckArticle {
  const subject = articleSubject(linker, a.title) ?? null;
  return {
    slug,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    subject,
    titleMentions: linker.link(a.title).mentions,
    titleSource: a.source,
    claims: a.sections.flatMap((s) => s.claims.map((c) => ({ id: c.id, text: c.text, mentions: linker.link(c.text, subject ?? undefined).mentions, source: c.source }))),
  };
}
