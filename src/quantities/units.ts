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
].sort((a, b) => b.surface.length - a.surface.length);

/** The unit written at `index` of normalised text, if any. */
export function unitAt(text: string, index: number): UnitDef | undefined {
  return UNITS.find((def) => text.startsWith(def.surface, index));
}
