/**
 * headline: every figure in a title checked against the body. Supported
 * directly (41.8亿 ≈ 41.81亿元 within rounding), by a difference the body
 * gives (17.8万 = 22.4万 − 4.6万), by a sum or difference of two body figures
 * of one metric (增加40.5亿 = 52.3亿 − 11.8亿), or not: a range's upper end stated as fact
 * (高达80% for 70%-80%), or a figure the body never gives.
 */
import { observationAt, supportsMetric, titleMeasure } from '../headline-metric.ts';
import { boundAt, distance, isDuration, rateFromTo, sameRise } from '../headline-support.ts';
import { asWritten } from '../as-written.ts';
import { cmp, dec, shift, toString } from '../../quantities/decimal.ts';
import { allowed as allowedInterval, negate } from '../../quantities/interval.ts';
import { derivation, rateDerivation, shareDerivation } from '../derived.ts';
import { formatAmount } from '../format.ts';
import { extract, type Quantity } from '../../quantities/extract.ts';
import { finding, findingClaim, type RuleContext } from '../context.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import type { CheckArticle, FindingClaim, FindingValue, Interval, Observation } from '../model.ts';

/** A title figure of several together: 合计净利润41.5亿元, 两家共出货. */
const TOGETHER = /合计|共计|总计|合共|两家|三家|二者|两者|双双/;
/** A loss word right before a title figure: 亏损70.5亿, 净亏超10亿. */
const LOSS_BEFORE = /(?:净?亏损?|巨亏)(?:额)?(?:收窄至|收窄到|扩大至|扩大到|降至|增至)?(?:约|近|超|超过|达|逾)?$/;

/** The interval a figure allows: rounding when plain, negated when a fall. */
const allowed = (q: Quantity): Interval => allowedInterval(q, q);

/**
 * Is `inner` inside `outer`? A body figure's rounding (约21.3GW: 21.25 up to 21.35) is inside the
 * title's same figure (21.3GW) at its ends, whichever end rounding leaves open: compare closures.
 */
function within(inner: Interval, outer: Interval): boolean {
  return inside(inner, { ...outer, lowerOpen: false, upperOpen: false });
}

/** Is `inner` inside `outer`, open ends excluded? */
function inside(inner: Interval, outer: Interval): boolean {
  const geLower = outer.lower === null || (inner.lower !== null && (cmp(dec(inner.lower), dec(outer.lower)) > 0 || (cmp(dec(inner.lower), dec(outer.lower)) === 0 && (!outer.lowerOpen || inner.lowerOpen))));
  const leUpper = outer.upper === null || (inner.upper !== null && (cmp(dec(inner.upper), dec(outer.upper)) < 0 || (cmp(dec(inner.upper), dec(outer.upper)) === 0 && (!outer.upperOpen || inner.upperOpen))));
  return geLower && leUpper;
}

// A title leaves a rate's "per" out: 跌至2150元 is the body's 2150元/瓶.
const compatible = (title: Quantity, body: Quantity) => title.unit === body.unit || (title.unit === '' && body.dimension.startsWith('money')) || (body.unit === '' && title.unit === '') || (title.unit !== '' && body.unit.startsWith(`${title.unit}/`));

const contains = (i: Interval, v: string) => inside({ lower: v, upper: v, lowerOpen: false, upperOpen: false }, i);

function titleClaim(article: CheckArticle): FindingClaim {
  return { id: `title:${article.slug}`, text: article.title, article: article.slug, outlet: article.outlet, published: article.published, source: article.titleSource, label: '标题' };
}

