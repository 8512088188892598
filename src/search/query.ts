/** Search state in the URL and term highlighting: pure, shared by the client and tests. */

export interface SearchState {
  q: string;
  /** Filter name → selected values. */
  filters: Record<string, string[]>;
  sort: '' | 'date:desc' | 'date:asc';
}

/** `?q=利用率&媒体=36氪&sort=date:desc` → state. Unknown keys are ignored. */
export function readState(search: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort === 'date:desc' || sort === 'date:asc' ? sort : '' };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, values] of Object.entries(state.filters)) for (const v of values) params.append(name, v);
  if (state.sort) params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Terms of a query to highlight in a claim: each whitespace-separated word,
 * and for Chinese words without a literal match, their longest substrings
 * (two characters or more) that the text contains.
 */
export function highlightTerms(query: string, text: string): string[] {
  const found = new Set<string>();
  const lower = text.toLowerCase();
  for (const word of query.toLowerCase().split(/\s+/).filter(Boolean)) {
    if (lower.includes(word)) {
      found.add(word);
      continue;
    }
    for (let length = word.length - 1; length >= 2; length--) {
      let any = false;
      for (let i = 0; i + length <= word.length; i++) {
        const part = word.slice(i, i + length);
        if (lower.includes(part)) {
          found.add(part);
          any = true;
        }
      }
      if (any) break;
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** Split text into plain and highlighted runs for the given terms (case-insensitive). */
export function splitHighlights(text: string, terms: readonly string[]): { text: string; mark: boolean }[] {
  if (terms.length === 0) return [{ text, mark: false }];
  const lower = text.toLowerCase();
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) for (let k = i; k < i + term.length; k++) marks[k] = true;
  }
  const runs: { text: string; mark: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs.at(-1);
    if (last && last.mark === marks[i]) last.text += text[i];
    else runs.push({ text: text[i]!, mark: marks[i]! });
  }
  return runs;
}

/** A link that opens the claim and highlights the term natively (text fragment), no script needed. */
export function claimLink(url: string, term: string | undefined): string {
  return term ? `${url}${url.includes('#') ? '' : '#'}:~:text=${encodeURIComponent(term)}` : url;
}
