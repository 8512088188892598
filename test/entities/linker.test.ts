/** Linker fixtures: aliases, roles, subject resolution, Latin boundaries, overlaps, ambiguity. */
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/entities/aho-corasick.ts';
import { Linker } from '../../src/entities/linker.ts';
import type { Entity } from '../../src/entities/schema.ts';
import { articleSubject } from '../../src/entities/subject.ts';

const entity = (id: string, name: string, type: Entity['type'], extra: Partial<Entity> = {}): Entity => ({
  id, name, type, aliases: [], roles: [], relations: [], description: name, ...extra,
});

const registry: Entity[] = [
  entity('nvidia', '英伟达', 'company', { aliases: ['NVIDIA'] }),
  entity('microsoft', '微软', 'company', { aliases: ['微软公司'] }),
  entity('openai', 'OpenAI', 'company'),
  entity('arm', 'Arm', 'company', { aliases: ['Arm Holdings'] }),
  entity('meta', 'Meta', 'company'),
  entity('chatgpt', 'ChatGPT', 'product', { relations: [{ kind: 'product-of', target: 'openai' }] }),
  entity('satya-nadella', '萨提亚·纳德拉', 'person', { aliases: ['纳德拉', 'Nadella'], roles: ['微软CEO', '微软首席执行官'], relations: [{ kind: 'ceo-of', target: 'microsoft' }] }),
  entity('jensen-huang', '黄仁勋', 'person', { roles: ['英伟达首席执行官'], relations: [{ kind: 'ceo-of', target: 'nvidia' }] }),
  entity('sam-altman', '萨姆·奥尔特曼', 'person', { aliases: ['Altman'], roles: ['OpenAI CEO'], relations: [{ kind: 'ceo-of', target: 'openai' }] }),
  entity('apple', '苹果', 'company', { aliases: ['Apple'] }),
  entity('apple-fruit', '苹果', 'concept', { aliases: ['Apple'] }),
];
const linker = new Linker(registry);
const link = (text: string, subject?: string) => linker.link(text, subject);
const spans = (text: string, subject?: string) => link(text, subject).mentions.map((m) => [m.text, m.entity]);

