/**
 * The case tables' notation. A quantity renders as its interval as compared
 * (a fall, 下降3%, as −3), exact values collapsed: `-35.2 percent`,
 * `[500亿, 600亿) CNY`, `(1000, ∞) -` (`-` = no unit); ` @2025-03-05` when the
 * figure carries its own time. A figure whose sign cannot be told renders as
 * `? <surface>`. Expected strings may write 万, 亿 and 万亿 after a number.
 */
import { dec, neg, shift, toString } from '../../../src/quantities/decimal.ts';
import type { Extraction, Quantity } from '../../../src/quantities/extract.ts';

/** [text, ...expected]: no expected strings means "no figure". */
export type Case = [string, ...string[]];
export interface Table {
  name: string;
  cases: Case[];
}

const SCALE: Record<string, number> = { 万亿: 12, 亿: 8, 万: 4 };

/** `500亿` → `50000000000`, exactly. */
export function expand(text: string): string {
  return text.replace(/(-?\d+(?:\.\d+)?)(万亿|亿|万)/g, (_, n: string, scale: string) => toString(shift(dec(n.replace('-', '')), SCALE[scale]!)).replace(/^/, n.startsWith('-') ? '-' : ''));
}

function signed(q: Quantity): Pick<Quantity, 'lower' | 'upper' | 'lowerOpen' | 'upperOpen'> {
  if (q.change !== 'down') return q;
  const flip = (v: string | null) => (v === null ? null : toString(neg(dec(v))));
  return { lower: flip(q.upper), upper: flip(q.lower), lowerOpen: q.upperOpen, upperOpen: q.lowerOpen };
}

export function renderQuantity(q: Quantity): string {
  const i = signed(q);
  const unit = q.unit || '-';
  const time = q.time ? ` @${q.time}` : '';
  if (i.lower !== null && i.lower === i.upper && !i.lowerOpen && !i.upperOpen) return `${i.lower} ${unit}${time}`;
  return `${i.lowerOpen ? '(' : '['}${i.lower ?? '-∞'}, ${i.upper ?? '∞'}${i.upperOpen ? ')' : ']'} ${unit}${time}`;
}

export function render(x: Extraction): string[] {
  return [...x.quantities.map(renderQuantity), ...(x.ambiguous ?? []).map((q) => `? ${q.surface}`)];
}

export type Verdict = 'right' | 'wrong' | 'none';

/**
 * right: exactly the expected figures. wrong: any figure not expected (a wrong
 * value, unit or sign, or a figure where there is none). none: some expected
 * figures missing, nothing wrong.
 */
export function judge(got: readonly string[], expected: readonly string[]): Verdict {
  const want = expected.map(expand);
  const left = [...want];
  for (const g of got) {
    const k = left.indexOf(g);
    if (k < 0) return 'wrong';
    left.splice(k, 1);
  }
  return left.length === 0 ? 'right' : 'none';
}
