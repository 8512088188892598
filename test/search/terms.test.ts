import { describe, expect, it } from 'vitest';
import { candidateQueries, parseQuery } from '../../src/search/terms.ts';

describe('parseQuery', () => {
  it('splits at spaces and list punctuation, normalised (NFKC, lower case)', () => {
    expect(parseQuery('英伟达  市值、ＮＶＩＤＩＡ')).toEqual([
      { kind: 'text', text: '英伟达' },
      { kind: 'text', text: '市值' },
      { kind: 'text', text: 'nvidia' },
    ]);
  });

  it('reads a quoted part as one phrase, in any of the usual quotes', () => {
    expect(parseQuery('"算力 过剩" 微软')).toEqual([
      { kind: 'phrase', text: '算力过剩' },
      { kind: 'text', text: '微软' },
    ]);
    expect(parseQuery('“数据中心”「Sam Altman」').map((t) => t.text)).toEqual(['数据中心', 'sam altman']);
  });

  it('reads figures as numbers with the unit written after them', () => {
    expect(parseQuery('130亿美元')).toEqual([{ kind: 'number', value: '13e9', unit: '美元', text: '130亿美元' }]);
    expect(parseQuery('193.16')).toEqual([{ kind: 'number', value: '19316e-2', unit: '', text: '193.16' }]);
    expect(parseQuery('市值4.69万亿')).toEqual([
      { kind: 'text', text: '市值' },
      { kind: 'number', value: '469e10', unit: '', text: '4.69万亿' },
    ]);
    expect(parseQuery('1,000台')).toEqual([{ kind: 'number', value: '1e3', unit: '台', text: '1,000台' }]);
  });

  it('keeps a number inside a name as part of the word', () => {
    expect(parseQuery('H100')).toEqual([{ kind: 'text', text: 'h100' }]);
  });

  it('asks for the same term once, and for nothing when empty', () => {
    expect(parseQuery('算力 算力')).toHaveLength(1);
    expect(parseQuery('  "" ')).toEqual([]);
  });
});

describe('candidateQueries', () => {
  it('asks Pagefind without quotes, and for other forms of the first figure', () => {
    expect(candidateQueries('"算力过剩" 微软', parseQuery('"算力过剩" 微软'))).toEqual(['算力过剩 微软']);
    expect(candidateQueries('OpenAI 1.4万亿美元', parseQuery('OpenAI 1.4万亿美元'))).toEqual(['openai 1.4万亿美元', 'openai 14000亿美元']);
    expect(candidateQueries('ｃｕｄａ', parseQuery('ｃｕｄａ'))).toEqual(['cuda']);
  });
});
