/**
 * corroboration: figures for the same entity, metric and scope, in the same
 * window, that agree (their intervals share a point), from two or more
 * outlets. Copies from one outlet count once; near-verbatim copies across
 * outlets are named, since they may share a source.
 */
import { agreeing, comparable, windowKey } from '../clusters.ts';
import { claimsOf, describe, finding, MAX_LISTED, measureOf, normalized, type RuleContext, value } from '../context.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import type { Observation } from '../model.ts';
import { splitPhrase } from '../scope.ts';

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '两家媒体给出一致的数字', articles: [['OpenAI CEO:收入情况', '搜狐财经', '2025-11-03 04:20', '财务 - 公司实际年化收入远超130亿美元 [5]'], ['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '财务 - 公司表示实际收入远不止130亿美元 [5]']] },
    { note: '归母净利润与净利润口径不同，但两家媒体的数字相同', articles: [['寒武纪半年报', '证券时报', '2025-08-26 20:00', '业绩 - 寒武纪上半年归母净利润10.4亿元 [1]'], ['寒武纪业绩', '财联社', '2025-08-27 08:00', '业绩 - 寒武纪上半年实现净利润10.4亿元 [1]']] },
  ],
  ok: [
    { note: '归母净利润与净利润数字不同：不算一致，也不算矛盾', articles: [['寒武纪半年报', '证券时报', '2025-08-26 20:00', '业绩 - 寒武纪上半年归母净利润10.4亿元 [1]'], ['寒武纪业绩', '财联社', '2025-08-27 08:00', '业绩 - 寒武纪上半年实现净利润9.8亿元 [1]']] },
    { note: '同一媒体的两篇稿件只算一个来源', articles: [['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '财务 - 公司实际收入远不止130亿美元,且增长迅速 [5]'], ['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:01', '财务 - 公司实际收入远不止130亿美元 [3]']] },
  ],
};

export const corroboration: Rule = {
  meta: {
    kind: 'corroboration',
    description: '不同媒体给出一致的数字；同一媒体的多篇稿件只算一个来源。',
    examples: EXAMPLES,
  },
  check(context, report) {
    const duplicate = new Map<string, number>();
    for (const [a, b, c] of context.duplicates) duplicate.set(`${a}|${b}`, c).set(`${b}|${a}`, c);
    for (const [key, groups] of context.groups) {
      const window = context.metrics.get(groups[0]!.observations[0]!.metric)?.window ?? 'day';
      for (const { clusters } of groups) {
        // Figures that only touch at a rounding edge (1.2亿 and 1.3亿) are no conflict, and no corroboration either.
        for (const cluster of clusters.flatMap((c) => agreeing(c, true))) {
          // One figure per article: an article repeating itself is one source.
          const perArticle = [...new Map(cluster.map((o) => [o.article, o])).values()];
          const outlets = [...new Set(perArticle.map((o) => o.outlet))];
          if (outlets.length < 2) continue;
          const seed = perArticle[0]!;
          const shown = perArticle.slice(0, MAX_LISTED);
          const copies = pairs(shown).filter(([a, b]) => a.outlet !== b.outlet && duplicate.has(`${a.claim}|${b.claim}`)).map(([a, b]) => `${a.outlet}与${b.outlet}的表述几乎逐字相同（字符重合${Math.round(duplicate.get(`${a.claim}|${b.claim}`)! * 100)}%），可能同源`);
          const same = perArticle.length > outlets.length ? '；同一媒体的多篇稿件只计一次' : '';
          const listed = `${shown.slice(0, 6).map((o) => describe(o, false)).join('、')}${perArticle.length > 6 ? `等${perArticle.length}处` : ''}`;
          const summary = `${outlets.length}家媒体给出一致的${measureOf(context, seed.entity, seed.metric)}：${listed}，均为${normalized(seed)}${same}${copies.length ? `。注意：${copies.slice(0, 3).join('；')}` : ''}。`;
          // Anchored at its earliest claim: later agreeing figures join it under the same id.
          const earliest = perArticle.reduce((a, b) => (b.published < a.published || (b.published === a.published && b.claim < a.claim) ? b : a));
          report({ ...finding('info', `${key}|${seed.scopeKey}|${seed.time}`, summary, seed.entity, seed.metric, perArticle.slice(0, 50).map(value), claimsOf(context, shown, (o) => o.outlet), perArticle.length), identity: { subject: key, anchor: `${seed.scopeKey}|${windowKey(seed.time, window)}|${earliest.claim}` } });
        }
      }
    }
    acrossReadings(context, report);
    acrossObjects(context, report);
  },
};

/**
 * 归母净利润8.7亿元 in one outlet, 净利润8.7亿元 in another; 预计净亏损约0.9亿元 and the 净亏损0.9亿元 reported
 * later: two readings of one measure (a variant, a forecast), never a conflict, that give the same figure
 * corroborate each other. Only clusters that mix readings: the rest is the pass above.
 */
function acrossReadings(context: RuleContext, report: Parameters<Rule['check']>[1]): void {
  const variantOf = (id: string): string => {
    let current = context.metrics.get(id);
    for (let i = 0; i < 4 && current; i++) {
      if (current.relation?.kind === 'variant') return current.name;
      current = current.relation?.kind === 'negation' ? context.metrics.get(current.relation.of) : undefined;
    }
    return '';
  };
  const readingOf = (o: Observation) => [variantOf(o.metric), o.scopeKey.split('·').includes(FORECAST) ? FORECAST : ''].filter(Boolean).join('·');
  for (const [key, block] of context.blocks) {
    const levels = block.filter((o) => o.kind === 'level');
    if (new Set(levels.map(readingOf)).size < 2) continue;
    const window = context.metrics.get(levels[0]!.metric)?.window ?? 'day';
    const read = levels.map((o) => {
      const words = new Set([variantOf(o.metric), FORECAST]);
      return { ...o, scopeKey: o.scopeKey.split('·').filter((t) => !words.has(t)).join('·') };
    });
    const original = new Map(read.map((r, i) => [r, levels[i]!]));
    for (const group of comparable(read, window)) {
      for (const cluster of agreeing(group, true)) {
        const perArticle = [...new Map(cluster.map((o) => [o.article, original.get(o)!])).values()];
        const outlets = new Set(perArticle.map((o) => o.outlet));
        const readings = [...new Set(perArticle.map(readingOf))];
        if (outlets.size < 2 || readings.length < 2) continue;
        const seed = perArticle.find((o) => readingOf(o) === '') ?? perArticle[0]!;
        const shown = perArticle.slice(0, MAX_LISTED);
        const named = readings.filter(Boolean).map((r) => r.replace(FORECAST, '预计数')).join('、');
        const summary = `${outlets.size}家媒体给出相同的${measureOf(context, seed.entity, seed.metric)}（含${named}）：${shown.slice(0, 6).map((o) => describe(o, false)).join('、')}，均为${normalized(seed)}（口径或时点可能不同，但数字一致）。`;
        const earliest = perArticle.reduce((a, b) => (b.published < a.published || (b.published === a.published && b.claim < a.claim) ? b : a));
        const scope = cluster[0]!.scopeKey;
        report({ ...finding('info', `${key}|${scope}|${seed.time}|${readings.join('+')}`, summary, seed.entity, seed.metric, perArticle.slice(0, 50).map(value), claimsOf(context, shown, (o) => o.outlet), perArticle.length), identity: { subject: key, anchor: `${scope}|${windowKey(seed.time, window)}|${readings.join('+')}|${earliest.claim}` } });
      }
    }
  }
}

/**
 * 星澜科技全球智能手机出货量16200万台 in one outlet, 星澜科技全球出货量约1.62亿台 in another: one company's
 * figure with and without the thing it counts named (a word that is no scope: 智能手机), the same number,
 * corroborate. Different numbers stay apart (a scope mismatch, not a conflict): the company may ship more
 * than phones.
 */
function acrossObjects(context: RuleContext, report: Parameters<Rule['check']>[1]): void {
  const measures = new Set([...context.metrics.values()].flatMap((m) => [m.name, ...m.aliases]));
  for (const [key, block] of context.blocks) {
    const levels = block.filter((o) => o.kind === 'level' && o.attribution === 'entity');
    if (levels.length < 2 || new Set(levels.map((o) => o.scopeKey)).size < 2) continue;
    const window = context.metrics.get(levels[0]!.metric)?.window ?? 'day';
    const windows = Map.groupBy(levels, (o) => `${o.period ?? ''}|${windowKey(o.time, window, o.timeExplicit)}`);
    for (const same of [...windows.values()].filter((w) => new Set(w.map((o) => o.scopeKey)).size > 1).flatMap((w) => agreeing(w, true))) {
      const keys = [...new Set(same.map((o) => o.scopeKey))];
      if (keys.length < 2) continue;
      // The shortest key, and keys that only add an object word to it.
      const base = keys.reduce((a, b) => (b.length < a.length ? b : a));
      // (A measure's own name in a key, 归母净利润 of a variant, is another reading: acrossReadings takes it.)
      const objects = keys.filter((k) => k !== base && k.includes(base) && onlyObject(k.replace(base, '').replace(/^·|·$/g, '')) && !measures.has(k.replace(base, '').replace(/^·|·$/g, '')));
      if (objects.length === 0) continue;
      const cluster = same.filter((o) => o.scopeKey === base || objects.includes(o.scopeKey));
      const perArticle = [...new Map(cluster.map((o) => [o.article, o])).values()];
      const outlets = new Set(perArticle.map((o) => o.outlet));
      if (outlets.size < 2) continue;
      const seed = perArticle.find((o) => o.scopeKey === base) ?? perArticle[0]!;
      const shown = perArticle.slice(0, MAX_LISTED);
      const summary = `${outlets.size}家媒体给出相同的${measureOf(context, seed.entity, seed.metric)}（有的写明所计之物）：${shown.slice(0, 6).map((o) => describe(o, false)).join('、')}，均为${normalized(seed)}。`;
      const earliest = perArticle.reduce((a, b) => (b.published < a.published || (b.published === a.published && b.claim < a.claim) ? b : a));
      report({ ...finding('info', `${key}|${base}|${seed.time}|objects`, summary, seed.entity, seed.metric, perArticle.slice(0, 50).map(value), claimsOf(context, shown, (o) => o.outlet), perArticle.length), identity: { subject: key, anchor: `${base}|${windowKey(seed.time, window)}|objects|${earliest.claim}` } });
    }
  }
}

/** What a key adds is only the thing counted: Han characters that are no scope, period or filler word. */
function onlyObject(extra: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,6}$/.test(extra)) return false;
  const parts = splitPhrase(extra);
  return parts.scopes.length === 0 && parts.periods.length === 0 && parts.residue === extra;
}

/** The scope word of a forecast, a target or a plan (observe.ts). */
const FORECAST = '预计';

/** Pairs among a few (the listed ones only). */
function pairs(list: readonly Observation[]): [Observation, Observation][] {
  return list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as [Observation, Observation]));
}
