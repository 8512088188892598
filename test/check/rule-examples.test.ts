/** Every rule's own ok / not-ok examples (its `meta.examples`), run through parser, linker and checker. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/index.ts';
import { checkSeed, seed } from './helpers.ts';

describe.each(RULES.map((rule) => [rule.meta.kind, rule] as const))('%s', (kind, rule) => {
  it('has a description and examples of both kinds', () => {
    expect(rule.meta.description).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.meta.examples.notOk.length).toBeGreaterThan(0);
    expect(rule.meta.examples.ok.length).toBeGreaterThan(0);
  });
  for (const example of rule.meta.examples.notOk) {
    it(`reports: ${example.note}`, () => {
      expect(checkSeed(seed(...example.articles.map((a) => [...a] as [string, string, string, string]))).filter((f) => f.kind === kind).length).toBeGreaterThan(0);
    });
  }
  for (const example of rule.meta.examples.ok) {
    it(`is silent: ${example.note}`, () => {
      expect(checkSeed(seed(...example.articles.map((a) => [...a] as [string, string, string, string]))).filter((f) => f.kind === kind)).toEqual([]);
    });
  }
});
