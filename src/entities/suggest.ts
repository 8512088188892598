/**
 * Curator help: names in claims that the registry does not know. Three
 * patterns, each a likely name: Latin-script words (CoreWeave, H100), names
 * before 公司/集团/科技/证券 (海南华铁公司), and quoted names (“DeepSeek”).
 */
import { normalizeAlias } from '../core/match-text.ts';
import type { Mention } from './linker.ts';

export interface Suggestion {
  name: string;
  count: number;
  /** Why it looks like a name. */
  kind: 'latin' | 'organisation' | 'quoted';
  /** Ids of claims where it appears (first few). */
  claims: string[];
}

const PATTERNS: [Suggestion['kind'], RegExp][] = [
  ['latin', /(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*(?:[ .&-][A-Z][A-Za-z0-9]*)*(?![A-Za-z0-9])/g],
  // 2–6 characters after a boundary, right before an organisation word.
  ['organisation', /(?<=^|[\s,，、。:：;；(（“"「])[\p{Script=Han}A-Za-z]{2,6}(?=公司|集团|证券|银行|基金)/gu],
  ['quoted', /[“"「『]([^”"」』]{2,12})[”"」』]/g],
];
/** Words the organisation pattern catches that are not names. */
/** Characters that make a run of Han text a phrase, not a name. */
const FUNCTION_CHARS = /[的在与对为等及被视性后有了是和或从将把向]/;
const NOT_NAMES = new Set(['相关', '国内', '部分', '多家', '其他', '上市', '初创', '应用层', '幸存', '电信', '该', '此', '本', '巨头', '非金融', '芯片设计', '基础设施', '能源和基础设施', '公益性', '大', '各', '头部', '龙头']);
/** Latin words that are not names in this corpus. */
const NOT_LATIN = new Set(['AI', 'CEO', 'CFO', 'GPU', 'CPU', 'API', 'ROI', 'ETF', 'Q1', 'Q2', 'Q3', 'Q4', 'A', 'C', 'PFlops', 'GW', 'PBC']);

export function suggestNames(claims: readonly { id: string; text: string; mentions: readonly Mention[] }[], known: Iterable<string>): Suggestion[] {
  const knownSet = new Set([...known].map(normalizeAlias));
  const found = new Map<string, Suggestion>();
  for (const claim of claims) {
    for (const [kind, pattern] of PATTERNS) {
      for (const m of claim.text.matchAll(pattern)) {
        const name = (m[1] ?? m[0]).trim();
        const start = m.index + (m[1] ? m[0].indexOf(m[1]) : 0);
        if (name.length < 2 || NOT_NAMES.has(name) || (kind === 'latin' && NOT_LATIN.has(name))) continue;
        if (kind === 'organisation' && FUNCTION_CHARS.test(name)) continue;
        if (knownSet.has(normalizeAlias(name))) continue;
        // Inside a linked mention already (the registry knows a longer name).
        if (claim.mentions.some((x) => x.entity !== null && x.start <= start && start + name.length <= x.end)) continue;
        const entry = found.get(name) ?? { name, count: 0, kind, claims: [] };
        entry.count++;
        if (entry.claims.length < 3 && !entry.claims.includes(claim.id)) entry.claims.push(claim.id);
        found.set(name, entry);
      }
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}
