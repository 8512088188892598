/**
 * Whether a claim holds every term of a query (terms.ts), and where. Pagefind
 * only finds candidate pages (it splits an unknown Chinese word into single
 * characters and matches their prefixes); the search page lists a claim only
 * when this says it holds every term:
 *
 * - a text term occurs in the claim as written (after NFKC and case folding),
 *   or is one of the other names of an entity the claim is linked to
 *   (纳德拉 for a claim that says 微软首席执行官), or is such a name joined to
 *   text the claim holds (寒武纪市盈率);
 * - a phrase occurs as written;
 * - a number term matches a figure of the claim of the same exact value, read
 *   whole (193.16 is not 193.17; 20 is not the start of 200), followed by the
 *   unit the query wrote after it, if any (1.4万亿美元 finds 14000亿美元).
 *
 * Highlights are the spans where terms matched in the text shown, never text
 * the reader cannot see.
 */
import { normalizeAlias, normalizeForLinking } from '../core/match-text.ts';
import { type Figure, figuresIn } from './figures.ts';
import type { Term } from './terms.ts';

export interface Subject {
  /** The text shown: highlights are spans of it. */
  text: string;
  /** More text of the same claim that counts as written (the original of a corrected claim), never highlighted. */
  also?: string;
  /** The entities the claim is linked to, each with its other names. */
  entities: readonly { name: string; names: readonly string[] }[];
}

export interface Verdict {
  holds: boolean;
  /** For each term, whether the subject holds it. */
  found: boolean[];
  /** Spans of `text` to highlight (UTF-16 offsets, end exclusive), merged and in order. */
  marks: [number, number][];
  /** Terms held only through an entity's other name: the term, the entity, the name. */
  via: { term: string; entity: string; name: string }[];
}

interface Haystack {
  norm: string;
  origin: number[];
  figures: Figure[];
}

type Span = [number, number];
/** A term's match: spans in the shown text's matching copy (maybe none), or an entity's name that holds it. */
type Match = { spans: Span[]; via?: { entity: string; name: string } } | undefined;

function haystack(text: string): Haystack {
  const { text: norm, origin } = normalizeForLinking(text);
  return { norm, origin, figures: figuresIn(norm) };
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Where `needle` occurs in `norm`, never inside a longer figure (193.1 is not in 193.16, 20 not in 200). */
export function occurrences(norm: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let i = norm.indexOf(needle); i >= 0; i = norm.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (isDigit(needle[0]) && (isDigit(norm[i - 1]) || (/[.,]/.test(norm[i - 1] ?? '') && isDigit(norm[i - 2])))) continue;
    if (isDigit(needle.at(-1)) && (isDigit(norm[end]) || (/[.,]/.test(norm[end] ?? '') && isDigit(norm[end + 1])))) continue;
    spans.push([i, end]);
  }
  return spans;
}

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k;
}

function matchNumber(h: Haystack, term: Extract<Term, { kind: 'number' }>): Span[] {
  const spans: Span[] = [];
  for (const f of h.figures) {
    if (f.value !== term.value) continue;
    let end = f.end;
    while (h.norm[end] === ' ') end++;
    if (!term.unit) {
      spans.push([f.start, f.end]);
      continue;
    }
    const k = commonPrefix(term.unit, h.norm.slice(end, end + term.unit.length));
    if (k === term.unit.length) spans.push([f.start, end + k]);
    // 4.69万亿美元市值: the unit (美元) follows the figure, the rest (市值) is elsewhere in the claim.
    else if (k >= 2) {
      const rest = occurrences(h.norm, term.unit.slice(k));
      if (rest.length > 0) spans.push([f.start, end + k], ...rest);
    }
  }
  return spans;
}

export function verify(terms: readonly Term[], subject: Subject): Verdict {
  const shown = haystack(subject.text);
  const also = subject.also !== undefined ? haystack(subject.also) : undefined;
  const entities = subject.entities.map((e) => ({ entity: e.name, names: [...new Set([e.name, ...e.names])].map((name) => ({ name, norm: normalizeAlias(name) })) }));

  /** A text or phrase term: as written in the text, or one of a linked entity's names. */
  const matchText = (text: string, phrase: boolean, depth = 0): Match => {
    const spans = occurrences(shown.norm, text);
    if (spans.length > 0) return { spans };
    if (also && occurrences(also.norm, text).length > 0) return { spans: [] };
    for (const e of entities) {
      const named = e.names.find((n) => n.norm === text) ?? e.names.find((n) => n.norm.includes(text));
      if (named) return { spans: [], via: { entity: e.entity, name: named.name } };
    }
    if (phrase || depth > 0) return undefined;
    // A linked entity's name joined to more text: 寒武纪市盈率, 市值英伟达.
    for (const e of entities) {
      for (const n of e.names) {
        if (n.norm.length < 2 || n.norm.length >= text.length) continue;
        const rest = text.startsWith(n.norm) ? text.slice(n.norm.length) : text.endsWith(n.norm) ? text.slice(0, -n.norm.length) : undefined;
        const more = rest === undefined ? undefined : matchText(rest, false, depth + 1);
        if (more) return { spans: [...occurrences(shown.norm, n.norm), ...more.spans], ...(more.via ? { via: more.via } : {}) };
      }
    }
    return undefined;
  };

  const via: Verdict['via'] = [];
  const spans: Span[] = [];
  const found = terms.map((term) => {
    let match: Match;
    if (term.kind === 'number') {
      const own = matchNumber(shown, term);
      match = own.length > 0 ? { spans: own } : also && matchNumber(also, term).length > 0 ? { spans: [] } : undefined;
    } else match = matchText(term.text, term.kind === 'phrase');
    if (!match) return false;
    spans.push(...match.spans);
    if (match.via) via.push({ term: term.text, ...match.via });
    return true;
  });
  return { holds: terms.length > 0 && found.every(Boolean), found, marks: merge(spans.map(([s, e]) => [shown.origin[s]!, shown.origin[e]!])), via };
}

function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
