/**
 * What a figure's phrase says beyond its metric: scope words (部分, 头部, 全国,
 * 现货, 一级 …), filler (全年, 整体, 总), and the rest — a residue that names
 * the thing measured (铁矿石, 宁德时代) or a population of things (智算中心,
 * 中小企业). See ../shared/docs/new-topics.md, "Scopes".
 */
import { HOLIDAYS, ONCE_PERIOD } from '../quantities/times.ts';

/** Words that are the same scope: 我国 = 国内 = 中国 = 全国. */
const NATIONAL = ['全国范围内', '全国', '我国', '国内', '中国', '境内'];
/** Words that say "all of it": for a sector they are the sector itself. */
const WHOLE = ['全行业', '行业整体', '整个行业', '行业内', '行业', '电影', '全产业', '产业', '全市场', '全社会', '市场整体', '市场', '整体', '全环节'];
/** Filler: not a scope of its own (全年 is a time, 整体/总 say nothing). */
const FILLER = ['合计', '共计', '总计', '总体', '全年', '年度', '综合', '总', ...HOLIDAYS.flatMap((h) => [`${h}档冠军`, `${h}冠军`])];
/** Period words the time reader may not have taken: they keep periods apart (2025年 is not 2025年上半年). */
export const PERIOD_WORDS = ['上年同期', '去年同期', '上年', '上一年', '上半年', '下半年', '前三季度', '前两个月', '一季度', '二季度', '三季度', '四季度', '第一季度', '第二季度', '第三季度', '第四季度', '年初至今', '年初以来', '今年以来', '年内', '年初', '年底', '年末', '年中', '同期', '当月', '次月', '上月', '本月', '同日', '当周', '本周', '上周', '月度', '季度', ...HOLIDAYS.flatMap((h) => [`${h}期间`, `${h}档`, h])];
/** Scope words proper: which part, which kind, which grade, which market. */
const SCOPES = [
  '部分', '头部', '龙头', '中小', '大型', '小型', '重点', '主要', '样本', '规模以上', '规上',
  '新建', '存量', '增量', '新增', '累计', '在建', '规划', '拟建', '已建', '有效', '实际', '名义', '正常', '合理', '理论', '平均', '单月', '单季', '单周', '周', '单日', '日均', '月均', '年均', '人均', '峰值',
  '现货', '期货', '远期', '主力合约', '长协', '即期', '内河', '近月', '一级', '二级', '三级', '电池级', '工业级', '国际', '全球', '海外', '境外', '出口', '内销', '外销',
  '线上', '线下', '零售', '批发', '终端', '城镇', '农村', '东部', '西部', '中部', '东北', '沿海', '华东', '华南', '华北', '华中', '西南', '西北',
  '美国', '欧洲', '欧盟', '日本', '韩国', '印度', '东南亚', '北美', '中东', '非洲', '拉美',
  '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南',
  '四川', '贵州', '云南', '陕西', '甘肃', '青海', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门', '台湾',
  '同比', '环比',
];
/** Places among the scope words: a province, a municipality, a region of the country. */
const PLACES = new Set(SCOPES.slice(SCOPES.indexOf('北京'), SCOPES.indexOf('台湾') + 1));
/** Whether a scope token is a place (内蒙古, 上海): where a figure was measured. */
export const isPlace = (token: string) => PLACES.has(token);
const PLACE_SUFFIX = /^(?:地区|省|市(?!场))/;
/** Words that carry no meaning for scope or subject: verbs, connectives, adverbs, hedges. */
const NOISE = [
  // 合约价 is a contract's price: its 约 is no hedge (the contract's kind, 期货 or 长协, says the scope).
  '合约',
  // 纳入统计的燃煤电厂: the population a statistic covers is the one it names.
  '纳入统计', '纳入监测', '截至目前', '截至', '目前', '当前', '当时', '其中', '此外', '同时', '另外', '随后', '期间', '预计', '有望', '或将', '可能', '已经', '已', '将', '仍', '还', '均', '也', '都', '但', '而', '且', '并',
  '实现', '完成', '录得', '达到', '分别', '高达', '历史性', '持续', '进一步', '继续', '的', '了', '导致', '使得', '致使', '造成', '带动', '推动', '拉动',
  // 今年票房冠军《天穹之战》, 暑期档冠军: a ranking describes the thing, it is no part of what is measured.
  '票房冠军', '冠军', '亚军', '季军', '榜首', '出品', '推出',
  '创', '新高', '新低', '首次', '再次', '保持', '维持', '出现', '回落', '回升', '上涨', '下跌', '增长', '下降', '提升', '提高', '降低', '减少', '增加', '同比增长', '同比下降',
];
/** Heads of a population of things (a scope of the sector, not a subject): 智算中心, 中小企业, 国产芯片. */
const POPULATION = /(?:中心|芯片|设备|影片|影院|企业|航线|航段|线路|厂商|厂家|公司|机构|行业|产业|市场|项目|电站|工厂|产线|门店|车企|房企|险企|券商|城市|地区|省份|领域|板块|赛道|用户|居民|消费者|家庭|农户|商家|平台|经销商|供应商|运营商|酒企|猪企|船企|车企|养殖户|散户|商|企|户)$/;
/** Examples before the kind they are of: 内蒙古、河北等 (10个主产省份), or the last of them where a list was cut (河北等10个). */
export const EXAMPLES = /(?:[\u4e00-\u9fff]{2,5}、)+[\u4e00-\u9fff]{2,5}等(?![级])|^[\u4e00-\u9fff]{2,5}等(?=[0-9０-９一二三四五六七八九十几数]+[个家座只])/g;
/** A population of producers or places, then the thing they make or hold: 钢铁企业粗钢, 样本城市商品住宅. */
const POPULATION_BEFORE = /^(.+?(?:企业|钢厂|厂商|厂家|机构|城市|省份|港口|门店|车企|房企|酒企|猪企|船企|经销商|供应商|运营商|养殖户|农户|商家))([\u4e00-\u9fff]{2,})$/;
/** A residue that only points back to the article's subject. */
const PRONOUN = /^(?:公司|该公司|本公司|其|集团|该集团|该企业|自身|旗下)$/;

