/**
 * Units as written after a number, longest first, with their canonical unit,
 * dimension and power of ten (吉瓦 = 10^9 W). Matching is on the normalised
 * (NFKC, lower-case) text. Energy (千瓦时, GWh) is not power (GW); a rate per
 * unit (元/吨, 万元/辆, 美元/小时) is a unit of its own, comparable only with
 * the same compound.
 */
export interface UnitDef {
  surface: string;
  unit: string;
  dimension: string;
  power: number;
}

const u = (surface: string, unit: string, dimension: string, power = 0): UnitDef => ({ surface, unit, dimension, power });
const money = (surfaces: string[], code: string): UnitDef[] => surfaces.map((s) => u(s, code, `money:${code}`));

export const UNITS: UnitDef[] = [
  u('个百分点', 'pp', 'percentage-points'),
  u('百分点', 'pp', 'percentage-points'),
  // A basis point is a hundredth of a percentage point (LPR下调10个基点 = 0.10个百分点).
  u('个基点', 'pp', 'percentage-points', -2),
  u('基点', 'pp', 'percentage-points', -2),
  u('bps', 'pp', 'percentage-points', -2),
  u('bp', 'pp', 'percentage-points', -2),
  u('%', 'percent', 'ratio'),
  u('‰', 'percent', 'ratio', -1),
  u('‱', 'percent', 'ratio', -2),
  u('倍', 'times', 'multiple'),
  // Kept as before for the metrics that name it (price-per-hour).
  u('美元/小时', 'USD/hour', 'price-per-hour'),
  ...money(['美元', '美金'], 'USD'),
  ...money(['港元', '港币'], 'HKD'),
  ...money(['日元', '日圆'], 'JPY'),
  ...money(['欧元'], 'EUR'),
  ...money(['英镑'], 'GBP'),
  ...money(['新台币', '台币'], 'TWD'),
  ...money(['澳元', '澳币'], 'AUD'),
  ...money(['加元', '加币'], 'CAD'),
  ...money(['新加坡元', '新元'], 'SGD'),
  ...money(['韩元'], 'KRW'),
  ...money(['卢布'], 'RUB'),
  ...money(['印度卢比', '卢比'], 'INR'),
  ...money(['瑞士法郎', '瑞郎'], 'CHF'),
  ...money(['泰铢'], 'THB'),
  ...money(['越南盾'], 'VND'),
  ...money(['人民币', '元'], 'CNY'),
  // Energy before power: 千瓦时 is not 千瓦, gwh is not gw.
  u('太瓦时', 'kWh', 'energy', 9),
  u('twh', 'kWh', 'energy', 9),
  u('吉瓦时', 'kWh', 'energy', 6),
  u('gwh', 'kWh', 'energy', 6),
  u('兆瓦时', 'kWh', 'energy', 3),
  u('mwh', 'kWh', 'energy', 3),
  u('千瓦时', 'kWh', 'energy'),
  u('kwh', 'kWh', 'energy'),
  u('度电', 'kWh', 'energy'),
  u('吉瓦', 'W', 'power', 9),
  u('gw', 'W', 'power', 9),
  u('兆瓦', 'W', 'power', 6),
  u('mw', 'W', 'power', 6),
  u('千瓦', 'W', 'power', 3),
  u('kw', 'W', 'power', 3),
  u('瓦', 'W', 'power'),
  u('pflops', 'PFlops', 'compute'),
  u('eflops', 'PFlops', 'compute', 3),
  u('吨', 't', 'mass'),
  u('公斤', 't', 'mass', -3),
  u('千克', 't', 'mass', -3),
  u('kg', 't', 'mass', -3),
  u('克', 't', 'mass', -6),
  u('平方公里', 'm2', 'area', 6),
  u('平方千米', 'm2', 'area', 6),
  u('平方米', 'm2', 'area'),
  u('平米', 'm2', 'area'),
  u('m2', 'm2', 'area'),
  u('公顷', 'm2', 'area', 4),
  u('亩', 'mu', 'area:mu'),
  u('立方米', 'm3', 'volume'),
  u('m3', 'm3', 'volume'),
  u('桶', 'barrel', 'volume:barrel'),
  u('千升', 'L', 'volume:litre', 3),
  u('毫升', 'L', 'volume:litre', -3),
  u('升', 'L', 'volume:litre'),
  u('teu', 'TEU', 'count:teu'),
  u('标箱', 'TEU', 'count:teu'),
  u('feu', 'FEU', 'count:feu'),
  u('公里', 'm', 'length', 3),
  u('千米', 'm', 'length', 3),
  u('km', 'm', 'length', 3),
  u('厘米', 'm', 'length', -2),
  u('毫米', 'm', 'length', -3),
  u('纳米', 'm', 'length', -9),
  u('nm', 'm', 'length', -9),
  u('米', 'm', 'length'),
  u('英里', 'mile', 'length:mile'),
  u('个交易日', 'trading-day', 'duration'),
  u('交易日', 'trading-day', 'duration'),
  u('个月', 'month', 'duration'),
  u('小时', 'hour', 'duration'),
  u('年', 'year', 'duration'),
  u('天', 'day', 'duration'),
  u('周', 'week', 'duration'),
  // After times are consumed (3月26日 is a date), a bare 日 counts days: 连续20日.
  u('日', 'day', 'duration'),
  u('户', 'household', 'count:household'),
  u('家', 'organisation', 'count:organisation'),
  u('个', 'item', 'count:item'),
  u('股', 'share', 'count:share'),
  u('份', 'unit', 'count:unit'),
  u('条', 'item', 'count:item'),
  u('张', 'card', 'count:card'),
  u('颗', 'chip', 'count:chip'),
  u('名', 'person', 'count:person'),
  // 亿人公里, 万吨公里: traffic in passenger- or tonne-kilometres, never 亿人 followed by 公里.
  u('人公里', 'pkm', 'count:pkm'),
  u('人千米', 'pkm', 'count:pkm'),
  u('吨公里', 'tkm', 'count:tkm'),
  u('吨千米', 'tkm', 'count:tkm'),
  u('人次', 'visit', 'count:visit'),
  u('人', 'person', 'count:person'),
  u('项', 'item', 'count:item'),
  u('辆', 'vehicle', 'count:vehicle'),
  u('台', 'machine', 'count:machine'),
  u('架', 'aircraft', 'count:aircraft'),
  u('艘', 'ship', 'count:ship'),
  u('套', 'set', 'count:set'),
  u('件', 'piece', 'count:piece'),
  u('片', 'piece', 'count:piece'),
  u('座', 'site', 'count:site'),
  u('笔', 'transaction', 'count:transaction'),
  u('岁', 'year-of-age', 'age'),
  u('点', 'point', 'index-points'),
].sort((a, b) => b.surface.length - a.surface.length);

