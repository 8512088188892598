/**
 * Reviewers' corrections and verdicts, validated per file (schema) and
 * against the corpus (targets that exist, corrections of what is there).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import { isParagraphList, MAX_PARAGRAPH } from '../core/markers.ts';
import { decodeText } from '../core/text.ts';
import { parseYaml } from '../core/yaml.ts';
import { CORRECTIONS_DIR, VERDICTS_DIR } from './dirs.ts';
import { type Correction, correctionSchema, type VerdictEntry, verdictSchema } from './schema.ts';

/** One review file; `refused` when it cannot be read as one (not UTF-8, not named *.yaml). */
export interface ReviewFile {
  file: string;
  text: string;
  refused?: Diagnostic;
}

export interface ReviewFiles {
  corrections: ReviewFile[];
  verdicts: ReviewFile[];
}

/** Every file in the review folders, sorted by name: `*.yaml` read as strict UTF-8, any other name refused. */
export function readReviewFiles(root: string): ReviewFiles {
  const read = (dir: string): ReviewFile[] => {
    const abs = join(root, dir);
    const names = existsSync(abs) ? readdirSync(abs).filter((n) => !n.startsWith('.')).sort() : [];
    return names.map((name) => {
      const file = `${dir}/${name}`;
      if (!name.endsWith('.yaml')) {
        const hint = name.endsWith('.yml') ? `rename it to ${name.slice(0, -4)}.yaml` : 'a correction or verdict is one *.yaml file';
        return { file, text: '', refused: { file, line: 1, column: 1, source: 'reviews', rule: 'file-name', fatal: true, message: `not a review file: ${hint}; nothing else belongs in ${dir}/` } };
      }
      const decoded = decodeText(file, readFileSync(join(abs, name)));
      if ('message' in decoded) return { file, text: '', refused: { ...decoded, source: 'reviews' } };
      return { file, text: decoded.lines.join('\n') };
    });
  };
  return { corrections: read(CORRECTIONS_DIR), verdicts: read(VERDICTS_DIR) };
}

export interface KnownTargets {
  /** Claim id → its text and refs as published (from the seed). */
  claims: ReadonlyMap<string, { text: string; refs: readonly number[] }>;
  /** Finding ids; left out, verdicts on findings pass here and are attached by src/reviews/attach.ts. */
  findings?: ReadonlySet<string>;
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

/** The docs ask for dates in quotes; unquoted, YAML 1.1 tools read them as timestamps. */
const QUOTED = { quoted: ['date'] } as const;

export function validateReviews(files: ReviewFiles, known: KnownTargets): { reviews: Reviews; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const corrections: Correction[] = [];
  for (const { file, text, refused } of files.corrections) {
    if (refused) {
      diagnostics.push(refused);
      continue;
    }
    const { value, diagnostics: d } = parseYaml(text, correctionSchema, file, { source: 'reviews', ...QUOTED });
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
    if (value.field === 'refs' && !isParagraphList(value.right)) {
      diagnostics.push({ file, ...lineOf(text, 'right'), source: 'reviews', rule: 'refs-format', fatal: true, message: `right: paragraph numbers separated by spaces, like "2 5", each from 1 to ${MAX_PARAGRAPH}` });
      continue;
    }
    if (value.right === current) {
      diagnostics.push({ file, ...lineOf(text, 'right'), source: 'reviews', rule: 'no-change', fatal: true, message: 'right: is the same as wrong; a correction must change something' });
      continue;
    }
    corrections.push({ ...value, wrong: current, file });
  }
  const verdicts: VerdictEntry[] = [];
  for (const { file, text, refused } of files.verdicts) {
    if (refused) {
      diagnostics.push(refused);
      continue;
    }
    const { value, diagnostics: d } = parseYaml(text, verdictSchema, file, { source: 'reviews', ...QUOTED });
    diagnostics.push(...d);
    if (!value) continue;
    const exists = value.target.startsWith('c') ? known.claims.has(value.target) : (known.findings?.has(value.target) ?? true);
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