const byLength = (a: string, b: string) => b.length - a.length;
const TOKENS = [...NATIONAL.map((w) => [w, 'national'] as const), ...WHOLE.map((w) => [w, 'whole'] as const), ...FILLER.map((w) => [w, 'filler'] as const), ...PERIOD_WORDS.map((w) => [w, 'period'] as const), ...SCOPES.map((w) => [w, 'scope'] as const)].sort((a, b) => byLength(a[0], b[0]));
const NOISE_SORTED = [...NOISE].sort(byLength);
/** Words by their first character, longest first: one look-up per character of a phrase. */
const index = <T extends readonly [string, ...unknown[]] | string>(words: readonly T[]) => Map.groupBy(words, (w) => (typeof w === 'string' ? w : w[0]).charCodeAt(0));
const TOKENS_BY_FIRST = index(TOKENS);
const NOISE_BY_FIRST = index(NOISE_SORTED);
/** Function characters trimmed from the ends of a residue only (比 starts 比亚迪, 和 starts 和讯). */
const EDGE = /^[约近超仅为是在与及其该较并而且但仍还均也都已将末底]+|[约近超仅为是在和与及其该较对从由比并而且但仍还均也都已将共]+$/g;
/**
 * A spec written onto a figure once figures are masked as '|': a grade with letters on both sides
 * (HRB400E → HRB|E) or a unit of size after it (4.75mm → |mm). A model (H20, A800) keeps its letters.
 */
