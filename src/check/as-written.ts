/**
 * A figure as the claim writes it, hedge included: 不足20%, 超1000亿, 约130亿美元.
 * A quantity's `surface` is the number and unit; a hedge written before it
 * (不足, 超, 约, 高达) is kept apart in `hedgeWord`, and summaries must not drop
 * it ("部分智算中心国产算力：20%" where the claim says 不足20%).
 */
import type { Quantity } from '../quantities/extract.ts';

export function asWritten(q: Pick<Quantity, 'surface' | 'hedgeWord'>): string {
  return q.hedgeWord && !q.surface.includes(q.hedgeWord) ? `${q.hedgeWord}${q.surface}` : q.surface;
}
