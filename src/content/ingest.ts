/**
 * Ingest: seeds → `content/articles/*.mdx`. New articles are written; existing
 * ones are verified against their seeds, never overwritten, so reviewers'
 * edits survive and drift is reported. All or nothing: on any error nothing
 * is written, and files are staged then renamed so none is half-written.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/diagnostic.ts';
import type { SeedExport } from '../core/model.ts';
import { readSeeds } from '../core/read-seeds.ts';
import { articleSlug, uniqueSlug } from '../core/slug.ts';
import { emitArticleMdx } from './emit.ts';
import { ARTICLES_DIR, readContent } from './read-content.ts';
import { verifyContent } from './verify.ts';

export interface IngestResult {
  seeds: SeedExport[];
  /** Files written, relative to the root. */
  written: string[];
  /** Articles already present and verified. */
  kept: number;
}

export function ingest(root: string): IngestResult {
  const { seeds, diagnostics } = readSeeds(root);
  const content = readContent(root, seeds);
  diagnostics.push(...content.diagnostics);
  if (diagnostics.length > 0) throw new InputError(diagnostics);

  const present = new Set(content.articles.map((a) => a.frontmatter.id));
  const taken = new Set(content.articles.map((a) => a.slug));
  const planned: { file: string; text: string }[] = [];
  for (const seed of seeds) {
    for (const article of seed.articles) {
      if (present.has(article.id)) continue;
      const slug = uniqueSlug(articleSlug(article.printed, article.title), taken);
      taken.add(slug);
      planned.push({ file: `${ARTICLES_DIR}/${slug}.mdx`, text: emitArticleMdx(article, seed.topic) });
    }
  }

  // Verify what exists now; what we are about to write is correct by construction.
  const problems = verifyContent(
    seeds.map((s) => ({ ...s, articles: s.articles.filter((a) => present.has(a.id)) })),
    content.articles,
  );
  if (problems.length > 0) throw new InputError(problems);

  writeAll(root, planned);
  return { seeds, written: planned.map((p) => p.file), kept: present.size };
}

/** Stage every file beside its target, then rename each into place. */
function writeAll(root: string, files: readonly { file: string; text: string }[]): void {
  if (files.length === 0) return;
  mkdirSync(join(root, ARTICLES_DIR), { recursive: true });
  const staged = files.map((f) => ({ target: join(root, f.file), temp: join(root, `${f.file}.tmp-${process.pid}`), text: f.text }));
  try {
    for (const s of staged) writeFileSync(s.temp, s.text);
  } catch (error) {
    for (const s of staged) rmSync(s.temp, { force: true });
    throw error;
  }
  for (const s of staged) renameSync(s.temp, s.target);
}