const FIGURE_RUN = /[0-9０-９.,，%％]+/g;
/** A model's number, right after its letters and ending the word (DDR4, DDR5, H20, A800): part of its name, kept. */
const MODEL_NUMBER = /^[A-Za-z][0-9]+(?![A-Za-z0-9])/;
const SPEC_LETTERS = /(?<![a-z])[a-z]{1,4}\|[a-z]{1,3}(?![a-z])|\|(?:mm|cm|km|kg|kv|kw|mw|gw|kwh|mwh|gwh)(?![a-z])/gi;
/** 不含服务费, 不含税: what a figure leaves out is its scope; 含服务费, 含税 say the default. */
const EXCLUDING = /不含([\u4e00-\u9fff]{0,3}[费税])(?:口径)?/g;
const INCLUDING = /含[\u4e00-\u9fff]{0,3}[费税](?:口径)?/g;
/** 日耗煤量, 每日销量: a measure per day, the same scope as 日均 (not 今日, 节日, 同日). */
const PER_DAY = /(?<=[\u4e00-\u9fffA-Za-z])(?<![今昨前次当同节生假工单])每?日$/;
/** Tenors and durations that name a product, not a figure: 1年期, 5年期以上, 10年期. */
const TENOR = /\d+(?:个月|年)期(?:以上)?/g;

export interface PhraseParts {
  /** Normalised scope tokens, sorted (全国, 部分, 现货 …); national and whole words as '全国' and '行业'. */
  readonly scopes: readonly string[];
  /** Period words found (上半年 …), in order. */
  readonly periods: readonly string[];
  /** What is left once scope, filler, period and noise words are gone: a subject, an object, or a population. */
  readonly residue: string;
}

/**
 * Split a phrase (names, times and figures already cut out, as '|') into scope
 * tokens and a residue. Greedy from the left, longest word first.
 */
export function splitPhrase(phrase: string): PhraseParts {
  // Phrases repeat across claims (公司, 部分智算中心): each is split once. The parts are never changed.
  const known = splitCache.get(phrase);
  if (known) return known;
  const parts = split(phrase);
  if (splitCache.size < SPLIT_KEPT) splitCache.set(phrase, parts);
  return parts;
}

const splitCache = new Map<string, PhraseParts>();
const SPLIT_KEPT = 1 << 16;

