/** Entity pages and entities.json in the built site. Expected sets are computed from the claim text, independently of the linker. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/project.ts';

const read = (path: string) => readFileSync(join(repo, 'dist', path), 'utf8');
const claims = JSON.parse(read('data/claims.json')) as { id: string; text: string; article: string; entities: string[] }[];
const entities = JSON.parse(read('data/entities.json')) as { id: string; name: string; type: string; aliases: string[]; url: string; claims: string[] }[];
/** Claim ids an entity page links to, in page order. */
const listed = (id: string) => [...read(`entities/${id}/index.html`).matchAll(/<a class="claim-anchor" href="\/articles\/[^/]+\/#(c[0-9a-f]{12})">/g)].map((m) => m[1]);
const ids = (predicate: (c: (typeof claims)[number]) => boolean) => claims.filter(predicate).map((c) => c.id).sort();

describe('entity pages', () => {
  it('英伟达 lists every claim naming 英伟达/NVIDIA, plus those where 公司 means 英伟达', () => {
    const expected = ids((c) => /英伟达|nvidia/i.test(c.text) || (c.article === '2025-11-12-ying-wei-da-sheng-ji-er-shuai' && /(^|[,日后])公司股价/.test(c.text)));
    expect(expected.length).toBe(17);
    expect([...listed('nvidia')].sort()).toEqual(expected);
    expect(read('entities/nvidia/index.html')).toContain('<mark>公司</mark>股价');
  });

  it('萨提亚·纳德拉 includes the claims that say 微软CEO, 微软首席执行官 and Nadella', () => {
    const expected = ids((c) => /微软CEO|微软首席执行官|Nadella|纳德拉/.test(c.text));
    expect(expected.length).toBe(6);
    expect([...listed('satya-nadella')].sort()).toEqual(expected);
    const page = read('entities/satya-nadella/index.html');
    for (const phrase of ['微软CEO', '微软首席执行官', 'Nadella']) expect(page).toContain(`<mark>${phrase}</mark>`);
  });

  it('黄仁勋 is reached through 英伟达首席执行官', () => {
    expect(listed('jensen-huang')).toEqual(ids((c) => c.text.includes('英伟达首席执行官')));
    expect(read('entities/jensen-huang/index.html')).toContain('<mark>英伟达首席执行官</mark>');
  });

  it('新浪财经’s article (many companies) resolves 公司 to nothing', () => {
    const sina = claims.filter((c) => c.article === '2025-10-14-36-9-yi-da-dan-jing-shi-kong');
    const html = read('articles/2025-10-14-36-9-yi-da-dan-jing-shi-kong/index.html');
    expect(sina.length).toBe(13);
    expect(html).not.toMatch(/<a class="mention" href="[^"]+">公司<\/a>/);
  });

  it('links mentions in article claims to entity pages', () => {
    const html = read('articles/2025-11-02-wei-ruan-ceo-bu-xiang-zai-mai-ying/index.html');
    // Linked, with the entity's other names indexed for search (纳德拉 finds it) but not shown.
    expect(html).toMatch(/<a class="mention" href="\/entities\/satya-nadella\/" data-names="[^"]*纳德拉[^"]*" data-pagefind-index-attrs="data-names">微软首席执行官<\/a>/);
    expect(html).toMatch(/<a class="mention" href="\/entities\/jensen-huang\/"[^>]*>英伟达首席执行官<\/a>/);
  });

  it('shows names, relations and related entities', () => {
    const page = read('entities/aws/index.html');
    expect(page).toContain('隶属于：<a href="/entities/amazon/">亚马逊</a>');
    expect(read('entities/amazon/index.html')).toContain('下属部门：<a href="/entities/aws/">AWS</a>');
    expect(read('entities/openai/index.html')).toMatch(/常一同出现的实体[\s\S]*<a href="\/entities\/microsoft\/">微软<\/a> <span class="count">\d+<\/span>/);
  });

  it('indexes all entities by type with counts, by count and by name', () => {
    const index = read('entities/index.html');
    for (const label of ['公司', '人物', '产品', '机构', '指数', '地点', '概念']) expect(index).toContain(`id="type-`);
    expect(index).toContain('<a href="/entities/openai/">OpenAI</a>');
    const companies = index.slice(index.indexOf('id="type-company"'), index.indexOf('id="type-person"'));
    expect(companies.indexOf('/entities/openai/')).toBeLessThan(companies.indexOf('/entities/nvidia/'));
    const byName = read('entities/by-name/index.html');
    expect(byName).toContain('<strong aria-current="page">按名称</strong>');
  });
});

describe('entities.json and claims.json', () => {
  it('has one record per entity with its claims', () => {
    expect(entities.length).toBeGreaterThanOrEqual(60);
    const nvidia = entities.find((e) => e.id === 'nvidia')!;
    expect(nvidia).toMatchObject({ name: '英伟达', type: 'company', url: '/entities/nvidia/' });
    expect(nvidia.aliases).toContain('Nvidia');
    expect([...nvidia.claims].sort()).toEqual([...listed('nvidia')].sort());
  });

  it('gives every claim its entity ids, consistent with entities.json', () => {
    for (const entity of entities) for (const id of entity.claims) expect(claims.find((c) => c.id === id)!.entities).toContain(entity.id);
    const total = entities.reduce((n, e) => n + e.claims.length, 0);
    expect(claims.reduce((n, c) => n + c.entities.length, 0)).toBe(total);
  });
});
