/**
 * Claims out of page-level search results (src/search/claims.ts), on a
 * hand-made result shaped like Pagefind's, and on the real index of the built
 * site: every claim is an anchor whose text is the claim as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimHits, type PageResult } from '../../src/search/claims.ts';
import { searchFragments } from '../helpers/dist.ts';
import { repo } from '../helpers/project.ts';

const result: PageResult = {
  url: '/articles/x/',
  meta: {
    title: '英伟达市值',
    claims: JSON.stringify({
      c000000000001: { r: [1], e: ['英伟达'], f: ['随时间变化'] },
      c000000000002: { r: [2, 3], e: ['微软', '萨提亚·纳德拉'] },
      c000000000003: { r: [4], x: '算力并未过剩', o: '算力过剩' },
    }),
  },
  anchors: [
    // Out of order on purpose: Pagefind gives no order guarantee.
    { element: 'p', id: 'c000000000002', text: '微软首席执行官表示', location: 20 },
    { element: 'h2', id: 's1', text: '市场表现', location: 3 },
    { element: 'p', id: 'c000000000001', text: '英伟达市值突破5万亿美元', location: 5 },
    { element: 'h2', id: 's2', text: '观点', location: 30 },
    // A corrected claim: Pagefind gives its anchor no text.
    { element: 'p', id: 'c000000000003', text: '', location: 32 },
  ],
  locations: [],
};

describe('claimHits', () => {
  it('gives each match to the claim whose anchor is last at or before it, in page order', () => {
    const hits = claimHits({ ...result, locations: [25, 6, 21] }, { query: '率', filters: {} });
    expect(hits.map((h) => [h.id, h.matches])).toEqual([
      ['c000000000001', 1],
      ['c000000000002', 2],
    ]);
    expect(hits[1]).toMatchObject({ text: '微软首席执行官表示', url: '/articles/x/#c000000000002', refs: [2, 3], entities: ['微软', '萨提亚·纳德拉'], findings: [] });
  });

  it('drops matches in the title and in section headings: they belong to no claim', () => {
    expect(claimHits({ ...result, locations: [0, 1, 3, 30, 31] }, { query: '市场', filters: {} })).toEqual([]);
  });

  it('keeps only the claims that hold every word of the query, when some do (in text or entity names)', () => {
    const both = { ...result, locations: [6, 21] };
    expect(claimHits(both, { query: '纳德拉', filters: {} }).map((h) => h.id)).toEqual(['c000000000002']);
    expect(claimHits(both, { query: '英伟达 市值', filters: {} }).map((h) => h.id)).toEqual(['c000000000001']);
    // None holds both words: every claim with a match stays.
    expect(claimHits(both, { query: '英伟达 表示', filters: {} }).map((h) => h.id)).toEqual(['c000000000001', 'c000000000002']);
    // The preference counts only claims the filters let through.
    expect(claimHits(both, { query: '英伟达', filters: { 实体: ['微软'] } }).map((h) => h.id)).toEqual(['c000000000002']);
  });

  it('applies claim-level filters (entity, finding) to single claims, every selected value', () => {
    const all = { query: '', filters: {} };
    expect(claimHits(result, all)).toHaveLength(3);
    expect(claimHits(result, { query: '', filters: { 实体: ['微软'] } }).map((h) => h.id)).toEqual(['c000000000002']);
    expect(claimHits(result, { query: '', filters: { 实体: ['微软', '英伟达'] } })).toEqual([]);
    expect(claimHits(result, { query: '', filters: { 核查: ['随时间变化'], 媒体: ['36氪'] } }).map((h) => h.id)).toEqual(['c000000000001']);
  });

  it('carries a reviewer’s correction beside the text the page shows', () => {
    const [hit] = claimHits({ ...result, locations: [33] }, { query: '算力', filters: {} });
    expect(hit).toMatchObject({ id: 'c000000000003', text: '算力过剩', corrected: '算力并未过剩' });
    expect(claimHits({ ...result, locations: [6] }, { query: '英伟达', filters: {} })[0]!.corrected).toBeNull();
  });

  it('survives a page without claim metadata (an entity page)', () => {
    expect(claimHits({ ...result, meta: {}, locations: [5] }, { query: '英伟达', filters: {} })).toEqual([]);
  });
});

describe('the built index', () => {
  const fragments = searchFragments(join(repo, 'dist'));
  const claims = JSON.parse(readFileSync(join(repo, 'dist/data/claims.json'), 'utf8')) as { id: string; url: string; text: string; refs: number[] }[];

  it('has every claim once, as an anchor on its article holding the claim as written', () => {
    const anchors = new Map(fragments.flatMap((f) => f.anchors.filter((a) => /^c[0-9a-f]{12}$/.test(a.id)).map((a) => [`${f.url}#${a.id}` as string, a] as const)));
    expect(anchors.size).toBe(claims.length);
    for (const claim of claims) {
      // Pagefind collapses runs of whitespace, as the browser does when it shows the page.
      expect(anchors.get(claim.url)?.text, claim.id).toBe(claim.text.replace(/\s+/g, ' ').trim());
    }
  });

  it('lists every claim in its page’s metadata with its markers, so filters work per claim', () => {
    const tagged = new Map(fragments.flatMap((f) => Object.entries(JSON.parse(f.meta.claims ?? '{}') as Record<string, { r: number[] }>).map(([id, t]) => [id, t.r] as const)));
    expect(tagged.size).toBe(claims.length);
    for (const claim of claims) expect(tagged.get(claim.id), claim.id).toEqual(claim.refs);
  });
});
