/**
 * Check that published content says what its seeds say: every seed claim is in
 * the content exactly once, with the same text and markers, and no content
 * claim lacks a seed. Each disagreement names both places.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { SeedArticle, SeedExport } from '../core/model.ts';
import type { ContentArticle } from './parse.ts';

/** A recorded correction content may carry instead of the seed's value. */
export interface RecordedCorrection {
  field: 'text' | 'refs';
  right: string;
}

export function verifyContent(seeds: readonly SeedExport[], content: readonly ContentArticle[], corrections: ReadonlyMap<string, readonly RecordedCorrection[]> = new Map()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seedArticles = new Map<string, SeedArticle>();
  for (const seed of seeds) for (const article of seed.articles) seedArticles.set(article.id, article);

  const byId = new Map<string, ContentArticle>();
  for (const article of content) {
    const id = article.frontmatter.id;
    const other = byId.get(id);
    if (other) {
      diagnostics.push({ file: article.file, line: article.keyLines.id ?? 2, column: 1, source: 'content', rule: 'duplicate-article-id', fatal: true, message: `article id ${id} is used twice`, cause: { file: other.file, line: other.keyLines.id ?? 2, column: 1, message: 'first used here' } });
      continue;
    }
    byId.set(id, article);
    const seed = seedArticles.get(id);
    if (!seed) {
      diagnostics.push({ file: article.file, line: article.keyLines.id ?? 2, column: 1, source: 'content', rule: 'no-seed', fatal: true, message: `article ${id} ("${article.frontmatter.title}") has no seed: no export in seeds/ contains it` });
      continue;
    }
    diagnostics.push(...compareArticle(seed, article, corrections));
  }
  for (const [id, seed] of seedArticles) {
    if (!byId.has(id)) diagnostics.push({ ...seed.source, source: 'content', rule: 'not-ingested', fatal: true, message: `article "${seed.title}" is not in content/articles: run npm run ingest` });
  }
  return diagnostics;
}

function compareArticle(seed: SeedArticle, content: ContentArticle, corrections: ReadonlyMap<string, readonly RecordedCorrection[]>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const seedClaims = new Map(seed.sections.flatMap((s) => s.claims.map((c) => [c.id as string, c] as const)));
  for (const section of content.sections) {
    for (const claim of section.claims) {
      const at = { file: content.file, ...claim.place };
      const original = seedClaims.get(claim.id);
      if (!original) {
        diagnostics.push({ ...at, source: 'content', rule: 'claim-not-in-seed', fatal: true, message: `claim ${claim.id} is not in the seed of "${seed.title}"`, cause: { ...seed.source, message: 'the article in its seed' } });
        continue;
      }
      const cause = { ...original.source, message: 'the claim in its seed' };
      if (seen.has(claim.id)) diagnostics.push({ ...at, source: 'content', rule: 'duplicate-claim', fatal: true, message: `claim ${claim.id} appears twice`, cause });
      seen.add(claim.id);
      // Content may show a claim as corrected, when a correction records exactly that.
      const recorded = corrections.get(claim.id) ?? [];
      if (claim.text !== original.text && !recorded.some((c) => c.field === 'text' && c.right === claim.text)) {
        diagnostics.push({ ...at, source: 'content', rule: 'claim-altered', fatal: true, message: `claim ${claim.id} differs from its seed without a recorded correction: "${claim.text}" ≠ "${original.text}"`, cause });
      }
      if (claim.refs.join(' ') !== original.refs.join(' ') && !recorded.some((c) => c.field === 'refs' && c.right === claim.refs.join(' '))) {
        diagnostics.push({ ...at, source: 'content', rule: 'refs-altered', fatal: true, message: `claim ${claim.id} cites [${claim.refs.join('][')}] but its seed cites [${original.refs.join('][')}]`, cause });
      }
      if (claim.line !== original.source.line || claim.column !== original.source.column) {
        diagnostics.push({ ...at, source: 'content', rule: 'claim-moved', fatal: true, message: `claim ${claim.id} says it stands at line ${claim.line}, column ${claim.column} of its seed; it stands at ${original.source.line}:${original.source.column}`, cause });
      }
    }
  }
  for (const [id, original] of seedClaims) {
    if (!seen.has(id)) {
      diagnostics.push({ file: content.file, line: 1, column: 1, source: 'content', rule: 'claim-dropped', fatal: true, message: `claim ${id} was dropped from the content: "${original.text}"`, cause: { ...original.source, message: 'the claim in its seed' } });
    }
  }
  for (const paragraph of content.prose ?? []) {
    const text = [...paragraph.text].length > 24 ? `${[...paragraph.text].slice(0, 24).join('')}…` : paragraph.text;
    diagnostics.push({ file: content.file, line: paragraph.line, column: paragraph.column, source: 'content', rule: 'prose-not-in-seed', fatal: true, message: `paragraph "${text}" is in no seed: an article holds its seed's headings and <Claim>s only (a note belongs in a correction or verdict)`, cause: { ...seed.source, message: 'the article in its seed' } });
  }
  const seedHeadings = seed.sections.map((s) => s.heading);
  content.sections.forEach((section, i) => {
    if (section.heading !== null && section.heading !== seedHeadings[i] && !seedHeadings.includes(section.heading)) {
      diagnostics.push({ file: content.file, line: section.place?.line ?? 1, column: section.place?.column ?? 1, source: 'content', rule: 'heading-not-in-seed', fatal: true, message: `heading "${section.heading}" is in no seed: the seed's headings are ${seedHeadings.filter((h) => h !== null).map((h) => `"${h}"`).join(', ') || 'none'}`, cause: { ...seed.source, message: 'the article in its seed' } });
    }
  });
  const fm = content.frontmatter;
  for (const key of ['title', 'outlet', 'printed'] as const) {
    if (fm[key] !== seed[key]) diagnostics.push({ file: content.file, line: content.keyLines[key] ?? 1, column: 1, source: 'content', rule: 'frontmatter-altered', fatal: true, message: `frontmatter ${key} "${fm[key]}" differs from its seed "${seed[key]}"`, cause: seed.source });
  }
  if (fm.seed.file !== seed.source.file || fm.seed.line !== seed.source.line) {
    diagnostics.push({ file: content.file, line: content.keyLines.seed ?? 1, column: 1, source: 'content', rule: 'seed-place', fatal: true, message: `frontmatter seed ${fm.seed.file}:${fm.seed.line} is not where the article stands`, cause: seed.source });
  }
  return diagnostics;
}
