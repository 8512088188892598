/** The checker on the first corpus: what the issue asks for, and nothing that pairs unlike figures. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/pipeline/load.ts';
import { publish } from '../../src/site/publish.ts';
import { repo } from '../helpers/project.ts';

const { findings, entities } = publish(loadCorpus(repo), { html: false });
const of = (kind: string) => findings.filter((f) => f.kind === kind);
const surfaces = (f: (typeof findings)[number]) => f.values.map((v) => v.surface).sort();
const parent = new Map(entities.flatMap((e) => e.relations.filter((r) => r.kind === 'part-of' || r.kind === 'subsidiary-of').map((r) => [e.id, r.target] as const)));
const root = (id: string | null) => (id && parent.get(id)) ?? id;

describe('findings on the seed', () => {
  it('shows the utilization figures together with their scopes', () => {
    const [utilization] = of('scope-mismatch').filter((f) => f.metric === 'utilization');
    expect(surfaces(utilization!)).toEqual(['10%-15%', '20%', '50%', '70%-80%']);
    expect(utilization!.values.map((v) => v.scope).sort()).toEqual(['企业级通用算力中心', '国产芯片', '智算中心设备', '部分智算中心国产算力']);
  });

  it('calls market-cap and share-price movements changes, not conflicts', () => {
    expect(of('conflict')).toEqual([]);
    const changes = of('change').filter((f) => f.entity === 'nvidia');
    expect(changes.map((f) => f.metric).sort()).toEqual(['market-cap', 'share-price']);
    expect(changes.find((f) => f.metric === 'market-cap')!.summary).toContain('2025年10月29日5万亿美元 → 2025年11月10日4.69万亿美元（下降；“降至”与方向一致）');
  });

  it('finds the corroborations: OpenAI revenue, 1.4万亿美元, 1300亿美元, GPU life', () => {
    const c = of('corroboration');
    const find = (metric: string) => c.find((f) => f.metric === metric);
    expect(surfaces(find('revenue')!)).toEqual(['130亿美元', '130亿美元', '130亿美元']);
    expect(surfaces(find('investment')!)).toEqual(['1.4万亿美元', '1.4万亿美元']);
    expect(surfaces(find('stake')!)).toEqual(['1300亿美元', '1300亿美元', '1300亿美元']);
    expect(surfaces(find('lifetime')!)).toEqual(['2-3年', '两三年']);
    for (const f of c) expect(new Set(f.claims.map((x) => x.outlet)).size).toBeGreaterThanOrEqual(2);
  });

  it('verifies 17.8万 as 22.4万 − 4.6万', () => {
    expect(of('headline').map((f) => f.summary)).toContain('标题“17.8万”由正文推算得到，核对一致：22.4万 − 4.6万 = 17.8万。');
  });

  it('never pairs figures of different entities or metric families', () => {
    for (const f of findings.filter((x) => ['conflict', 'change', 'corroboration', 'scope-mismatch'].includes(x.kind))) {
      expect(new Set(f.values.map((v) => root(v.entity))).size, f.id).toBeLessThanOrEqual(1);
      expect(f.metric).not.toBeNull();
    }
  });

  it('gives every finding a stable id and an explanation in Chinese with its claims', () => {
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    for (const f of findings) {
      expect(f.id).toMatch(/^f[0-9a-f]{12}$/);
      expect(f.summary).toMatch(/[\u4e00-\u9fff]/);
      expect(f.claims.length).toBeGreaterThanOrEqual(1);
      for (const c of f.claims) expect(c.url).toMatch(/^\/articles\/[^/]+\/(#c[0-9a-f]{12})?$/);
    }
    expect(loadCorpus(repo).findings.map((f) => f.id)).toEqual(findings.map((f) => f.id));
  });
});
