/**
 * Near-duplicate claims whose figures differ: copies of one text with another
 * number are a possible copying error (130亿 in one, 13亿 in the other), and
 * worth a look, unlike copies that agree.
 */
import type { RuleContext } from './context.ts';

/** The figures of each claim, as written, when they differ between the claims; else null. */
export function differingFigures(context: RuleContext, ids: readonly string[]): string[] | null {
  const figures = ids.map((id) => (context.quantities.get(id)?.quantities ?? []).map((q) => `${q.amount ?? `${q.lower}–${q.upper}`}${q.unit}`).join(' '));
  const written = ids.map((id) => (context.quantities.get(id)?.quantities ?? []).map((q) => q.surface).join('、') || '无数字');
  const withFigures = figures.filter((f) => f !== '');
  return withFigures.length >= 2 && new Set(withFigures).size > 1 ? [...new Set(written)] : null;
}
