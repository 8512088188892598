/**
 * A search query as the terms a claim must hold, every one of them. Works on
 * the query's matching copy (NFKC, lower case), so 英伟达 and ＮＶＩＤＩＡ are
 * read as typed in any width or case:
 *
 * - a quoted part ("算力 过剩", “算力过剩”, 「算力过剩」) is a phrase, matched as written;
 * - the rest splits at spaces and list punctuation (、；。);
 * - inside a word, a figure in Arabic digits is a number term with what
 *   follows it as its unit (130亿美元 → 130亿 + 美元); text before it is a text term.
 *   A number glued to a Latin letter (H100) stays part of its word.
 */
import { normalizeAlias } from '../core/match-text.ts';
import { figureForms, figuresIn } from './figures.ts';

export type Term =
  /** Text to find as written (after normalisation), or through an entity's other names. */
  | { kind: 'text'; text: string }
  /** A quoted phrase: the words together, in order. */
  | { kind: 'phrase'; text: string }
  /** A figure: its exact value (see figures.ts), and the unit written after it (may be empty). */
  | { kind: 'number'; value: string; unit: string; text: string };

const PHRASE = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g;
/** Between words: spaces, 、；。, and a comma that is not a thousands separator. */
const SEPARATOR = /\s+|[、;。]|,(?!\d{3}(?!\d))/;

export function parseQuery(query: string): Term[] {
  const q = normalizeAlias(query);
  const terms: Term[] = [];
  const rest = q.replace(PHRASE, (_all, ...groups: (string | undefined)[]) => {
    // Spaces between Chinese characters are not part of what was written (算力 过剩 is 算力过剩).
    const phrase = groups.slice(0, 4).find((g) => g !== undefined)!.trim().replace(/\s+/g, ' ').replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
    if (phrase) terms.push({ kind: 'phrase', text: phrase });
    return ' ';
  });
  for (const word of rest.split(SEPARATOR)) if (word) terms.push(...wordTerms(word));
  // The same term twice asks nothing more.
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.kind}:${t.kind === 'number' ? `${t.value}|${t.unit}` : t.text}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

function wordTerms(word: string): Term[] {
  const figures = figuresIn(word);
  // A number inside a name or code (h100) is no figure (see figures.ts): it stays part of its word.
  if (figures.length === 0) return [{ kind: 'text', text: word }];
  const terms: Term[] = [];
  if (figures[0]!.start > 0) terms.push({ kind: 'text', text: word.slice(0, figures[0]!.start) });
  figures.forEach((f, i) => {
    const surface = word.slice(f.start, f.end);
    const unit = word.slice(f.end, figures[i + 1]?.start ?? word.length);
    terms.push({ kind: 'number', value: f.value, unit, text: surface + unit });
  });
  return terms;
}

/**
 * What to ask Pagefind for candidate pages: the query without quotes (its
 * browser-side segmenter can miss quoted Chinese phrases; verify.ts checks the
 * phrase), in its matching copy, and for the first figure, each other usual way of writing it
 * (1.4万亿 also as 14000亿). At most four queries.
 */
export function candidateQueries(query: string, terms: readonly Term[]): string[] {
  // Pagefind folds case but not width: it is given the matching copy (ｃｕｄａ as cuda).
  const plain = normalizeAlias(query).replace(/["“”「」『』]/g, ' ').replace(/\s+/g, ' ').trim();
  const figure = terms.find((t): t is Extract<Term, { kind: 'number' }> => t.kind === 'number');
  if (!figure) return plain ? [plain] : [];
  const surface = figure.text.slice(0, figure.text.length - figure.unit.length);
  const at = plain.indexOf(surface);
  const others = at < 0 ? [] : figureForms(figure.value).filter((f) => f !== surface).map((f) => `${plain.slice(0, at)}${f}${plain.slice(at + surface.length)}`);
  return [plain, ...others].slice(0, 4);
}
