/**
 * Parse one article body line into sections and claims.
 *
 * The body is `<heading> - <claim> [2][5] - <claim> [3] <heading> - <claim> [12] …`:
 * every run of citation markers ends a claim; what follows a run is either
 * ` - <claim>` (same section) or `<heading> - <claim>` (new section). A heading
 * followed by a single paragraph with no ` - ` is split at its first space.
 * The marker grammar is in markers.ts; a claim boundary (` - `) without a
 * marker, or a bracketed word where a claim ends that is not a marker, is an
 * error naming the claim, never text joined to the next claim.
 */
import type { Diagnostic } from './diagnostic.ts';
import { bracketedEnd, MARKER, MARKER_LIKE, MARKER_RUN, MAX_PARAGRAPH, paragraphNumber } from './markers.ts';
import { columnsOf } from './text-columns.ts';

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

/** The separator between a heading or section and a claim. */
const DASH = /[ \t\u3000]+-(?:[ \t\u3000]+|$)/;
const SPACE = /[ \t\u3000]/;

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

/** A claim's text, short enough to name it in a message. */
function nameOf(text: string): string {
  const chars = [...text];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : text;
}

/**
 * Why `text` (one claim, up to where its markers should be) is not one claim:
 * a ` - ` inside it is a boundary without a marker, or it ends in a bracketed
 * word that is not a marker. `index` is a UTF-16 offset into `text`.
 */
function claimProblem(text: string): { rule: string; index: number; name: string; message: string } | undefined {
  const dash = DASH.exec(text);
  const before = dash ? text.slice(0, dash.index) : text;
  const bracketed = bracketedEnd(before);
  if (!bracketed && !dash) return undefined;
  const name = nameOf(before);
  if (bracketed) return { rule: bracketed.message.startsWith('unterminated') ? 'marker-unterminated' : 'marker-invalid', index: bracketed.index, name, message: bracketed.message };
  if (!dash) return undefined;
  // A malformed marker mid-claim is the likelier cause of a missing boundary than the dash.
  const like = [...before.matchAll(MARKER_LIKE)].at(-1);
  if (like) return { rule: 'marker-invalid', index: like.index, name, message: `"${like[0]}" is not a citation marker: a marker is [n], n a paragraph number from 1 to ${MAX_PARAGRAPH} (write a list or range as [1][2][3])` };
  return { rule: 'marker-missing', index: dash.index + dash[0].indexOf('-'), name, message: 'has no citation marker before " - ": every claim must end in markers like [2][5]' };
}

export function parseBody(
  line: string,
  file: string,
  lineNumber: number,
): { sections: RawSection[]; diagnostics: Diagnostic[] } {
  const sections: RawSection[] = [];
  const diagnostics: Diagnostic[] = [];
  const column = columnsOf(line);
  const at = (rule: string, index: number, message: string): void => {
    diagnostics.push({ file, line: lineNumber, column: column(index), message, source: 'seed', rule, fatal: true });
  };

  let cursor = 0;
  for (const run of line.matchAll(MARKER_RUN)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    const markersStart = runStart + (run[0].length - run[0].trimStart().length);
    const start = skipSpace(line, cursor, runStart);
    const end = trimEnd(line, start, runStart);
    cursor = runEnd;

    let markersOk = true;
    const refs: number[] = [];
    for (const m of run[0].matchAll(MARKER)) {
      const n = paragraphNumber(m[1]!);
      if (typeof n === 'number') refs.push(n);
      else {
        at('marker-number', runStart + m.index, n);
        markersOk = false;
      }
    }
    const after = line[runEnd];
    if (after !== undefined && !SPACE.test(after)) {
      at('marker-followed', runEnd, `"${after}" right after the citation marker ${line.slice(markersStart, runEnd)}: a marker is followed by a space, " - " or the end of the line`);
      markersOk = false;
    }

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
      at('empty-claim', markersStart, 'empty claim: citation marker with no text before it');
      continue;
    }
    const problem = claimProblem(text);
    if (problem) {
      at(problem.rule, claimStart + problem.index, `claim "${problem.name}": ${problem.message}`);
      continue;
    }
    if (markersOk) sections.at(-1)!.claims.push({ text, refs, index: claimStart });
  }

  const restStart = skipSpace(line, cursor, line.length);
  const restEnd = trimEnd(line, restStart, line.length);
  if (restStart < restEnd) {
    // Text after the last marker: a claim (perhaps after a heading or " - ") that never ends.
    const rest = line.slice(restStart, restEnd);
    // Skip " - " (same section) or "<heading> - " (a new one) to where the claim starts.
    const dash = /^-(?:[ \t\u3000]+|$)/.exec(rest) ?? DASH.exec(rest);
    const lead = dash ? dash.index + dash[0].length : 0;
    const claim = rest.slice(lead);
    const problem = claimProblem(claim);
    if (problem) at(problem.rule, restStart + lead + problem.index, `claim "${problem.name}": ${problem.message}`);
    else at('marker-missing', restStart + lead, `claim "${nameOf(claim)}" has no citation marker: every claim must end in markers like [2][5]`);
  }
  if (sections.length === 0 && diagnostics.length === 0) at('no-claims', 0, 'article body has no claims');
  return { sections, diagnostics };
}