describe('Linker', () => {
  it('finds aliases, longest first, with spans in the original text', () => {
    const r = link('微软公司与英伟达合作');
    expect(r.mentions).toEqual([
      { start: 0, end: 4, text: '微软公司', entity: 'microsoft', via: 'alias' },
      { start: 5, end: 8, text: '英伟达', entity: 'nvidia', via: 'alias' },
    ]);
    expect(r.entities).toEqual(['microsoft', 'nvidia']);
  });

  it('matches Latin names case-insensitively and full-width as half-width, keeping the written text', () => {
    expect(spans('Ｎｖｉｄｉａ与nvidia')).toEqual([['Ｎｖｉｄｉａ', 'nvidia'], ['nvidia', 'nvidia']]);
  });

  it('respects Latin word boundaries: Arm is not in Army, Meta not in Metadata', () => {
    expect(spans('Army和Metadata都不是实体')).toEqual([]);
    expect(spans('Arm与Meta合作,Arm Holdings')).toEqual([['Arm', 'arm'], ['Meta', 'meta'], ['Arm Holdings', 'arm']]);
    // A Han character is a boundary.
    expect(spans('通过Arm与OpenAI联手')).toEqual([['Arm', 'arm'], ['OpenAI', 'openai']]);
  });

  it('resolves role phrases to people and tags the organisation they name', () => {
    const r = link('微软首席执行官对英伟达首席执行官的说法持不同看法');
    expect(r.mentions.map((m) => [m.text, m.entity, m.via])).toEqual([
      ['微软首席执行官', 'satya-nadella', 'role'],
      ['英伟达首席执行官', 'jensen-huang', 'role'],
    ]);
    expect(r.entities).toEqual(['satya-nadella', 'microsoft', 'jensen-huang', 'nvidia']);
    expect(spans('Nadella提出未来算力将过剩')).toEqual([['Nadella', 'satya-nadella']]);
  });

  it('reports an alias that several entities share as ambiguous, linking neither', () => {
    const r = link('苹果股价下跌');
    expect(r.mentions).toEqual([{ start: 0, end: 2, text: '苹果', entity: null, candidates: ['apple', 'apple-fruit'], via: 'alias' }]);
    expect(r.entities).toEqual([]);
  });

  it('resolves 公司 to the subject where it stands alone, not in compounds', () => {
    expect(spans('公司实际收入远不止130亿美元', 'openai')).toEqual([['公司', 'openai']]);
    expect(spans('11月10日公司股价大涨5.8%', 'nvidia')).toEqual([['公司', 'nvidia']]);
    expect(spans('期间,公司股价经历5个交易日下跌', 'nvidia')).toEqual([['公司', 'nvidia']]);
    expect(spans('市场对公司股票需求旺盛', 'openai')).toEqual([['公司', 'openai']]);
    expect(spans('该公司否认了上市计划', 'openai')).toEqual([['该公司', 'openai']]);
    for (const compound of ['初创公司在相同领域竞争', '相关公司股价年内大幅上涨', '改制为公益性公司', '芯片设计公司Arm']) {
      expect(spans(compound, 'openai').filter(([, e]) => e === 'openai')).toEqual([]);
    }
  });

  it('resolves nothing for 公司 without a subject', () => {
    expect(spans('公司高管减持套现')).toEqual([]);
  });

  it('resolves 公司CEO to the subject’s chief executive', () => {
    const r = link('公司CEO否认了明年上市的计划', 'openai');
    expect(r.mentions.map((m) => [m.text, m.entity, m.via])).toEqual([['公司CEO', 'sam-altman', 'subject']]);
    expect(r.entities).toEqual(['sam-altman', 'openai']);
  });

  it('points 公司 back at a speaker, never at a source of data (据X数据，公司… / X统计显示，公司…)', () => {
    expect(spans('微软表示，公司将继续投资', 'openai')).toEqual([['微软', 'microsoft'], ['公司', 'microsoft']]);
    expect(spans('据微软数据，公司第四季度份额为13.2%', 'openai')).toEqual([['微软', 'microsoft'], ['公司', 'openai']]);
    expect(spans('微软统计显示，公司份额为13.2%', 'openai')).toEqual([['微软', 'microsoft'], ['公司', 'openai']]);
    expect(spans('据微软最新监测数据，公司份额为13.2%')).toEqual([['微软', 'microsoft']]);
  });

  it('tags the subject when a claim names one of its products', () => {
    expect(link('业务包括ChatGPT收入', 'openai').entities).toEqual(['chatgpt', 'openai']);
    expect(link('业务包括ChatGPT收入').entities).toEqual(['chatgpt']);
    expect(link('业务包括ChatGPT收入', 'nvidia').entities).toEqual(['chatgpt']);
  });
});

describe('articleSubject', () => {
  it('is the one organisation a title names, directly or through a role', () => {
    expect(articleSubject(linker, '英伟达,盛极而衰?')).toBe('nvidia');
    expect(articleSubject(linker, 'OpenAI CEO:算力总有一天会过剩')).toBe('openai');
  });
  it('is nothing when a title names several or none, unless declared', () => {
    expect(articleSubject(linker, 'OpenAI和微软的关系没那么糟,跟英伟达也没那么好')).toBeUndefined();
    expect(articleSubject(linker, '36.9亿大单竟是″空气合同″?股东暴增17.8万')).toBeUndefined();
    expect(articleSubject(linker, '微软CEO:不想再买英伟达芯片了', 'microsoft')).toBe('microsoft');
  });
});

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns in one pass', () => {
    const ac = new AhoCorasick([['he', 1], ['she', 2], ['his', 3], ['hers', 4]] as const);
    expect(ac.search('ushers').map((m) => [m.start, m.end, m.value])).toEqual([[1, 4, 2], [2, 4, 1], [2, 6, 4]]);
  });

  it('scales linearly: a long text with many patterns', () => {
    const patterns = Array.from({ length: 2000 }, (_, i) => [`名称${i}号`, i] as const);
    const ac = new AhoCorasick(patterns);
    const text = '名称7号与名称1999号'.repeat(10_000);
    expect(ac.search(text)).toHaveLength(20_000);
  });
});
