/**
 * Reviewers' corrections and verdicts, validated per file (schema) and
 * against the corpus (targets that exist, corrections of what is there).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import { parseYaml } from '../core/yaml.ts';
import { type Correction, correctionSchema, type VerdictEntry, verdictSchema } from './schema.ts';

export const CORRECTIONS_DIR = 'content/corrections';
export const VERDICTS_DIR = 'content/verdicts';

export interface ReviewFiles {
  corrections: { file: string; text: string }[];
  verdicts: { file: string; text: string }[];
}

export function readReviewFiles(root: string): ReviewFiles {
  const read = (dir: string) => {
    const abs = join(root, dir);
    const names = existsSync(abs) ? readdirSync(abs).filter((n) => n.endsWith('.yaml')).sort() : [];
    return names.map((name) => ({ file: `${dir}/${name}`, text: readFileSync(join(abs, name), 'utf8') }));
  };
  return { corrections: read(CORRECTIONS_DIR), verdicts: read(VERDICTS_DIR) };
}

export interface KnownTargets {
  /** Claim id → its text and refs as published (from the seed). */
  claims: ReadonlyMap<string, { text: string; refs: readonly number[] }>;
  findings: ReadonlySet<string>;
}

export interface Reviews {
  corrections: Correction[];
  verdicts: VerdictEntry[];
}

/** Line of `key:` in a YAML text, for errors about a valid value (1 if not found). */
function lineOf(text: string, key: string): { line: number; column: number } {
  const index = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return { line: index + 1 || 1, column: index >= 0 ? key.length + 3 : 1 };
}

export function validateReviews(files: ReviewFiles, known: KnownTargets): { reviews: Reviews; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const corrections: Correction[] = [];
  for (const { file, text } of files.corrections) {
    const { value, diagnostics: d } = parseYaml(text, correctionSchema, file, { source: 'reviews' });
    diagnostics.push(...d);
    if (!value) continue;
    const claim = known.claims.get(value.claim);
    if (!claim) {
      diagnostics.push({ file, ...lineOf(text, 'claim'), source: 'reviews', rule: 'unknown-claim', fatal: true, message: `unknown claim id "${value.claim}": copy it from the claim’s permalink (#c…) or its “提出更正” link` });
      continue;
    }
    const current = value.field === 'text' ? claim.text : claim.refs.join(' ');
    if (value.wrong !== undefined && value.wrong !== current) {
      diagnostics.push({ file, ...lineOf(text, 'wrong'), source: 'reviews', rule: 'wrong-mismatch', fatal: true, message: `wrong: must be the claim’s ${value.field} as published, "${current}"` });
      continue;
    }
    if (value.field === 'refs' && !/^\d+( \d+)*$/.test(value.right)) {
      diagnostics.push({ file, ...lineOf(text, 'right'), source: 'reviews', rule: 'refs-format', fatal: true, message: 'right: paragraph numbers separated by spaces, like "2 5"' });
      continue;
    }
    if (value.right === current) {
      diagnostics.push({ file, ...lineOf(text, 'right'), source: 'reviews', rule: 'no-change', fatal: true, message: 'right: is the same as wrong; a correction must change something' });
      continue;
    }
    corrections.push({ ...value, wrong: current, file });
  }
  const verdicts: VerdictEntry[] = [];
  for (const { file, text } of files.verdicts) {
    const { value, diagnostics: d } = parseYaml(text, verdictSchema, file, { source: 'reviews' });
    diagnostics.push(...d);
    if (!value) continue;
    const exists = value.target.startsWith('c') ? known.claims.has(value.target) : known.findings.has(value.target);
    if (!exists) {
      diagnostics.push({ file, ...lineOf(text, 'target'), source: 'reviews', rule: 'unknown-target', fatal: true, message: `unknown ${value.target.startsWith('c') ? 'claim' : 'finding'} id "${value.target}": claims are listed in /data/claims.json, findings in /data/findings.json` });
      continue;
    }
    verdicts.push({ ...value, file });
  }
  const byDate = <T extends { date: string; file: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1);
  return { reviews: { corrections: corrections.sort(byDate), verdicts: verdicts.sort(byDate) }, diagnostics };
}

/** The latest verdict on a target and the ones before it (oldest first). */
export function verdictHistory(verdicts: readonly VerdictEntry[], target: string): { current?: VerdictEntry; earlier: VerdictEntry[] } {
  const all = verdicts.filter((v) => v.target === target);
  return { current: all.at(-1), earlier: all.slice(0, -1) };
}