function titleValue(article: CheckArticle, q: Quantity, note: string): FindingValue {
  return { claim: `title:${article.slug}`, surface: q.surface, metric: null, entity: null, scope: '', time: null, amount: q.amount, lower: q.lower, upper: q.upper, lowerOpen: q.lowerOpen, upperOpen: q.upperOpen, unit: q.unit, hedge: q.hedge, note };
}

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '标题数字由正文推算：17.8万 = 22.4万 − 4.6万', articles: [['股东暴增17.8万', '新浪财经', '2025-10-14 03:24', '案例 - 海南华铁期间股东户数从4.6万暴增至22.4万 [1][11]']] },
    { note: '标题把区间上限当作事实', articles: [['部分国产芯片闲置率高达80%?', '36氪', '2025-04-28 10:25', '现状 - 国产芯片闲置率可能高达70%-80% [11]']] },
    { note: '标题数字在正文中找不到', articles: [['套现99亿', '新浪财经', '2025-10-14 03:24', '减持 - 董事长计划减持1143万股 [7]']] },
    { note: '标题数字是正文同一指标两个数字之差：40.5亿 = 52.3亿 − 11.8亿', articles: [['豫康牧业半年净利增40.5亿', '财联社', '2025-08-20 20:00', '业绩 - 豫康牧业上半年实现归母净利润52.3亿元，上年同期为11.8亿元 [1]']] },
  ],
  ok: [
    { note: '标题没有数字', articles: [['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '财务 - 公司实际收入远不止130亿美元 [5]']] },
  ],
};

export const headline: Rule = {
  meta: {
    kind: 'headline',
    description: '标题中的数字与正文核对：直接一致、由正文数字推算一致、把区间上限当作事实，或正文中找不到。',
    examples: EXAMPLES,
  },
  check(context: RuleContext, report) {
    const observationsOf = Map.groupBy(context.observations, (o) => o.article);
    let sumOrDifference: ReturnType<typeof derivation>;
    let share: ReturnType<typeof shareDerivation>;
    let yearOnYear: ReturnType<typeof rateDerivation>;
    for (const article of context.articles) {
      // A title's parts stand apart by spaces (燃油附加费7月5日起上调 800公里以上航段…): no word reaches across one.
      const { quantities } = extract(article.title.replace(/[ \u3000]/g, '，'), { reference: article.published.slice(0, 10), skip: article.titleMentions });
      const body = article.claims.flatMap((c) => (context.quantities.get(c.id)?.quantities ?? []).map((q) => ({ claim: c.id, q, about: nearest(c.mentions, q.start) })));
      for (const t of quantities) {
        // The entities the title's clause names (特斯拉、英伟达双双大跌超5%): prefer body figures about them.
        const clauseStart = Math.max(...[...'，,？?！!'].map((c) => article.title.lastIndexOf(c, t.start))) + 1;
        const named = new Set(article.titleMentions.filter((m) => m.entity && m.start >= clauseStart && m.end <= t.start).map((m) => m.entity));
        const about = <T extends { about: string | null }>(list: T[]) => (named.size > 0 && list.some((x) => x.about && named.has(x.about)) ? list.filter((x) => x.about && named.has(x.about)) : list);
        const range = allowed(t);
        // 亏损70.5亿 in a title is 净利润 −70.5亿 in the body.
        const loss = LOSS_BEFORE.test(article.title.slice(0, t.start));
        const key = `${article.slug}|${t.start}`;
        const measure = titleMeasure(context, article.title, t.start, t.end);
        const agrees = (q: Quantity) => (compatible(t, q) && (t.change ?? null) === (q.change ?? null) && (within(allowed(q), range) || (loss && within(allowed(q), negate(range))) || boundAt(t, q))) || sameRise(t, range, q, allowed(q));
        const direct = about(body.filter(({ claim: id, q }) => supportsMetric(context, measure, id, q.start) && q.hedge !== 'range' && (agrees(q) || agrees(signedByMetric(context, id, q)))));
        const rate = direct.length === 0 ? body.filter(({ claim: id, q }) => supportsMetric(context, measure, id, q.start) && rateFromTo(t, range, q) !== null) : [];
        const derived = body.filter(({ q }) => q.from && compatible(t, q) && contains(range, q.from.delta));
        const upperEnd = body.filter(({ q }) => compatible(t, q) && q.hedge === 'range' && q.upper !== null && t.amount !== null && cmp(dec(q.upper), dec(t.amount)) === 0);
        const claim = titleClaim(article);
        // Anchored at the title and the figure's place in it, whatever the body supports it with.
        const identity = { subject: `title:${article.slug}`, anchor: String(t.start) };
        if (derived.length > 0 && direct.length === 0) {
          const { claim: id, q } = derived[0]!;
          const summary = `标题“${t.surface}”由正文推算得到，核对一致：${q.surface} − ${q.from!.surface} = ${formatDelta(q)}。`;
          report({ ...finding('info', key, summary, null, null, [titleValue(article, t, '标题'), { ...bodyValue(id, q), note: `${q.from!.surface} → ${q.surface}，差 ${q.from!.delta}` }], [claim, findingClaim(context, id, '正文', q)]), identity });
        } else if (rate.length > 0 && direct.length === 0) {
          const { claim: id, q } = rate[0]!;
          const summary = `标题“${t.surface}”由正文推算得到，核对一致：从${q.from!.surface}到${q.surface}，变化${rateFromTo(t, range, q)}%。`;
          report({ ...finding('info', key, summary, null, null, [titleValue(article, t, '标题'), { ...bodyValue(id, q), note: `${q.from!.surface} → ${q.surface}` }], [claim, findingClaim(context, id, '正文', q)]), identity });
        } else if (direct.length > 0) {
          // 亏损收窄至9.8亿元 in the title is the body's 净利润-9.8亿元 exactly.
          const isExact = ({ q }: (typeof direct)[number]) => q.amount !== null && t.amount !== null && (cmp(dec(q.amount), dec(t.amount)) === 0 || (loss && q.amount === `-${t.amount}`));
          const exact = direct.some(isExact);
          // The same figure is the support when the body has it; otherwise figures inside the title's range.
          // A title's bound (跌破2100元) is shown with the body figure nearest it, not every figure below it.
          const nearestFirst = t.amount === null || t.hedge === 'exact' ? direct : [...direct].sort((a, b) => cmp(distance(a.q, t.amount!), distance(b.q, t.amount!))).slice(0, 1);
          const shown = exact ? direct.filter(isExact).slice(0, 3) : nearestFirst.slice(0, 3);
          // The body's breakdown of the same figure (其中A为…，B为…) adds up to it too: shown with it.
          const parts = breakdown(t, context, observationsOf.get(article.slug) ?? [], shown.map(({ claim: id }) => id), loss);
          const summary = `标题“${t.surface}”与正文一致：${shown.map(({ q }) => `“${q.hedge === t.hedge ? q.surface : asWritten(q)}”`).join('、')}${exact ? '' : '（在标题所说的范围内，或为标题的四舍五入）'}${parts ? `；也等于正文所列分项之和：${parts.a.quantity.surface} + ${parts.b.quantity.surface} = ${formatAmount(parts.value, t.unit)}` : ''}。`;
          const partValues = parts ? [{ ...bodyValue(parts.a.claim, parts.a.quantity), note: '分项' }, { ...bodyValue(parts.b.claim, parts.b.quantity), note: '分项' }] : [];
          const partClaims = parts ? [findingClaim(context, parts.a.claim, '分项', parts.a.quantity)] : [];
          report({ ...finding('info', key, summary, null, null, [titleValue(article, t, '标题'), ...shown.map(({ claim: id, q }) => bodyValue(id, q)), ...partValues], [claim, ...shown.map(({ claim: id, q }) => findingClaim(context, id, '正文', q)), ...partClaims]), identity });
        } else if ((sumOrDifference = derivation(t, observationsOf.get(article.slug) ?? [], loss, TOGETHER.test(article.title.slice(clauseStart, t.start)) || named.size >= 2))) {
          const { a, b, op, value } = sumOrDifference;
          const shown = (o: (typeof a)) => (o.compared.lower !== null && o.compared.lower.startsWith('-') && !o.quantity.surface.startsWith('-') ? `(−${o.quantity.surface})` : o.quantity.surface);
          const summary = `标题“${t.surface}”由正文同一指标的两个数字推算得到，核对一致：${shown(a)} ${op} ${shown(b)} = ${formatAmount(value, t.unit)}${loss && value.startsWith('-') ? `，即亏损${formatAmount(value.slice(1), t.unit)}` : ''}。`;
          report({ identity, ...finding('info', key, summary, null, a.metric, [titleValue(article, t, '标题'), { ...bodyValue(a.claim, a.quantity), note: op === '−' ? '被减数' : '加数' }, { ...bodyValue(b.claim, b.quantity), note: op === '−' ? '减数' : '加数' }], [claim, findingClaim(context, a.claim, '正文', a.quantity), ...(b.claim === a.claim ? [] : [findingClaim(context, b.claim, '正文', b.quantity)])]) });
        } else if ((share = shareDerivation(t, observationsOf.get(article.slug) ?? [], named))) {
          const { part, whole, value } = share;
          const summary = `标题“${t.surface}”由正文推算得到，核对一致：${part.quantity.surface} ÷ ${whole.quantity.surface} = ${value}%。`;
          report({ identity, ...finding('info', key, summary, null, part.metric, [titleValue(article, t, '标题'), { ...bodyValue(part.claim, part.quantity), note: '部分' }, { ...bodyValue(whole.claim, whole.quantity), note: '整体' }], [claim, findingClaim(context, part.claim, '正文', part.quantity), ...(whole.claim === part.claim ? [] : [findingClaim(context, whole.claim, '正文', whole.quantity)])]) });
        } else if ((yearOnYear = rateDerivation(t, observationsOf.get(article.slug) ?? [], named))) {
          const { now, before, value } = yearOnYear;
          const summary = `标题“${t.surface}”由正文推算得到，核对一致：从${before.quantity.surface}到${now.quantity.surface}，变化${value}%。`;
          report({ identity, ...finding('info', key, summary, null, now.metric, [titleValue(article, t, '标题'), { ...bodyValue(before.claim, before.quantity), note: '上年' }, { ...bodyValue(now.claim, now.quantity), note: '本年' }], [claim, findingClaim(context, now.claim, '正文', now.quantity), ...(before.claim === now.claim ? [] : [findingClaim(context, before.claim, '正文', before.quantity)])]) });
        } else if (upperEnd.length > 0) {
          const { claim: id, q } = upperEnd[0]!;
          const summary = `标题把区间的上限当作事实：标题说“${t.surface}”，正文是“${q.surface}”（${q.lower}–${q.upper}${q.unit === 'percent' ? '%' : ''}）。`;
          report({ ...finding('medium', key, summary, null, null, [titleValue(article, t, '标题'), bodyValue(id, q)], [claim, findingClaim(context, id, '正文', q)]), identity });
        } else if (!isDuration(t)) {
          const summary = `标题中的“${t.surface}”在正文中找不到依据：正文没有相同或可推算出的数字。`;
          report({ ...finding('medium', key, summary, null, null, [titleValue(article, t, '标题')], [claim]), identity });
        }
      }
    }
  },
};

/** 其中: a claim that breaks down the figure before it. */
const BREAKDOWN = /^\s*其中/;

/**
 * Two figures of one claim that breaks a whole down (其中国产影片、进口影片票房分别为25.8亿元和9.8亿元) whose sum
 * the title figure allows: the parts of the figure the body supports it with, in claims other than those.
 */
function breakdown(t: Quantity, context: RuleContext, observations: readonly Observation[], shown: readonly string[], loss: boolean) {
  const candidates = observations.filter((o) => !shown.includes(o.claim) && BREAKDOWN.test(context.claims.get(o.claim)?.claim.text ?? ''));
  for (const group of Map.groupBy(candidates, (o) => o.claim).values()) {
    const parts = derivation(t, group, loss, true, true);
    if (parts) return parts;
  }
  return undefined;
}

/**
 * A body figure with the direction its metric's word gives it (跌幅1.2% falls 1.2%), so a title's
 * 收跌1.2% is supported by it as 跌幅1.2% in a title is as written.
 */
function signedByMetric(context: RuleContext, claim: string, q: Quantity): Quantity {
  if (q.change) return q;
  return observationAt(context, claim, q.start)?.quantity ?? q;
}

/** The entity of the nearest linked mention before `at`. */
function nearest(mentions: readonly { entity: string | null; end: number }[], at: number): string | null {
  return mentions.filter((m) => m.entity !== null && m.end <= at).at(-1)?.entity ?? null;
}

function bodyValue(claim: string, q: Quantity): FindingValue {
  return { claim, surface: q.surface, metric: null, entity: null, scope: '', time: null, amount: q.amount, lower: q.lower, upper: q.upper, lowerOpen: q.lowerOpen, upperOpen: q.upperOpen, unit: q.unit, hedge: q.hedge };
}

function formatDelta(q: Quantity): string {
  const scale = /万/.test(q.surface) ? 4 : /亿/.test(q.surface) ? 8 : 0;
  const value = toString(shift(dec(q.from!.delta), -scale));
  return `${value}${scale === 4 ? '万' : scale === 8 ? '亿' : ''}`;
}
