/**
 * Units as written after a number, longest first, with their canonical unit,
 * dimension and power of ten (吉瓦 = 10^9 W). Matching is on the normalised
 * (NFKC, lower-case) text.
 */
export interface UnitDef {
  surface: string;
  unit: string;
  dimension: string;
  power: number;
}

const u = (surface: string, unit: string, dimension: string, power = 0): UnitDef => ({ surface, unit, dimension, power });

export const UNITS: UnitDef[] = [
  u('个百分点', 'pp', 'percentage-points'),
  u('%', 'percent', 'ratio'),
  u('倍', 'times', 'multiple'),
  u('美元/小时', 'USD/hour', 'price-per-hour'),
  u('美元', 'USD', 'money:USD'),
  u('港元', 'HKD', 'money:HKD'),
  u('日元', 'JPY', 'money:JPY'),
  u('人民币', 'CNY', 'money:CNY'),
  u('元', 'CNY', 'money:CNY'),
  u('吉瓦', 'W', 'power', 9),
  u('gw', 'W', 'power', 9),
  u('兆瓦', 'W', 'power', 6),
  u('mw', 'W', 'power', 6),
  u('千瓦', 'W', 'power', 3),
  u('kw', 'W', 'power', 3),
  u('pflops', 'PFlops', 'compute'),
  u('eflops', 'PFlops', 'compute', 3),
  u('个交易日', 'trading-day', 'duration'),
  u('交易日', 'trading-day', 'duration'),
  u('个月', 'month', 'duration'),
  u('小时', 'hour', 'duration'),
  u('年', 'year', 'duration'),
  u('天', 'day', 'duration'),
  u('周', 'week', 'duration'),
  // After times are consumed (3月26日 is a date), a bare 日 counts days: 连续20日.
  u('日', 'day', 'duration'),
  u('英里', 'mile', 'length'),
  u('户', 'household', 'count:household'),
  u('家', 'organisation', 'count:organisation'),
  u('个', 'item', 'count:item'),
  u('股', 'share', 'count:share'),
  u('份', 'unit', 'count:unit'),
  u('条', 'item', 'count:item'),
  u('张', 'card', 'count:card'),
  u('颗', 'chip', 'count:chip'),
  u('名', 'person', 'count:person'),
  u('人', 'person', 'count:person'),
  u('项', 'item', 'count:item'),
  u('点', 'point', 'index-points'),
  // Physical quantities of business news: output, sales, energy. Energy (Wh) is not power (W).
  u('千瓦时', 'Wh', 'energy', 3),
  u('kwh', 'Wh', 'energy', 3),
  u('度电', 'Wh', 'energy', 3),
  u('mwh', 'Wh', 'energy', 6),
  u('gwh', 'Wh', 'energy', 9),
  u('twh', 'Wh', 'energy', 12),
  u('瓦', 'W', 'power'),
  u('吨', 't', 'mass'),
  u('公斤', 'kg', 'mass'),
  u('千克', 'kg', 'mass'),
  u('桶', 'barrel', 'volume:barrel'),
  u('立方米', 'm3', 'volume'),
  u('平方米', 'm2', 'area'),
  u('辆', 'vehicle', 'count:vehicle'),
  u('台', 'machine', 'count:machine'),
  u('套', 'set', 'count:set'),
  u('部', 'device', 'count:device'),
  u('件', 'piece', 'count:piece'),
  u('片', 'piece', 'count:piece'),
  u('头', 'head', 'count:head'),
  u('只', 'head', 'count:head'),
  u('笔', 'deal', 'count:deal'),
  u('座', 'site', 'count:site'),
  u('艘', 'vessel', 'count:vessel'),
  u('teu', 'TEU', 'count:container'),
  u('feu', 'FEU', 'count:container'),
  u('标箱', 'TEU', 'count:container'),
  u('瓶', 'bottle', 'count:bottle'),
  u('箱', 'case', 'count:case'),
].sort((a, b) => b.surface.length - a.surface.length);

/** What a price is per: 元/吨, 元/W, 万元/辆, 美元/桶 (NFKC lower case). */
const PER: [string, string][] = (
  [
    ['吨', 't'], ['t', 't'], ['千瓦时', 'kWh'], ['kwh', 'kWh'], ['度', 'kWh'], ['瓦', 'W'], ['w', 'W'], ['wh', 'Wh'], ['kw', 'kW'],
    ['辆', 'vehicle'], ['台', 'machine'], ['桶', 'barrel'], ['盎司', 'oz'], ['克', 'g'], ['千克', 'kg'], ['公斤', 'kg'], ['斤', 'jin'],
    ['平方米', 'm2'], ['平米', 'm2'], ['㎡', 'm2'], ['m2', 'm2'], ['头', 'head'], ['股', 'share'], ['片', 'piece'], ['件', 'piece'],
    ['张', 'card'], ['部', 'device'], ['套', 'set'], ['小时', 'hour'], ['天', 'day'], ['月', 'month'], ['年', 'year'], ['人', 'person'], ['次', 'time'], ['瓶', 'bottle'], ['箱', 'case'], ['teu', 'TEU'], ['feu', 'FEU'], ['标箱', 'TEU'], ['吨公里', 'tkm'], ['千瓦', 'kW'], ['人次', 'visit'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** The unit written at `index` of normalised text, if any; a currency followed by /X or 每X is a unit price. */
export function unitAt(text: string, index: number): UnitDef | undefined {
  const def = UNITS.find((d) => text.startsWith(d.surface, index));
  if (!def || !def.dimension.startsWith('money:')) return def;
  let at = index + def.surface.length;
  const slash = text.startsWith('/', at) ? 1 : text.startsWith('每', at) ? 1 : 0;
  if (slash === 0) return def;
  at += slash;
  const per = PER.find(([w]) => text.startsWith(w, at) && !/[a-z]/.test(/[a-z]$/.test(w) ? (text[at + w.length] ?? '') : ''));
  if (!per) return def;
  const unit = `${def.unit}/${per[1]}`;
  return { surface: text.slice(index, at + per[0].length), unit, dimension: `unit-price:${per[1]}`, power: def.power };
}
