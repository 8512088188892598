/** Every case of the class tables (test/quantities/tables/) reads right: exact values, units and signs, or no figure. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/quantities/extract.ts';
import { TABLES } from './tables/index.ts';
import { expand, judge, render } from './tables/render.ts';
import { renderTimes, times } from './tables/times.ts';

const ref = { reference: '2025-11-12' };

for (const table of [...TABLES, times]) {
  describe(table.name, () => {
    for (const [text, ...want] of table.cases) {
      it(`${text} → ${want.length ? want.join('; ') : 'no figure'}`, () => {
        const x = extract(text, ref);
        const got = table === times ? renderTimes(x) : render(x);
        expect(judge(got, want), `${JSON.stringify(got)} vs ${JSON.stringify(want.map(expand))}`).toBe('right');
      });
    }
  });
}

describe('the notation itself', () => {
  it('expands scale words exactly and judges a wrong figure as wrong, a missing one as none', () => {
    expect(expand('[500亿, 600亿) CNY')).toBe('[50000000000, 60000000000) CNY');
    expect(expand('-0.5万')).toBe('-5000');
    expect(judge(['1 CNY'], ['2 CNY'])).toBe('wrong');
    expect(judge([], ['2 CNY'])).toBe('none');
    expect(judge(['2 CNY'], [])).toBe('wrong');
  });
});
