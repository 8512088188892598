/** Exact decimals (src/quantities/decimal.ts): comparison in every case of exponents and signs. */
import { describe, expect, it } from 'vitest';
import { cmp, dec, max, min } from '../../src/quantities/decimal.ts';

describe('cmp', () => {
  const cases: [string, string, -1 | 0 | 1][] = [
    ['1', '2', -1],
    ['2', '1', 1],
    ['1.5', '1.50', 0],
    ['0.1', '0.09', 1],
    ['100', '99.99', 1],
    ['-100', '-99.99', -1],
    ['-0.5', '0', -1],
    ['0', '-0.5', 1],
    ['0', '0.000', 0],
    ['-3', '2', -1],
    ['2', '-3', 1],
    ['-1.25', '-1.3', 1],
    ['1300000000000', '1.3', 1],
    ['0.05', '0.5', -1],
  ];
  for (const [a, b, want] of cases) it(`${a} against ${b}: ${want}`, () => expect(cmp(dec(a), dec(b))).toBe(want));

  it('agrees with the order of the same numbers written as integers of one scale', () => {
    const values = ['-12.5', '-3', '-0.25', '0', '0.001', '0.1', '2', '2.5', '10', '125.75'];
    for (const a of values) for (const b of values) expect(cmp(dec(a), dec(b)), `${a} ${b}`).toBe(Math.sign(values.indexOf(a) - values.indexOf(b)));
    expect(min(dec('-3'), dec('0.1'))).toEqual(dec('-3'));
    expect(max(dec('-3'), dec('0.1'))).toEqual(dec('0.1'));
  });
});
