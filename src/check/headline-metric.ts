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

/** The observation of the figure at `start` of `claim`, if it has one. */
export function observationAt(context: RuleContext, claim: string, start: number): Observation | undefined {
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

/** What a title figure at [start, end) is about: its metric family and the word the title names it by. */
export interface TitleMeasure {
  family: string;
  word: string;
}

/** The metric family a title figure at [start, end) is about and the word naming it, or null when the title names none. */
export function titleMeasure(context: RuleContext, title: string, start: number, end: number): TitleMeasure | null {
  // Parts of a title stand apart by spaces too (华远海控2024年净利润452.3亿元 拟每10股派息10.3元).
  const clauseStart = Math.max(...[...'，,？?！!：: 　'].map((c) => title.lastIndexOf(c, start))) + 1;
  const ends = [...'，,？?！!：: 　'].map((c) => title.indexOf(c, end)).filter((i) => i >= 0);
  const clauseEnd = ends.length ? Math.min(...ends) : title.length;
  let best: { family: string; word: string; distance: number; length: number } | null = null;
  // Nearest wins; of two ending at the same place the longer (净负债率, not its 负债率).
  const nearer = (distance: number, length: number) => best === null || distance < best.distance || (distance === best.distance && length > best.length);
  for (const m of context.metrics.values()) {
    for (const alias of aliases(m)) {
      const before = title.lastIndexOf(alias, start - alias.length);
      // Another measure word between the alias and the figure is the figure's own (项目效率门槛提至23.1% is no 项目数).
      if (before >= clauseStart && !OTHER_MEASURE.test(title.slice(before + alias.length, start)) && nearer(start - before - alias.length, alias.length)) best = { family: familyOf(m), word: alias, distance: start - before - alias.length, length: alias.length };
      const after = title.indexOf(alias, end);
      if (after >= 0 && after + alias.length <= clauseEnd && after - end <= 1 && nearer(after - end, alias.length)) best = { family: familyOf(m), word: alias, distance: after - end, length: alias.length };
    }
  }
  return best === null ? null : { family: best.family, word: best.word };
}

/**
 * Whether the body figure can support a title figure of `measure` (null: the title names no metric).
 * A title names a measure by a shorter word than the body (销售额 for 商品房销售额): a body metric
 * whose name or an alias ends with the title's word is the title's measure too.
 */
export function supportsMetric(context: RuleContext, measure: TitleMeasure | null, claim: string, start: number): boolean {
  if (measure === null) return true;
  const { family, word } = measure;
  const observed = observationAt(context, claim, start);
  if (observed) return observed.family === family || namesByEnd(context, word, observed.metric);
  const text = context.claims.get(claim)?.claim.text ?? '';
  return [...context.metrics.values()].some((m) => familyOf(m) === family && aliases(m).some((a) => text.includes(a)));
}

/** Whether `metric` (a lexicon metric) is named by a word ending in `word` (三 characters or more: 销售额, 销售面积). */
function namesByEnd(context: RuleContext, word: string, metric: string): boolean {
  if (word.length < 3) return false;
  const m = context.metrics.get(metric);
  return m !== undefined && !m.id.startsWith('~') && aliases(m).some((a) => a !== word && a.endsWith(word));
}
