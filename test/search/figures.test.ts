import { describe, expect, it } from 'vitest';
import { figureForms, figuresIn, figureValue } from '../../src/search/figures.ts';

describe('figureValue', () => {
  it('gives one exact value to every way of writing it', () => {
    expect(figureValue('1.4', '万亿')).toBe(figureValue('14000', '亿'));
    expect(figureValue('1.4', '万亿')).toBe(figureValue('1,400,000,000,000'));
    expect(figureValue('130', '亿')).toBe('13e9');
    expect(figureValue('0.50')).toBe(figureValue('.5'.replace(/^/, '0')));
    expect(figureValue('000')).toBe('0e0');
  });

  it('keeps near-misses apart', () => {
    expect(figureValue('193.16')).not.toBe(figureValue('193.17'));
    expect(figureValue('20')).not.toBe(figureValue('200'));
    expect(figureValue('1.4', '万亿')).not.toBe(figureValue('1.4', '亿'));
  });
});

describe('figuresIn', () => {
  it('reads each figure whole, with its scale word', () => {
    const text = '股价收于193.16美元，市值1.4万亿，不足20%，1,000台';
    expect(figuresIn(text).map((f) => [text.slice(f.start, f.end), f.value])).toEqual([
      ['193.16', '19316e-2'],
      ['1.4万亿', '14e11'],
      ['20', '2e1'],
      ['1,000', '1e3'],
    ]);
  });

  it('reads no figure in a name or code', () => {
    expect(figuresIn('h100与gpt5，v1.2')).toEqual([]);
    expect(figuresIn('纳指100etf').map((f) => f.value)).toEqual(['1e2']);
  });
});

describe('figureForms', () => {
  it('writes a value in the usual scales', () => {
    expect(figureForms(figureValue('1.4', '万亿'))).toEqual(['1.4万亿', '14000亿']);
    expect(figureForms(figureValue('193.16'))).toEqual(['193.16']);
    expect(figureForms(figureValue('130', '亿'))).toEqual(['130亿']);
    expect(figureForms(figureValue('5', '万'))).toEqual(['5万', '50000']);
  });
});
