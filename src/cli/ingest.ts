#!/usr/bin/env node
/**
 * `npm run ingest`: turn `seeds/*.txt` into `content/articles/*.mdx`.
 * Prints `file:line:col message  source/rule` for every problem and exits 1; never a bare stack trace.
 * `--format github` also prints each problem as a GitHub Actions annotation.
 */
import { githubAnnotation, InputError } from '../core/diagnostic.ts';
import { ingest } from '../content/ingest.ts';

const args = process.argv.slice(2);
const github = args.includes('github') || args.includes('--format=github');
const root = args.find((a, i) => !a.startsWith('--') && a !== 'github' && args[i - 1] !== '--format') ?? process.cwd();
try {
  const result = ingest(root);
  const claims = result.seeds.reduce((n, s) => n + s.articles.reduce((m, a) => m + a.sections.reduce((k, x) => k + x.claims.length, 0), 0), 0);
  const articles = result.seeds.reduce((n, s) => n + s.articles.length, 0);
  console.log(`ingest: ${result.seeds.length} seed export(s), ${articles} articles, ${claims} claims; ${result.written.length} written, ${result.kept} unchanged`);
  for (const file of result.written) console.log(`  + ${file}`);
} catch (error) {
  if (error instanceof InputError) {
    if (github) for (const d of error.diagnostics) console.log(githubAnnotation(d));
    console.error(error.message);
    console.error(`ingest: ${error.diagnostics.length} error(s); content/ was not changed`);
  } else {
    console.error(`ingest: unexpected failure: ${(error as Error).stack ?? String(error)}`);
  }
  process.exitCode = 1;
}
