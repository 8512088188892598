#!/usr/bin/env node
/**
 * `npm run check`: run the consistency checker on the published corpus.
 *
 *   npm run check                    seeds/FILE:LINE:COL message [finding id]  check/kind, the other claims below
 *   npm run check -- --json          { "findings": [...] } (the shape of dist/data/findings.json)
 *   npm run check -- --format github GitHub Actions workflow annotations
 *
 * Exits 1 for invalid content (schema errors, unknown ids, content that
 * disagrees with its seeds), never for findings: disagreement between
 * sources is content, not an error.
 */
import { existsSync } from 'node:fs';
import { findingMessage } from '../check/messages.ts';
import { formatDiagnostic, githubAnnotation, InputError } from '../core/diagnostic.ts';
import { loadCorpus } from '../pipeline/load.ts';
import { publish } from '../site/publish.ts';
import { FINDING_LABELS, SEVERITY_LABELS } from '../site/labels.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const formatIndex = args.indexOf('--format');
const FORMATS = ['text', 'json', 'github'];
// `npm run check --format github` (no `--`): npm keeps the flag and passes "github" alone.
const bare = args.find((a) => FORMATS.includes(a) && !existsSync(a) && args[args.indexOf(a) - 1] !== '--format');
const format = json ? 'json' : formatIndex >= 0 ? args[formatIndex + 1] : (args.find((a) => a.startsWith('--format='))?.slice(9) ?? bare ?? 'text');
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--format' && a !== bare) ?? process.cwd();

try {
  const { findings } = publish(loadCorpus(root), { html: false });
  const messages = findings.map((f) => findingMessage(f, `考证 ${FINDING_LABELS[f.kind] ?? f.kind}（${SEVERITY_LABELS[f.severity]}）`));
  if (format === 'json') console.log(JSON.stringify({ findings }, null, 2));
  else if (format === 'github') for (const m of messages) console.log(githubAnnotation(m));
  else if (format === 'text') {
    for (const m of messages) console.log(formatDiagnostic(m));
    const counts = Object.entries(Object.groupBy(findings, (f) => f.kind)).map(([k, v]) => `${v!.length} ${k}`);
    console.log(`check: ${findings.length} finding(s)${counts.length ? `: ${counts.join(', ')}` : ''}`);
  } else {
    console.error(`check: unknown --format "${format}": use text, json or github`);
    process.exitCode = 2;
  }
} catch (error) {
  if (error instanceof InputError) {
    if (format === 'github') for (const d of error.diagnostics) console.log(githubAnnotation(d));
    console.error(error.message);
    console.error(`check: ${error.diagnostics.length} error(s) in the content`);
  } else {
    console.error(`check: unexpected failure: ${(error as Error).stack ?? String(error)}`);
  }
  process.exitCode = 1;
}
