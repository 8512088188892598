/**
 * Parse a seed export (the search tool's text export) into articles.
 *
 * ```
 * Workflow            export header
 * 算力过剩            the query: the corpus topic
 * icon / 搜索文档     tool chrome (optional)
 * <title>
 * <outlet>· YYYY-MM-DD HH:MM
 * <body>
 * …
 * ```
 * Blank lines and trailing spaces are ignored; every problem is reported with
 * its place, and parsing goes on so one run reports every error.
 */
import { SEED_TIME_ZONE } from './config.ts';
import type { Diagnostic } from './diagnostic.ts';
import { articleId, claimId } from './ids.ts';
import type { SeedArticle, ClaimId, SeedExport, Section } from './model.ts';
import { parseBody } from './parse-body.ts';
import { findHidden, hiddenMessage } from './invisible.ts';
import { decodeText, normalizeForMatch } from './text.ts';
import { columnsOf } from './text-columns.ts';

const CHROME = new Set(['icon', '搜索文档']);
/** `outlet· 2025-11-22 00:07`; full-width digits and separators allowed. */
const BYLINE = /^(.*)[·・][ \t\u3000]*([0-9０-９]{4})[-－]([0-9０-９]{1,2})[-－]([0-9０-９]{1,2})[ \t\u3000]+([0-9０-９]{1,2})[:：]([0-9０-９]{2})$/;
/** A line that means to be a byline: a dot, then a space or a digit (a title may hold 萨姆·奥尔特曼). */
const BYLINE_LIKE = /[·・](?=[ \t\u3000]|[0-9０-９])/;

export interface SeedResult {
  seed?: SeedExport;
  diagnostics: Diagnostic[];
}

interface Line {
  number: number;
  text: string;
  /** UTF-16 index of the first non-space character. */
  indent: number;
}

/** Parse raw bytes of the seed at `file` (a path relative to the project root). */
export function parseSeed(file: string, bytes: Uint8Array): SeedResult {
  const decoded = decodeText(file, bytes);
  if ('message' in decoded) return { diagnostics: [decoded] };

  const lines: Line[] = [];
  decoded.lines.forEach((raw, i) => {
    const text = raw.trimEnd();
    const body = text.trimStart();
    if (body !== '') lines.push({ number: i + 1, text, indent: text.length - body.length });
  });

  const diagnostics: Diagnostic[] = [];
  // Columns computed once per line: a body line may hold 100,000 claims.
  const columns = new Map<Line, (index: number) => number>();
  const columnOf = (line: Line, index: number) => {
    let of = columns.get(line);
    if (!of) columns.set(line, (of = columnsOf(line.text)));
    return of(index);
  };
  const place = (line: Line, index = line.indent) => ({ file, line: line.number, column: columnOf(line, index) });
  const content = (line: Line) => line.text.slice(line.indent);

  if (lines.length === 0 || content(lines[0]!) !== 'Workflow') {
    const first = lines[0];
    return {
      diagnostics: [{ ...(first ? place(first) : { file, line: 1, column: 1 }), source: 'seed', rule: 'header', fatal: true, message: 'not a search export: expected the header line "Workflow"' }],
    };
  }
  const topicLine = lines[1];
  if (!topicLine) return { diagnostics: [{ ...place(lines[0]!), source: 'seed', rule: 'header', fatal: true, message: 'export has no query line after "Workflow"' }] };
  const topic = content(topicLine);
  let i = 2;
  while (i < lines.length && CHROME.has(content(lines[i]!))) i++;
  if (i === lines.length) return { diagnostics: [{ ...place(topicLine), source: 'seed', rule: 'no-articles', fatal: true, message: 'export has no articles: nothing follows its header' }] };
  for (const line of lines) {
    for (const hidden of findHidden(line.text)) diagnostics.push({ ...place(line, hidden.index), source: 'seed', rule: 'invisible-character', fatal: true, message: hiddenMessage(hidden) });
  }

  const articles: SeedArticle[] = [];
  const isByline = (line: Line | undefined) => line !== undefined && BYLINE_LIKE.test(content(line));

  while (i < lines.length) {
    const titleLine = lines[i]!;
    const bylineLine = lines[i + 1];
    if (!isByline(bylineLine)) {
      diagnostics.push({ ...place(titleLine), source: 'seed', rule: 'cut-short', fatal: true, message: `article cut short: title "${content(titleLine)}" is not followed by an "outlet· YYYY-MM-DD HH:MM" line` });
      // Resume at the next line that is followed by a byline.
      i++;
      while (i < lines.length && !isByline(lines[i + 1])) i++;
      continue;
    }
    const bodyLine = lines[i + 2];
    if (!bodyLine || isByline(lines[i + 3])) {
      diagnostics.push({ ...place(bylineLine!), source: 'seed', rule: 'cut-short', fatal: true, message: `article cut short: "${content(titleLine)}" has no body after its outlet line` });
      i += 2;
      continue;
    }
    i += 3;

    const byline = parseByline(content(bylineLine!));
    if ('message' in byline) {
      diagnostics.push({ ...place(bylineLine!, bylineLine!.indent + byline.index), source: 'seed', rule: 'byline', fatal: true, message: byline.message });
      continue;
    }
    const title = content(titleLine);
    const id = articleId(byline.outlet, byline.printed, title);
    const body = parseBody(bodyLine.text, file, bodyLine.number);
    diagnostics.push(...body.diagnostics);

    const seen = new Map<string, number>();
    const ids = new Set<ClaimId>();
    const sections: Section[] = body.sections.map((section) => ({
      heading: section.heading,
      source: place(bodyLine, section.index),
      claims: section.claims.map((claim) => {
        const key = normalizeForMatch(claim.text);
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const cid = claimId(id, claim.text, occurrence);
        ids.add(cid);
        return { id: cid, text: claim.text, refs: claim.refs, source: place(bodyLine, claim.index) };
      }),
    }));
    articles.push({
      id,
      title,
      outlet: byline.outlet,
      printed: byline.printed,
      published: byline.published,
      source: place(titleLine),
      byline: place(bylineLine!),
      sections,
    });
  }

  return diagnostics.length > 0 ? { diagnostics } : { seed: { file, topic, articles }, diagnostics };
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Parse `outlet· YYYY-MM-DD HH:MM`, or say why not and where (index in `text`). */
function parseByline(text: string): { outlet: string; printed: string; published: string } | { message: string; index: number } {
  const dot = text.search(BYLINE_LIKE);
  const dateIndex = dot + 1 + (text.slice(dot + 1).length - text.slice(dot + 1).trimStart().length);
  const m = BYLINE.exec(text);
  if (!m) return { message: `date does not parse: expected "outlet· YYYY-MM-DD HH:MM", found "${text}"`, index: dateIndex };
  const [year, month, day, hour, minute] = m.slice(2).map((d) => Number(d.normalize('NFKC')));
  const outlet = m[1]!.trim();
  if (outlet === '') return { message: 'outlet line has no outlet name before "·"', index: 0 };
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const maxDay = month === 2 && !leap ? 28 : DAYS[month! - 1];
  if (!maxDay || day! < 1 || day! > maxDay || hour! > 23 || minute! > 59) {
    return { message: `date does not parse: "${text.slice(dateIndex)}" is not a valid date and time`, index: dateIndex };
  }
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${pad(year!, 4)}-${pad(month!)}-${pad(day!)}`;
  const time = `${pad(hour!)}:${pad(minute!)}`;
  return { outlet, printed: `${date} ${time}`, published: `${date}T${time}:00${SEED_TIME_ZONE.offset}` };
}
