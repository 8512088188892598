import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/terms.ts';
import { type Subject, verify } from '../../src/search/verify.ts';

const claim = (text: string, entities: Subject['entities'] = [], also?: string): Subject => ({ text, entities, ...(also !== undefined ? { also } : {}) });
const holds = (query: string, subject: Subject) => verify(parseQuery(query), subject).holds;
const marked = (query: string, subject: Subject) => verify(parseQuery(query), subject).marks.map(([s, e]) => subject.text.slice(s, e));

const nadella = { name: '萨提亚·纳德拉', names: ['Satya Nadella', '纳德拉', '微软CEO'] };
const cambricon = { name: '寒武纪', names: ['Cambricon'] };

describe('verify: text', () => {
  it('holds a claim only when every term occurs in it', () => {
    const c = claim('英伟达市值突破5万亿美元');
    expect(holds('英伟达 市值', c)).toBe(true);
    expect(holds('英伟达 区块链', c)).toBe(false);
    // Single characters of an unknown word are not the word.
    expect(holds('特朗普', claim('特斯拉股价普涨，朗读'))).toBe(false);
  });

  it('folds width and case', () => {
    expect(holds('nvidia', claim('ＮＶＩＤＩＡ发布财报'))).toBe(true);
    expect(marked('nvidia', claim('ＮＶＩＤＩＡ发布财报'))).toEqual(['ＮＶＩＤＩＡ']);
  });

  it('holds through an other name of a linked entity, and says which, with nothing highlighted', () => {
    const c = claim('微软首席执行官指出算力过剩', [nadella]);
    const v = verify(parseQuery('纳德拉'), c);
    expect(v.holds).toBe(true);
    expect(v.marks).toEqual([]);
    expect(v.via).toEqual([{ term: '纳德拉', entity: '萨提亚·纳德拉', name: '纳德拉' }]);
    expect(holds('纳德拉', claim('微软首席执行官指出算力过剩'))).toBe(false);
  });

  it('holds a linked entity’s name joined to text of the claim', () => {
    const c = claim('寒武纪市盈率一度达400倍', [cambricon]);
    expect(holds('寒武纪市盈率', claim('该公司市盈率达400倍，寒武纪回应', [cambricon]))).toBe(true);
    expect(holds('Cambricon市盈率', c)).toBe(true);
    expect(holds('寒武纪利润', c)).toBe(false);
  });

  it('reads a quoted phrase as written, words together', () => {
    expect(holds('"算力过剩"', claim('市场担忧算力过剩'))).toBe(true);
    expect(holds('"过剩算力"', claim('市场担忧算力过剩'))).toBe(false);
    expect(holds('过剩 算力', claim('市场担忧算力过剩'))).toBe(true);
  });

  it('counts a corrected claim’s original text as written, without highlighting it', () => {
    const c = claim('算力并未过剩', [], '算力过剩');
    expect(holds('"算力过剩"', c)).toBe(true);
    expect(marked('"算力过剩"', c)).toEqual([]);
  });
});

describe('verify: numbers', () => {
  it('matches a figure by its exact value, never a near miss', () => {
    const c = claim('股价收于193.16美元');
    expect(holds('193.16', c)).toBe(true);
    expect(holds('193.17', c)).toBe(false);
    expect(holds('193.1', c)).toBe(false);
    expect(holds('193', c)).toBe(false);
  });

  it('never matches a prefix or a part of a figure’s digits', () => {
    expect(holds('20', claim('营收200亿元'))).toBe(false);
    expect(holds('20', claim('利用率不足20%'))).toBe(true);
    expect(holds('16', claim('股价193.16美元'))).toBe(false);
  });

  it('matches the same value in another scale, with the same unit', () => {
    expect(holds('1.4万亿', claim('投入14000亿美元'))).toBe(true);
    expect(holds('1.4万亿美元', claim('投入14000亿美元'))).toBe(true);
    expect(holds('1.4万亿美元', claim('投入1.4万亿元'))).toBe(false);
    expect(holds('14000亿', claim('承诺投入1.4万亿美元'))).toBe(true);
    expect(marked('14000亿美元', claim('承诺投入1.4万亿美元建设'))).toEqual(['1.4万亿美元']);
  });

  it('reads a unit followed by more words: the unit after the figure, the rest anywhere', () => {
    const c = claim('市值降至4.69万亿美元');
    expect(holds('4.69万亿美元市值', c)).toBe(true);
    expect(holds('4.69万亿美元营收', c)).toBe(false);
  });

  it('lets a thousands separator and full-width digits be the same figure', () => {
    expect(holds('1000台', claim('采购１,０００台服务器'))).toBe(true);
  });
});