function split(phrase: string): PhraseParts {
  const scopes = new Set<string>();
  const periods: string[] = [];
  const kept: string[] = [];
  // Characters no word starts: kept as one run, sliced once (not a string per character).
  let run = -1;
  const tenors = phrase.match(TENOR) ?? [];
  for (const t of tenors) scopes.add(t);
  // A spec's letters go with its figures (HRB400E, 4.75mm, 20mm): no part of the thing's name.
  // 内蒙古、河北等10个主产省份: the places named are examples of the kind, which is the scope.
  for (const m of phrase.matchAll(EXCLUDING)) scopes.add(`不含${m[1]}`);
  const text = phrase.replace(EXCLUDING, '|').replace(INCLUDING, '|').replace(PER_DAY, '日均').replace(EXAMPLES, '').replace(TENOR, '|').replace(FIGURE_RUN, (run, at: number, whole: string) => (MODEL_NUMBER.test(whole.slice(Math.max(0, at - 1), at + run.length + 1)) ? run : '|')).replace(SPEC_LETTERS, '|');
  const closeRun = (i: number) => {
    if (run >= 0) kept.push(text.slice(run, i));
    run = -1;
  };
  for (let i = 0; i < text.length; ) {
    const first = text.charCodeAt(i);
    const token = TOKENS_BY_FIRST.get(first)?.find(([w]) => text.startsWith(w, i));
    if (token) {
      closeRun(i);
      const [w, kind] = token;
      if (kind === 'national') scopes.add('全国');
      else if (kind === 'whole') scopes.add('行业');
      // 主力合约 is a futures contract: its price is the futures price (期货).
      else if (kind === 'scope') scopes.add(w === '主力合约' ? '期货' : w);
      // 春运期间 is 春运.
      else if (kind === 'period') periods.push(w.replace(/(.)(?:期间|档)$/, '$1'));
      kept.push('|');
      i += w.length;
      // 上海地区, 浙江省, 上海市: the place's own word for itself (not 上海市场).
      if (kind === 'scope' && PLACES.has(w)) i += PLACE_SUFFIX.exec(text.slice(i))?.[0].length ?? 0;
      continue;
    }
    const noise = NOISE_BY_FIRST.get(first)?.find((w) => text.startsWith(w, i));
    if (noise) {
      closeRun(i);
      kept.push('|');
      i += noise.length;
      continue;
    }
    if (run < 0) run = i;
    i++;
  }
  closeRun(text.length);
  const residue = kept.join('');
  // Every run of words left, joined: 华远海控·集装箱 is not 海泰航运·集装箱. A leading pronoun (公司集装箱) is kept apart.
  const runs = residue.split(/[|\s、:：“”"‘’'()（）[\]【】《》·,，;；\-—]+/).map((r) => amongOnly(r.replace(EDGE, ''))).filter((r) => /[\u4e00-\u9fffA-Za-z]/.test(r) && r.length >= 2);
  // 统计钢铁企业粗钢: a population before the thing measured is a scope of it (粗钢 of 重点统计钢铁企业), not part of its name.
  const things = runs.map((r) => {
    const m = POPULATION_BEFORE.exec(r);
    if (!m) return r;
    // The counter of the count before it (10个主产省份) is no part of the population.
    scopes.add(m[1]!.replace(/^[个家座只名条]+/, ''));
    return m[2]!;
  });
  return { scopes: [...scopes].sort(), periods, residue: things.join('·') };
}

/** 大中城市中一线城市: a population among a population is the narrower one. */
function amongOnly(run: string): string {
  const at = run.lastIndexOf('中');
  if (at <= 0) return run;
  const [outer, inner] = [run.slice(0, at), run.slice(at + 1)];
  return POPULATION.test(outer) && POPULATION.test(inner) && inner.length >= 2 ? inner : run;
}

export type ResidueKind = 'none' | 'pronoun' | 'population' | 'subject';

const ONCE_PERIOD_ALONE = new RegExp(`^(?:上映|发售|开售|上市)?${ONCE_PERIOD.source}$`);

/** What a residue is: nothing, a pointer back (公司), a population (中小企业), or a named thing (铁矿石, 宁德时代). */
export function residueKind(residue: string): ResidueKind {
  if (residue === '') return 'none';
  const first = residue.split('·')[0]!;
  if (ONCE_PERIOD_ALONE.test(first)) return 'none';
  if (PRONOUN.test(first) || /^(?:该公司|公司|其|该集团)/.test(first)) return 'pronoun';
  // A legal name is a name, whatever its head: 江西赣丰科技股份有限公司.
  if (/(?:股份有限公司|有限责任公司|有限公司)$/.test(residue)) return 'subject';
  if (POPULATION.test(residue)) return 'population';
  // A single character left over is noise, not a name.
  return residue.length >= 2 ? 'subject' : 'none';
}

/** The scope key compared: tokens joined; for sector-wide and object figures the whole (行业, 全国) is the default. */
export function scopeKey(scopes: readonly string[], extra: string, wholeIsDefault: boolean): string {
  const kept = wholeIsDefault ? scopes.filter((s) => s !== '全国' && s !== '行业') : scopes;
  return [...kept, extra].filter(Boolean).join('·');
}

/** Legal and generic heads of a company name, stripped for its key: 通泰股份有限公司 = 通泰股份 = 通泰. */
const LEGAL_HEADS = /(?:集团股份有限公司|股份有限公司|有限责任公司|有限公司|集团|控股|股份|科技|能源|实业|发展)$/;

/**
 * The key of a name the registry does not know: each run of words with its legal heads cut, so the
 * full name and its short form meet (江西赣丰科技股份有限公司 and 赣丰科技). Abbreviations (华远海控 for
 * 华远海运控股) need entity discovery.
 */
export function textKey(residue: string): string {
  return residue
    .split('·')
    .map((run) => {
      let key = run;
      for (let m = LEGAL_HEADS.exec(key); m && key.length - m[0].length >= 2; m = LEGAL_HEADS.exec(key)) key = key.slice(0, key.length - m[0].length);
      return key;
    })
    .join('·');
}
