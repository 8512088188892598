/**
 * The productive rule: a noun phrase ending in 率/额/量/价/价格/费/规模/占比/份额/指数/系数/面积
 * right before a figure (开工率约五成, 日熔量为9万吨) is an ad-hoc metric keyed by
 * its normalised text, so like meets like on a topic the lexicon does not know.
 * Only for figures no lexicon metric claims. Times in the text are masked as '|' by the caller.
 */
import type { Metric } from './metric-schema.ts';

const HEAD = /(?:价格|规模|占比|份额|指数|系数|面积|率|额|量|价|费)$/;
/** Words ending in a head that are not measures. */
const NOT_MEASURES = /(?:大量|少量|质量|力量|考量|尽量|衡量|商量|分量|剂量|代价|评价|身价|物价指数?|频率|概率|税率|汇率|利率|消费|浪费|花费|耗费|免费|收费)$/;
/** Between the phrase and the figure: verbs of being and reaching, hedges, 同比/环比, an aside in brackets (含税). */
const GAP = /^(?:\|+|[(（][^()（）]{1,10}[)）]|从|由|的|同比|环比|较上年|较去年|已|将|有望|预计|或|分别|约为|约|为|达到|达|是|在|仅为|仅|高达|超过|超|逾|突破|不足|不到|接近|近|维持在|保持在|稳定在|降至|升至|增至|跌至|涨至|回落至|回升至|反弹至|收于|报|提升至|下降至|下滑至|攀升至|上调至|下调至|调整至|调整为|调至|扩大至|收窄至|录得|完成|累计完成|实现|报|了|大幅|小幅|增长|下降|上涨|下跌|提升|提高|降低|上升|减少|增加|下滑|削减|缩减|压减|压缩|下调|上调|调低|调高|调降|下修|上修|缩小|扩大|收窄)*$/;
const CJK = /[\u4e00-\u9fffA-Za-z]/;
/** Verbs that bind to the noun after them in a measure's name: 耗煤量, 用水量, 售电量, 运煤量, 投片量, 保有量, 持仓量 (not 煤量 of 日耗). */
const BOUND_VERB = /[耗用发售运产销存出进供装载交输开收吞处投保拥持占]/;

/**
 * The ad-hoc metric right before `at` (a figure's start), no further back than `from`. Its key is
 * the head and the one character before it (批价, 熔量), or two before a two-character head (运价指数,
 * 市场规模): what stands before that is the subject and scope, read as for any metric.
 */
export function adhocMetricBefore(text: string, from: number, at: number): { key: string; start: number; end: number } | undefined {
  for (let gap = 0; gap <= 8 && at - gap > from; gap++) {
    const end = at - gap;
    if (!GAP.test(text.slice(end, at))) continue;
    const before = text.slice(from, end);
    const head = HEAD.exec(before)?.[0];
    if (!head || NOT_MEASURES.test(before)) continue;
    let start = end - head.length - (head.length === 1 ? 1 : 2);
    if (head.length === 1 && start - 1 >= from && BOUND_VERB.test(text[start - 1]!) && CJK.test(text[start]!)) start--;
    if (start < from || ![...text.slice(start, end - head.length)].every((c) => CJK.test(c) && !/[年月日的]/.test(c))) return undefined;
    return { key: text.slice(start, end), start, end };
  }
  return undefined;
}

/** A metric for an ad-hoc key: its own family, any dimension (units keep blocks apart), compared per period. */
export function adhocMetric(key: string): Metric {
  return {
    id: `~${key}`,
    name: key,
    aliases: [],
    dimensions: ['ratio'],
    window: 'period',
    kind: 'level',
    modifies: false,
    aggregate: false,
    readings: [],
    description: `由“${key}”一词临时生成的指标（不在指标词表中）。`,
    file: '',
  };
}
