/**
 * Counts of goods: things made, held, shipped or sold, in whatever classifier a topic counts them
 * (台, 颗, 张, 头, 片, TEU); not counts of organisations, people, households, visits, transactions or
 * shares, which no volume measures (经销商为300家 is no sales figure). A metric of goods names the
 * dimension `count:goods` (content/metrics/); a volume written as a verb (销售肉猪252.4万头) takes
 * only these.
 */
export const GOODS_DIMENSION = 'count:goods';

const NOT_GOODS = new Set(['person', 'household', 'organisation', 'visit', 'transaction', 'share', 'site', 'pkm', 'tkm', 'time', 'goods']);

/** Whether a quantity's dimension (`count`, `count:chip` …) counts goods. */
export const isGoodsCount = (dimension: string): boolean => dimension === 'count' || (dimension.startsWith('count:') && !NOT_GOODS.has(dimension.slice('count:'.length)));
