import { describe, expect, it } from 'vitest';
import { allowedEdits, nearNames } from '../../src/search/suggest.ts';

describe('nearNames', () => {
  const names = ['英伟达', '英特尔', '微软', 'OpenAI', 'Nvidia', '寒武纪'];

  it('offers names within a small edit distance, nearest first', () => {
    expect(nearNames('英为达', names)).toEqual(['英伟达']);
    expect(nearNames('openal', names)).toEqual(['OpenAI']);
    expect(nearNames('nvidai', names)).toEqual(['Nvidia']);
  });

  it('offers nothing for a word that is far from every name, or too short to judge', () => {
    expect(nearNames('区块链', names)).toEqual([]);
    expect(nearNames('软', names)).toEqual([]);
    expect(allowedEdits(1)).toBe(0);
  });

  it('never offers the word itself', () => {
    expect(nearNames('英伟达', names)).toEqual([]);
  });
});
