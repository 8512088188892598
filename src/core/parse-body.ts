/**
 * Parse one article body line into sections and claims.
 *
 * The body is `<heading> - <claim> [2][5] - <claim> [3] <heading> - <claim> [12] …`:
 * every run of citation markers ends a claim; what follows a run is either
 * ` - <claim>` (same section) or `<heading> - <claim>` (new section). A heading
 * followed by a single paragraph with no ` - ` is split at its first space.
 */
import type { Diagnostic } from './diagnostic.ts';
import { columnAt } from './text.ts';

/** A claim as found in the body, before ids are assigned. */
export interface RawClaim {
  text: string;
  refs: number[];
  /** UTF-16 index of the claim's first character in the line. */
  index: number;
}

export interface RawSection {
  heading: string | null;
  index: number;
  claims: RawClaim[];
}

/** One marker `[n]`; ASCII or full-width brackets and digits. */
const MARKER = /[[［]([0-9０-９]+)[\]］]/g;
/** A run of markers, optionally separated by spaces: `[2][5]`, ` [2] [5]`. */
const MARKER_RUN = /[ \t\u3000]*[[［][0-9０-９]+[\]］](?:[ \t\u3000]*[[［][0-9０-９]+[\]］])*/g;
/** A marker that was opened but never closed: `[12` then a space or the end. */
const UNTERMINATED = /[[［][0-9０-９]+(?=[ \t\u3000]|$)/;
/** The separator between a heading or section and a claim. */
const DASH = /[ \t\u3000]+-(?:[ \t\u3000]+|$)/;
const SPACE = /[ \t\u3000]/;

function toNumber(digits: string): number {
  return Number(digits.normalize('NFKC'));
}

/** Index of the first non-space character at or after `from`. */
function skipSpace(line: string, from: number, to: number): number {
  let i = from;
  while (i < to && SPACE.test(line[i]!)) i++;
  return i;
}

/** Index just past the last non-space character before `to`. */
function trimEnd(line: string, from: number, to: number): number {
  let i = to;
  while (i > from && SPACE.test(line[i - 1]!)) i--;
  return i;
}

export function parseBody(
  line: string,
  file: string,
  lineNumber: number,
): { sections: RawSection[]; diagnostics: Diagnostic[] } {
  const sections: RawSection[] = [];
  const diagnostics: Diagnostic[] = [];
  const at = (rule: string, index: number, message: string): void => {
    diagnostics.push({ file, line: lineNumber, column: columnAt(line, index), message, source: 'seed', rule, fatal: true });
  };

  let cursor = 0;
  for (const run of line.matchAll(MARKER_RUN)) {
    const runStart = run.index;
    const refs = [...run[0].matchAll(MARKER)].map((m) => toNumber(m[1]!));
    const start = skipSpace(line, cursor, runStart);
    const end = trimEnd(line, start, runStart);
    cursor = runStart + run[0].length;

    let claimStart: number;
    if (line[start] === '-' && (start + 1 === end || SPACE.test(line[start + 1]!))) {
      // ` - <claim>`: another claim in the current section.
      claimStart = skipSpace(line, start + 1, end);
      if (sections.length === 0) sections.push({ heading: null, index: start, claims: [] });
    } else {
      // `<heading> - <claim>` or `<heading> <paragraph>`: a new section.
      const segment = line.slice(start, end);
      const dash = DASH.exec(segment) ?? SPACE.exec(segment);
      if (!dash) {
        at('heading-without-claim', start, `section heading "${segment}" has no claim before its citation marker`);
        continue;
      }
      sections.push({ heading: segment.slice(0, dash.index), index: start, claims: [] });
      claimStart = skipSpace(line, start + dash.index + dash[0].length, end);
    }

    const text = line.slice(claimStart, end);
    if (text === '') {
      at('empty-claim', runStart + (run[0].length - run[0].trimStart().length), 'empty claim: citation marker with no text before it');
      continue;
    }
    const open = UNTERMINATED.exec(text);
    if (open) {
      at('marker-unterminated', claimStart + open.index, `unterminated citation marker "${open[0]}": expected "]"`);
      continue;
    }
    sections.at(-1)!.claims.push({ text, refs, index: claimStart });
  }

  const restStart = skipSpace(line, cursor, line.length);
  const restEnd = trimEnd(line, restStart, line.length);
  if (restStart < restEnd) {
    const rest = line.slice(restStart, restEnd);
    const open = UNTERMINATED.exec(rest);
    if (open) at('marker-unterminated', restStart + open.index, `unterminated citation marker "${open[0]}": expected "]"`);
    else at('marker-missing', restStart, 'claim has no citation marker: every claim must end in markers like [2][5]');
  }
  if (sections.length === 0 && diagnostics.length === 0) at('no-claims', 0, 'article body has no claims');
  return { sections, diagnostics };
}
