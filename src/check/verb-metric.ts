/**
 * Volumes written as a verb and its object right before a count: 销售肉猪252.4万头,
 * 出栏生猪51.2万头, 交付新车3.2万辆. The verb names the lexicon's volume metric
 * (销售 → 销量, 出栏 → 出栏量 …); the object, at most six characters (各类挖掘机, 新能源汽车), is what
 * was counted. Only for counts of goods (src/check/goods.ts) and masses, and only when no metric
 * word claims the figure.
 */
import { isGoodsCount } from './goods.ts';

const VERBS: [RegExp, string][] = [
  [/(?:销售|销)$/, 'sales-volume'],
  [/出栏$/, 'slaughter'],
  [/(?:生产|产出)$/, 'output'],
  [/交付$/, 'deliveries'],
  [/出货$/, 'shipments'],
  [/出口$/, 'exports'],
  [/进口$/, 'imports'],
];
const OBJECT_MAX = 6;
const OBJECT = new RegExp(`^[\\u4e00-\\u9fff]{0,${OBJECT_MAX}}$`);
/** Between the object and the figure. */
const GAP = /^(?:约|近|超|逾|超过|共|合计|累计)?$/;

/** The volume metric id a verb before `at` names, with the verb's span; undefined when none. */
export function verbMetricBefore(text: string, from: number, at: number, dimension: string): { id: string; start: number; end: number } | undefined {
  if (!isGoodsCount(dimension) && dimension !== 'mass') return undefined;
  const phrase = text.slice(from, at);
  for (let objectEnd = phrase.length; objectEnd >= Math.max(0, phrase.length - 3); objectEnd--) {
    if (!GAP.test(phrase.slice(objectEnd))) continue;
    for (let objectStart = objectEnd; objectStart >= Math.max(0, objectEnd - OBJECT_MAX); objectStart--) {
      if (!OBJECT.test(phrase.slice(objectStart, objectEnd))) break;
      const head = phrase.slice(0, objectStart);
      const verb = VERBS.find(([re]) => re.test(head));
      if (verb) {
        const length = verb[0].exec(head)![0].length;
        return { id: verb[1], start: from + objectStart - length, end: from + objectStart };
      }
    }
  }
  return undefined;
}

/**
 * Where the object of a metric written as a verb ends (进口煤炭5.43亿吨: 进口 then 煤炭), when only the
 * object and a hedge stand between the verb and the figure; undefined when the word is no verb or
 * nothing is.
 */
export function verbObjectEnd(text: string, verbStart: number, verbEnd: number, at: number): number | undefined {
  if (!VERBS.some(([re]) => re.test(text.slice(verbStart, verbEnd)) && re.exec(text.slice(verbStart, verbEnd))![0].length === verbEnd - verbStart)) return undefined;
  const between = text.slice(verbEnd, at);
  const gap = /(?:约|近|超|逾|超过|共|合计|累计)?$/.exec(between)!;
  const object = between.slice(0, gap.index);
  return object.length > 0 && OBJECT.test(object) ? verbEnd + object.length : undefined;
}
