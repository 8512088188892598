/**
 * Names close to a word that found nothing: 英为达 → 英伟达. Candidates are
 * the entity names the search has already fetched (the candidate pages'
 * claims and their entities' other names), so a suggestion costs no download
 * and always leads somewhere. Edit distance by `leven`.
 */
import leven from 'leven';
import { normalizeAlias } from '../core/match-text.ts';

/** Edits allowed for a word of this many characters: none below 2, 1 up to 4, 2 beyond. */
export function allowedEdits(length: number): number {
  return length < 2 ? 0 : length <= 4 ? 1 : 2;
}

/** Up to `max` names within the allowed edits of `word` (not the word itself), nearest first, then by name. */
export function nearNames(word: string, names: Iterable<string>, max = 3): string[] {
  const w = normalizeAlias(word);
  const limit = allowedEdits([...w].length);
  if (limit === 0) return [];
  const scored = new Map<string, number>();
  for (const name of names) {
    const n = normalizeAlias(name);
    if (n === w || scored.has(name) || Math.abs([...n].length - [...w].length) > limit) continue;
    const d = leven(w, n, { maxDistance: limit + 1 });
    if (d <= limit) scored.set(name, d);
  }
  return [...scored].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, max).map(([name]) => name);
}
