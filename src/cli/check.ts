#!/usr/bin/env node
/**
 * `npm run check`: run the consistency checker on the published corpus.
 *
 *   npm run check                    seeds/FILE:LINE:COL kind: message, with the other claim as cause
 *   npm run check -- --json          { "findings": [...] } (the shape of dist/data/findings.json)
 *   npm run check -- --format github GitHub Actions workflow annotations
 *
 * Exits 1 for invalid content (schema errors, unknown ids, content that
 * disagrees with its seeds), never for findings: disagreement between
 * sources is content, not an error.
 */
import { existsSync } from 'node:fs';
import { formatPlace, InputError } from '../core/diagnostic.ts';
import { loadCorpus } from '../content/corpus.ts';
import { FINDING_LABELS, SEVERITY_LABELS } from '../content/labels.ts';
import type { Finding } from '../check/model.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const formatIndex = args.indexOf('--format');
const FORMATS = ['text', 'json', 'github'];
// `npm run check --format github` (no `--`): npm keeps the flag and passes "github" alone.
const bare = args.find((a) => FORMATS.includes(a) && !existsSync(a) && args[args.indexOf(a) - 1] !== '--format');
const format = json ? 'json' : formatIndex >= 0 ? args[formatIndex + 1] : (args.find((a) => a.startsWith('--format='))?.slice(9) ?? bare ?? 'text');
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--format' && a !== bare) ?? process.cwd();

/** GitHub annotation values: `%`, CR and LF escaped; properties also `:` and `,`. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function text(f: Finding): string {
  const [first, ...others] = f.claims;
  const head = `${formatPlace(first!.source)} ${f.kind}: ${f.summary} [${f.id}]`;
  return [head, ...others.map((c) => `  ${formatPlace(c.source)} ${c.outlet}${c.label && c.label !== c.outlet ? `（${c.label}）` : ''}`)].join('\n');
}

function github(f: Finding): string {
  const level = f.severity === 'high' ? 'warning' : 'notice';
  const first = f.claims[0]!.source;
  const title = `考证 ${FINDING_LABELS[f.kind] ?? f.kind}（${SEVERITY_LABELS[f.severity]}）`;
  const also = f.claims.slice(1).map((c) => formatPlace(c.source)).join(' ');
  return `::${level} file=${escapeProperty(first.file)},line=${first.line},col=${first.column},title=${escapeProperty(title)}::${escapeData(`${f.summary}${also ? `\n另见 ${also}` : ''}\n${f.id}`)}`;
}

try {
  const { findings } = loadCorpus(root, { html: false });
  if (format === 'json') console.log(JSON.stringify({ findings }, null, 2));
  else if (format === 'github') for (const f of findings) console.log(github(f));
  else if (format === 'text') {
    for (const f of findings) console.log(text(f));
    const counts = Object.entries(Object.groupBy(findings, (f) => f.kind)).map(([k, v]) => `${v!.length} ${k}`);
    console.log(`check: ${findings.length} finding(s)${counts.length ? `: ${counts.join(', ')}` : ''}`);
  } else {
    console.error(`check: unknown --format "${format}": use text, json or github`);
    process.exitCode = 2;
  }
} catch (error) {
  if (error instanceof InputError) {
    if (format === 'github') for (const d of error.diagnostics) console.log(`::error file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty('考证：内容无效')}::${escapeData(d.message)}`);
    console.error(error.message);
    console.error(`check: ${error.diagnostics.length} error(s) in the content`);
  } else {
    console.error(`check: unexpected failure: ${(error as Error).stack ?? String(error)}`);
  }
  process.exitCode = 1;
}
