/**
 * Ingest: seeds → `content/articles/*.mdx`. New articles are written; existing
 * ones are verified against their seeds, never overwritten, so reviewers'
 * edits survive and drift is reported. All or nothing: on any error nothing
 * is written, and the new `content/articles/` is made beside the old one and
 * swapped in at once (swap-dir.ts), so a killed run leaves it as it was or
 * wholly new; the next run removes what a killed one left.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alive, recoverDir, replaceDir } from '../core/swap-dir.ts';
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
  recoverArticles(root);
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

/** Write the new files into a copy of `content/articles/` and swap it in. */
function writeAll(root: string, files: readonly { file: string; text: string }[]): void {
  if (files.length === 0) return;
  replaceDir(
    join(root, ARTICLES_DIR),
    (staging) => {
      for (const f of files) writeFileSync(join(staging, f.file.slice(ARTICLES_DIR.length + 1)), f.text);
    },
    { keep: true },
  );
}

/** Finish or undo a killed run's swap; remove its staging trees and older runs' `*.mdx.tmp-PID` files. */
export function recoverArticles(root: string): string[] {
  const dir = join(root, ARTICLES_DIR);
  const done = recoverDir(dir);
  if (!existsSync(dir)) return done;
  for (const name of readdirSync(dir)) {
    const m = /\.mdx\.tmp-(\d+)$/.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    rmSync(join(dir, name), { force: true });
    done.push(join(dir, name));
  }
  return done;
}
