/** Run the checker on a seed export given as text, with the repository's registry and metrics lexicon. */
import { readMetrics } from '../../src/check/metrics.ts';
import { check } from '../../src/check/index.ts';
import type { CheckArticle, Finding } from '../../src/check/model.ts';
import { formatDiagnostic } from '../../src/core/diagnostic.ts';
import { parseSeed } from '../../src/core/parse-seed.ts';
import { Linker } from '../../src/entities/linker.ts';
import { readRegistry } from '../../src/entities/registry.ts';
import { checkArticle } from '../helpers/check-article.ts';
import { repo } from '../helpers/project.ts';

const { entities } = readRegistry(repo);
const { metrics } = readMetrics(repo);
const linker = new Linker(entities);

/** `articles` are [title, outlet, "YYYY-MM-DD HH:MM", body] in seed syntax. */
export function seed(...articles: [string, string, string, string][]): string {
  return `Workflow\n测试\n${articles.map(([title, outlet, time, body]) => `${title}\n${outlet}· ${time}\n${body}\n`).join('')}`;
}

export function checkSeed(text: string): Finding[] {
  const { seed: parsed, diagnostics } = parseSeed('seeds/fixture.txt', new TextEncoder().encode(text));
  if (!parsed) throw new Error(diagnostics.map(formatDiagnostic).join('\n'));
  const articles: CheckArticle[] = parsed.articles.map((a) => checkArticle(linker, a, a.id));
  return check(articles, entities, metrics).findings;
}

export const kinds = (findings: readonly Finding[]) => findings.map((f) => f.kind);
