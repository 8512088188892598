/** Search state in the URL and links to claims: pure, shared by the client and tests. */

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

/** A link that opens the claim and highlights the term natively (text fragment), no script needed. */
export function claimLink(url: string, term: string | undefined): string {
  return term ? `${url}${url.includes('#') ? '' : '#'}:~:text=${encodeURIComponent(term)}` : url;
}
