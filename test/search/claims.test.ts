/** Claims out of a page-level search result (src/search/claims.ts), on a hand-made result shaped like Pagefind's. */
import { describe, expect, it } from 'vitest';
import { pageClaims, type PageResult } from '../../src/search/claims.ts';
import { type ClaimTags, decodeClaimTags, encodeClaimTags } from '../../src/site/search-tags.ts';
import { parseQuery } from '../../src/search/terms.ts';

const tags: ClaimTags = {
  c000000000001: { r: [1], e: ['英伟达'], f: ['随时间变化'] },
  c000000000002: { r: [2, 3], e: ['微软', '萨提亚·纳德拉'] },
  c000000000003: { r: [4], x: '算力并未过剩', o: '算力过剩' },
};
// As Pagefind gives a page's filters back: in any order.
const filters = { 类型: ['文章'], 媒体: ['36氪'], 实体: ['萨提亚·纳德拉', '英伟达', '微软'], 核查: ['随时间变化'] };
const result: PageResult = {
  url: '/articles/x/',
  meta: { title: '英伟达市值', claims: JSON.stringify(encodeClaimTags(tags, filters)) },
  filters,
  anchors: [
    // Out of order on purpose: Pagefind gives no order guarantee.
    { element: 'p', id: 'c000000000002', text: '微软首席执行官表示需求强劲', location: 20 },
    { element: 'h2', id: 's1', text: '市场表现', location: 3 },
    { element: 'p', id: 'c000000000001', text: '英伟达市值突破5万亿美元', location: 5 },
    { element: 'h2', id: 's2', text: '观点', location: 30 },
    // A corrected claim: Pagefind gives its anchor no text.
    { element: 'p', id: 'c000000000003', text: '', location: 32 },
  ],
  locations: [6, 21],
};
const names = { 英伟达: ['NVIDIA'], 萨提亚·纳德拉: ['纳德拉', 'Satya Nadella'], 台积电: ['TSMC'] };
const ids = (query: string, filters: Record<string, string[]> = {}) => pageClaims(result, { terms: parseQuery(query), filters, names }).hits.map((h) => h.id);

describe('claim tags in page metadata', () => {
  it('come back as written, entities and findings by their position in the page’s sorted filter values', () => {
    const json = JSON.stringify(encodeClaimTags(tags, filters));
    // In claim order, without the ids: the claims' anchors give them back.
    expect(JSON.parse(json)).toEqual([[[1], [1], [0]], [[2, 3], [0, 2]], [[4], [], [], '算力并未过剩', '算力过剩']]);
    expect(decodeClaimTags(json, { ...filters, 实体: [...filters.实体].reverse() }, result.anchors)).toEqual(tags);
  });

  it('give nothing when they do not fit the page’s filters or claim anchors, or are not JSON', () => {
    const json = JSON.stringify(encodeClaimTags(tags, filters));
    expect(decodeClaimTags(json, { ...filters, 实体: ['英伟达'] }, result.anchors)).toEqual({});
    expect(decodeClaimTags('{', filters, result.anchors)).toEqual({});
    expect(decodeClaimTags(undefined, filters, result.anchors)).toEqual({});
    // One claim anchor more or less than tuples: which tuple is whose is not known.
    expect(decodeClaimTags(json, filters, result.anchors.slice(1))).toEqual({});
    expect(decodeClaimTags(json, filters, [...result.anchors, { element: 'p', id: 'c000000000004', text: '', location: 40 }])).toEqual({});
    expect(decodeClaimTags('{"c000000000001":[[1]]}', filters, result.anchors)).toEqual({});
  });
});

describe('pageClaims', () => {
  it('lists only the claims that hold every term, in page order', () => {
    expect(ids('英伟达 市值')).toEqual(['c000000000001']);
    expect(ids('英伟达 表示')).toEqual([]);
    expect(ids('5万亿美元')).toEqual(['c000000000001']);
    expect(ids('5万亿元')).toEqual([]);
  });

  it('never lists a claim for the page’s title or headings', () => {
    expect(ids('市场表现')).toEqual([]);
  });

  it('finds a claim through an other name of its entities, and says so', () => {
    expect(ids('纳德拉')).toEqual(['c000000000002']);
    expect(ids('nvidia 市值')).toEqual(['c000000000001']);
    const [hit] = pageClaims(result, { terms: parseQuery('纳德拉 需求'), filters: {}, names }).hits;
    expect(hit).toMatchObject({ url: '/articles/x/#c000000000002', refs: [2, 3], entities: ['微软', '萨提亚·纳德拉'], via: [{ term: '纳德拉', entity: '萨提亚·纳德拉', name: '纳德拉' }] });
    expect(hit!.marks.map(([s, e]) => hit!.text.slice(s, e))).toEqual(['需求']);
  });

  it('counts, per term, the claims that hold it, and gives the names a misspelling may have meant', () => {
    const found = pageClaims(result, { terms: parseQuery('英伟达 区块链'), filters: {}, names });
    expect(found.hits).toEqual([]);
    expect(found.holders).toEqual([1, 0]);
    expect(found.names).toEqual(expect.arrayContaining(['英伟达', 'NVIDIA', '纳德拉', '微软']));
    // The site's names table holds every entity's names; a page offers only those of its claims' entities.
    expect(found.names).not.toContain('TSMC');
  });

  it('never lists a claim through the names of an entity it is not linked to', () => {
    expect(ids('TSMC')).toEqual([]);
    expect(ids('纳德拉 市值')).toEqual([]);
  });

  it('applies claim-level filters (entity, finding) to single claims, every selected value', () => {
    expect(ids('')).toHaveLength(3);
    expect(ids('', { 实体: ['微软'] })).toEqual(['c000000000002']);
    expect(ids('', { 实体: ['微软', '英伟达'] })).toEqual([]);
    expect(ids('', { 核查: ['随时间变化'], 媒体: ['36氪'] })).toEqual(['c000000000001']);
    expect(ids('英伟达', { 实体: ['微软'] })).toEqual([]);
  });

  it('checks a reviewer’s correction and the original, and shows the correction', () => {
    const [hit] = pageClaims(result, { terms: parseQuery('"算力过剩"'), filters: {}, names }).hits;
    expect(hit).toMatchObject({ id: 'c000000000003', text: '算力过剩', corrected: '算力并未过剩', marks: [] });
    expect(ids('并未')).toEqual(['c000000000003']);
  });

  it('survives a page without claim metadata (an entity page)', () => {
    expect(pageClaims({ ...result, meta: {} }, { terms: parseQuery('英伟达'), filters: {}, names }).hits).toEqual([]);
  });
});
