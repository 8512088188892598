/**
 * A headline figure is supported only by a body figure of the same metric: a
 * title's 利润 is not supported by a body 收入 of similar size. The title's
 * metric is the alias nearest before the figure in its clause (or right after
 * it); a body figure's is its observation's, else an alias in its claim.
 */
import type { RuleContext } from './context.ts';
import type { Metric } from './metric-schema.ts';
import type { Observation } from './model.ts';

const byFigure = new WeakMap<readonly Observation[], Map<string, Observation>>();

function observationAt(context: RuleContext, claim: string, start: number): Observation | undefined {
  let index = byFigure.get(context.observations);
  if (!index) {
    index = new Map(context.observations.map((o) => [`${o.claim}\u0000${o.quantity.start}`, o]));
    byFigure.set(context.observations, index);
  }
  return index.get(`${claim}\u0000${start}`);
}

const OTHER_MEASURE = /[率额价]|门槛|指数|规模|份额|占比/;
const familyOf = (m: Metric) => m.family ?? m.id;
const aliases = (m: Metric) => [m.name, ...m.aliases];

/** The metric family a title figure at [start, end) is about, or null when the title names none. */
export function titleFamily(context: RuleContext, title: string, start: number, end: number): string | null {
  // Parts of a title stand apart by spaces too (华远海控2024年净利润452.3亿元 拟每10股派息10.3元).
  const clauseStart = Math.max(...[...'，,？?！!：: 　'].map((c) => title.lastIndexOf(c, start))) + 1;
  const ends = [...'，,？?！!：: 　'].map((c) => title.indexOf(c, end)).filter((i) => i >= 0);
  const clauseEnd = ends.length ? Math.min(...ends) : title.length;
  let best: { family: string; distance: number } | null = null;
  for (const m of context.metrics.values()) {
    for (const alias of aliases(m)) {
      const before = title.lastIndexOf(alias, start - alias.length);
      // Another measure word between the alias and the figure is the figure's own (项目效率门槛提至23.1% is no 项目数).
      if (before >= clauseStart && !OTHER_MEASURE.test(title.slice(before + alias.length, start)) && (best === null || start - before - alias.length < best.distance)) best = { family: familyOf(m), distance: start - before - alias.length };
      const after = title.indexOf(alias, end);
      if (after >= 0 && after + alias.length <= clauseEnd && after - end <= 1 && (best === null || after - end < best.distance)) best = { family: familyOf(m), distance: after - end };
    }
  }
  return best?.family ?? null;
}

/** Whether the body figure can support a title figure of `family` (null: the title names no metric). */
export function supportsMetric(context: RuleContext, family: string | null, claim: string, start: number): boolean {
  if (family === null) return true;
  const observed = observationAt(context, claim, start);
  if (observed) return observed.family === family;
  const text = context.claims.get(claim)?.claim.text ?? '';
  return [...context.metrics.values()].some((m) => familyOf(m) === family && aliases(m).some((a) => text.includes(a)));
}
