/** One ok and one not-ok fixture per rule, as small seed exports run through parser, linker and checker. */
import { describe, expect, it } from 'vitest';
import { checkSeed, kinds, seed } from './helpers.ts';

const openai = (outlet: string, time: string, body: string): [string, string, string, string] => ['OpenAI CEO:收入情况', outlet, time, body];

describe('conflict', () => {
  it('flags a same-day disagreement between two outlets on the same figure', () => {
    const findings = checkSeed(seed(openai('搜狐财经', '2025-11-03 04:20', '财务 - 公司实际收入约130亿美元 [5]'), openai('第一财经', '2025-11-03 04:11', '财务 - 公司实际收入约200亿美元 [5]')));
    const conflict = findings.filter((f) => f.kind === 'conflict');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]!).toMatchObject({ severity: 'high', entity: 'openai', metric: 'revenue' });
    expect(conflict[0]!.summary).toContain('130亿美元');
    expect(conflict[0]!.summary).toContain('200亿美元');
    expect(conflict[0]!.claims.map((c) => c.outlet)).toEqual(['搜狐财经', '第一财经']);
  });

  it('does not flag figures that agree within rounding, or different days of a daily figure', () => {
    expect(kinds(checkSeed(seed(openai('搜狐财经', '2025-11-03 04:20', '财务 - 公司实际收入约130亿美元 [5]'), openai('第一财经', '2025-11-03 04:11', '财务 - 公司实际收入131亿美元 [5]'))))).not.toContain('conflict');
    const nvidia = (outlet: string, time: string, body: string): [string, string, string, string] => ['英伟达市值', outlet, time, body];
    expect(kinds(checkSeed(seed(nvidia('钛媒体APP', '2025-10-29 08:00', '市场 - 市值突破5万亿美元 [1]'), nvidia('36氪', '2025-11-10 08:00', '市场 - 市值降至4.69万亿美元 [2]'))))).not.toContain('conflict');
  });

  it('never pairs figures of different entities or metrics', () => {
    const findings = checkSeed(seed(['英伟达与微软', '36氪', '2025-11-03 08:00', '要点 - 英伟达市值5万亿美元 [1] - 微软市值4万亿美元 [2] - 英伟达股价200美元 [3]'], ['英伟达与微软', '钛媒体APP', '2025-11-03 09:00', '要点 - 微软市值2万亿美元 [1] - 英伟达收入130亿美元 [2]']));
    const conflict = findings.filter((f) => f.kind === 'conflict');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]!.entity).toBe('microsoft');
  });
});