/**
 * The count unit a measure's name ends with (观影人次, 出货台数 → 台?): 观影人次为1.87亿 is 1.87亿人次, the
 * unit written before the number. Only counts: a name ending in 吨 or 元 says no unit of the figure.
 */
export function countUnitEnding(name: string): UnitDef | undefined {
  return UNITS.find((d) => d.dimension.startsWith('count:') && d.power === 0 && name.endsWith(d.surface) && name.length > d.surface.length);
}

/** What a rate is per (元/吨, 每吨): synonyms share a key, so 元/千克 = 元/公斤 but ≠ 元/吨. */
const PER: [string, string][] = (
  [
    ['吨', 't'], ['t', 't'], ['公斤', 'kg'], ['千克', 'kg'], ['kg', 'kg'], ['克', 'g'],
    ['千瓦时', 'kWh'], ['kwh', 'kWh'], ['度', 'kWh'], ['兆瓦时', 'MWh'], ['mwh', 'MWh'],
    ['千瓦', 'kW'], ['kw', 'kW'], ['瓦', 'W'], ['w', 'W'], ['gw', 'GW'], ['mw', 'MW'],
    ['辆', 'vehicle'], ['台', 'machine'], ['部', 'unit'], ['件', 'piece'], ['片', 'piece'], ['颗', 'chip'], ['张', 'card'],
    ['gpu小时', 'GPU-hour'], ['小时', 'hour'], ['h', 'hour'], ['天', 'day'], ['日', 'day'], ['月', 'month'], ['年', 'year'],
    ['人', 'person'], ['户', 'household'], ['股', 'share'], ['桶', 'barrel'], ['盎司', 'ounce'],
    ['平方米', 'm2'], ['平米', 'm2'], ['m2', 'm2'], ['亩', 'mu'], ['立方米', 'm3'], ['m3', 'm3'], ['公里', 'km'], ['千米', 'km'], ['km', 'km'],
    ['瓶', 'bottle'], ['箱', 'case'], ['盒', 'box'], ['包', 'pack'], ['斤', 'jin'], ['千升', 'kL'], ['升', 'L'], ['teu', 'TEU'], ['feu', 'FEU'], ['标箱', 'TEU'],
    ['晚', 'night'], ['人次', 'visit'], ['次', 'time'], ['只', 'head'], ['头', 'head'], ['个', 'item'], ['份', 'unit'], ['单', 'order'], ['家', 'organisation'], ['周', 'week'], ['季度', 'quarter'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** `per` written at `index` (吨, gpu小时 …): its surface and key. */
export function perAt(text: string, index: number): [string, string] | undefined {
  const found = PER.find(([surface]) => text.startsWith(surface, index));
  // A Latin key must end there: /w is per watt, /wafer is not.
  if (found && /[a-z]/.test(found[0].at(-1)!) && /[a-z]/.test(text[index + found[0].length] ?? '')) return undefined;
  return found;
}

/** A rate: `base` per `key` (元/吨 → CNY/t). The dimension names both, so only the same compound compares. */
export function perUnit(base: UnitDef, surface: string, key: string): UnitDef {
  if (base.unit === 'USD' && key === 'hour') return { ...base, surface, unit: 'USD/hour', dimension: 'price-per-hour' };
  return { surface, unit: `${base.unit}/${key}`, dimension: `rate:${base.dimension}/${key}`, power: base.power };
}

/** 成 after a number is tenths (三成 = 30%), unless it starts a word: 成为, 成本, 成交 … */
const NOT_TENTHS = /^成[为立本交功长员果都型绩就熟品效分像年]/;

/** The unit written at `index` of normalised text, if any, with a rate's `/吨` or `每吨` after it. */
export function unitAt(text: string, index: number): UnitDef | undefined {
  let def = UNITS.find((d) => text.startsWith(d.surface, index));
  if (!def && text[index] === '成' && !NOT_TENTHS.test(text.slice(index, index + 2))) def = u('成', 'percent', 'ratio', 1);
  if (!def) return undefined;
  // A Latin unit must end there: 5gw but not 5gwx.
  if (/[a-z]$/.test(def.surface) && /[a-z]/.test(text[index + def.surface.length] ?? '')) return undefined;
  const after = index + def.surface.length;
  if ((text[after] === '/' || text[after] === '每') && def.dimension !== 'ratio' && def.dimension !== 'percentage-points') {
    const per = perAt(text, after + 1);
    if (per) return perUnit(def, text.slice(index, after + 1 + per[0].length), per[1]);
    // 930元/瓶 with a denominator this reader does not know is a rate all the same: never a plain 元.
    if (text[after] === '/' && /[\u4e00-\u9fffa-z]/.test(text[after + 1] ?? '')) return { ...def, surface: text.slice(index, after + 1), unit: '?', dimension: 'unknown-rate' };
  }
  return def;
}

/** Canonical units' names in Chinese, for display. */
export const UNIT_NAMES: Record<string, string> = {
  EUR: '欧元', GBP: '英镑', TWD: '新台币', AUD: '澳元', CAD: '加元', SGD: '新加坡元', KRW: '韩元', RUB: '卢布', INR: '卢比', CHF: '瑞士法郎', THB: '泰铢', VND: '越南盾',
  kWh: '千瓦时', t: '吨', m2: '平方米', mu: '亩', m3: '立方米', barrel: '桶', m: '米',
  vehicle: '辆', machine: '台', aircraft: '架', ship: '艘', set: '套', piece: '件', site: '座', transaction: '笔',
};

const BASE_NAMES: Record<string, string> = {
  ...UNIT_NAMES, percent: '%', pp: '个百分点', times: '倍', USD: '美元', CNY: '元', HKD: '港元', JPY: '日元', W: '瓦', PFlops: 'PFlops',
  year: '年', month: '月', day: '天', hour: '小时', week: '周', household: '户', organisation: '家', item: '个', share: '股', unit: '份', card: '张', chip: '颗', person: '人', point: '点',
  L: '升', TEU: 'TEU', FEU: 'FEU', bottle: '瓶', case: '箱', box: '盒', pack: '包', jin: '斤', kL: '千升', night: '晚', visit: '人次', time: '次', head: '头', order: '单', quarter: '季度',
  pkm: '人公里', tkm: '吨公里',
  kg: '千克', g: '克', kW: '千瓦', MWh: '兆瓦时', GW: 'GW', MW: 'MW', 'GPU-hour': 'GPU小时', ounce: '盎司', km: '千米',
};

/** A canonical unit in Chinese, rates included: CNY/t → 元/吨. */
export function unitName(unit: string): string {
  return unit.split('/').map((part) => BASE_NAMES[part] ?? part).join('/');
}
