/** Run the checker on a seed export given as text as on a new topic: no entity registry, the repository's metrics lexicon. */
import { check } from '../../src/check/index.ts';
import { readMetrics } from '../../src/check/metrics.ts';
import type { CheckArticle } from '../../src/check/model.ts';
import { formatDiagnostic } from '../../src/core/diagnostic.ts';
import { parseSeed } from '../../src/core/parse-seed.ts';
import { repo } from '../helpers/project.ts';

const { metrics } = readMetrics(repo);

export function checkNewTopic(text: string) {
  const { seed: parsed, diagnostics } = parseSeed('seeds/fixture.txt', new TextEncoder().encode(text));
  if (!parsed) throw new Error(diagnostics.map(formatDiagnostic).join('\n'));
  const articles: CheckArticle[] = parsed.articles.map((a) => ({
    slug: a.id,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    subject: null,
    titleMentions: [],
    titleSource: a.source,
    claims: a.sections.flatMap((s) => s.claims.map((c) => ({ id: c.id, text: c.text, mentions: [], source: c.source }))),
  }));
  return check(articles, [], metrics);
}