describe('scope-mismatch', () => {
  it('puts one metric under different scopes side by side, deriving 利用率 from 闲置率', () => {
    const findings = checkSeed(seed(['国产算力', '36氪', '2025-04-28 10:25', '现状 - 部分智算中心国产算力利用率不足20% [9] - 国产芯片闲置率可能高达70%-80% [11]'], ['算力泡沫', '新浪财经', '2025-10-14 03:24', '差距 - 智算中心设备点亮率不足50% [5]']));
    const mismatch = findings.filter((f) => f.kind === 'scope-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]!.values.map((v) => v.surface).sort()).toEqual(['20%', '50%', '70%-80%']);
    expect(mismatch[0]!.summary).toContain('利用率 = 100% − 闲置率');
    expect(mismatch[0]!.summary).toContain('点亮率只是利用率的弱代理');
    expect(kinds(findings)).not.toContain('conflict');
  });

  it('is silent when every figure has the same scope', () => {
    expect(kinds(checkSeed(seed(['国产算力', '36氪', '2025-04-28 10:25', '现状 - 国产芯片闲置率可能高达70%-80% [11]'], ['算力', '新浪财经', '2025-10-14 03:24', '差距 - 国产芯片闲置率约75% [5]'])))).not.toContain('scope-mismatch');
  });
});

describe('change', () => {
  const nvidia = (outlet: string, time: string, body: string): [string, string, string, string] => ['英伟达市值', outlet, time, body];
  it('reports a figure over time and checks the direction word', () => {
    const findings = checkSeed(seed(nvidia('钛媒体APP', '2025-10-29 08:00', '市场 - 市值突破5万亿美元 [1]'), nvidia('36氪', '2025-11-10 08:00', '市场 - 市值降至4.69万亿美元 [2]')));
    const change = findings.find((f) => f.kind === 'change')!;
    expect(change.severity).toBe('info');
    expect(change.summary).toContain('“降至”与方向一致');
  });

  // 5万亿 written plainly means 4.5–5.5万亿 (the last digit's rounding): 突破5万亿 is clearly above 4.69万亿.
  it('raises the severity when the direction word contradicts the sign', () => {
    const findings = checkSeed(seed(nvidia('钛媒体APP', '2025-10-29 08:00', '市场 - 市值突破5万亿美元 [1]'), nvidia('36氪', '2025-11-10 08:00', '市场 - 市值涨至4.69万亿美元 [2]')));
    const change = findings.find((f) => f.kind === 'change')!;
    expect(change.severity).toBe('medium');
    expect(change.summary).toContain('“涨至”与方向不符');
  });

  it('is silent for timeless metrics and for the same day', () => {
    expect(kinds(checkSeed(seed(nvidia('钛媒体APP', '2025-10-29 08:00', '市场 - 市值5万亿美元 [1]'), nvidia('36氪', '2025-10-29 09:00', '市场 - 市值5万亿美元 [2]'))))).not.toContain('change');
  });
});

describe('corroboration and syndication', () => {
  it('counts independent outlets that agree', () => {
    const findings = checkSeed(seed(openai('搜狐财经', '2025-11-03 04:20', '财务 - 公司实际年化收入远超130亿美元 [5]'), openai('第一财经', '2025-11-03 04:11', '财务 - 公司表示实际收入远不止130亿美元 [5]')));
    const c = findings.find((f) => f.kind === 'corroboration')!;
    expect(c.summary).toMatch(/^2家媒体给出一致的OpenAI收入/);
  });

  it('counts two articles of one outlet once: no corroboration, a syndication', () => {
    const findings = checkSeed(seed(openai('第一财经', '2025-11-03 04:11', '财务 - 公司实际收入远不止130亿美元,且增长迅速 [5]'), openai('第一财经', '2025-11-03 04:01', '财务 - 公司实际收入远不止130亿美元 [3]')));
    expect(kinds(findings)).not.toContain('corroboration');
    const s = findings.find((f) => f.kind === 'syndication')!;
    expect(s.summary).toContain('都来自第一财经');
  });

  it('does not call different claims copies', () => {
    expect(kinds(checkSeed(seed(openai('搜狐财经', '2025-11-03 04:20', '财务 - 公司实际收入远超130亿美元 [5]'), openai('第一财经', '2025-11-03 04:11', '前景 - 今年最显著的技术进展是AI编程模型的发展 [7]'))))).not.toContain('syndication');
  });
});

describe('headline', () => {
  it('verifies a headline figure derived from the body: 17.8万 = 22.4万 − 4.6万', () => {
    const findings = checkSeed(seed(['股东暴增17.8万', '新浪财经', '2025-10-14 03:24', '案例 - 海南华铁期间股东户数从4.6万暴增至22.4万 [1][11]']));
    const h = findings.find((f) => f.kind === 'headline')!;
    expect(h.severity).toBe('info');
    expect(h.summary).toBe('标题“17.8万”由正文推算得到，核对一致：22.4万 − 4.6万 = 17.8万。');
    expect(h.claims[0]!).toMatchObject({ label: '标题', text: '股东暴增17.8万' });
  });

  it('cites the same figure as support when the body has it, not every larger one', () => {
    const findings = checkSeed(seed(['OpenAI CEO:收入远不止130亿美元', '第一财经', '2025-11-03 04:11', '财务 - 公司实际收入远不止130亿美元 [5] - 非营利实体持有约1300亿美元股权 [7]']));
    expect(findings.find((f) => f.kind === 'headline')!.summary).toBe('标题“130亿美元”与正文一致：“130亿美元”。');
  });

  it('flags the upper end of a range stated as fact, and a figure the body lacks', () => {
    const upper = checkSeed(seed(['部分国产芯片闲置率高达80%?', '36氪', '2025-04-28 10:25', '现状 - 国产芯片闲置率可能高达70%-80% [11]']));
    expect(upper.find((f) => f.kind === 'headline')).toMatchObject({ severity: 'medium', summary: expect.stringContaining('上限当作事实') });
    const missing = checkSeed(seed(['套现99亿', '新浪财经', '2025-10-14 03:24', '减持 - 董事长计划减持1143万股 [7]']));
    expect(missing.find((f) => f.kind === 'headline')).toMatchObject({ severity: 'medium', summary: expect.stringContaining('找不到依据') });
  });
});

describe('tension', () => {
  it('sets opposite statements on one topic side by side, by tense', () => {
    const findings = checkSeed(seed(['数据中心', '智通财经', '2025-03-27 05:45', '消息 - 因算力过剩,微软已退出多个数据中心项目 [2]'], ['电力瓶颈', '半导体行业观察', '2025-11-02 02:08', '挑战 - 当前AI产业面临的核心挑战并非算力过剩 [2]']));
    const t = findings.find((f) => f.kind === 'tension')!;
    expect(t.severity).toBe('low');
    expect(t.claims.map((c) => c.label)).toEqual(['认为过剩', '认为并非过剩']);
  });

  it('reads 未来 as “future”, not as a negation', () => {
    const findings = checkSeed(seed(['展望', '创业邦', '2025-11-07 10:39', '观点 - Nadella提出未来算力将过剩 [18]'], ['电力瓶颈', '半导体行业观察', '2025-11-02 02:08', '挑战 - 对未来两三年不会出现算力过剩的说法持不同看法 [2]']));
    const t = findings.find((f) => f.kind === 'tension')!;
    expect(t.claims.map((c) => [c.outlet, c.label])).toEqual([['创业邦', '认为过剩'], ['半导体行业观察', '认为并非过剩']]);
  });

  it('is silent when every article says the same', () => {
    expect(kinds(checkSeed(seed(['数据中心', '智通财经', '2025-03-27 05:45', '消息 - 因算力过剩,微软已退出多个数据中心项目 [2]'], ['过剩', '36氪', '2025-03-28 05:45', '消息 - 算力过剩已经出现 [1]'])))).not.toContain('tension');
  });
});
