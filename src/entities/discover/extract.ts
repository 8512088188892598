/**
 * Name proposals in one text, by form. Each proposal says what it is (type),
 * the name as written and the form that proposed it; nothing here decides
 * whether it is published (see discover.ts). When a form is not clear, it
 * proposes nothing: a wrong entity is worse than a missing one.
 */
import type { EntityType } from '../schema.ts';
import {
  COMPANY_METRICS, GENERIC_WORDS, GOODS_WORDS, INSTITUTION_HEADS, LEFT_NOUNS, LEFT_STOPS, LEGAL_HEADS, NAME_HEADS, NOT_AFTER_HEAD, NOT_HEAD_WORDS, NOT_LATIN_NAMES, NOT_PERSON_NAMES, ORG_HEADS, RIGHT_STOPS, ROLES,
  type RoleRelation, SURNAMES, TIME_OR_COUNT,
} from './lexicon.ts';

export type Form =
  | 'legal-name' // 万科企业股份有限公司
  | 'organisation' // 中国钢铁工业协会, 宝武钢铁集团
  | 'metric-subject' // 万科的净利润, 牧原股份市值
  | 'role-organisation' // 万科 in 万科董事长郁亮
  | 'person-role' // 郁亮 in 董事长郁亮 / 郁亮董事长
  | 'transliterated' // 萨姆·奥尔特曼
  | 'latin' // CoreWeave, Vera Rubin
  | 'model' // H100, iPhone 16, A800
  | 'ticker' // 贵州茅台(600519)
  | 'product-metric' // 普川 in 普川批价
  | 'source' // 华牧数据 in 据华牧数据统计
  | 'work' // 天穹之战 in 《天穹之战》: a film, book, game or series
  | 'enumeration'; // 寒武纪 in 华为、百度、寒武纪等 (accepted where another item is a name)

export interface Proposal {
  form: Form;
  type: EntityType;
  /** The name as written. */
  name: string;
  start: number;
  end: number;
  /** A code in brackets after the name (600519). */
  code?: string;
  /** For people: the role and the organisation text before it (万科, 公司, or empty). */
  role?: { word: string; relation: RoleRelation | null; organisation: string };
  /** For list items: the list's position in the text, shared by its items. */
  list?: number;
  /** For list items: the list names its kind (华为、百度等公司). */
  typed?: boolean;
}

const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9]/u;
const HAN = /\p{Script=Han}/u;
const MAX_NAME = 16;

const alternation = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const LEFT_STOP = new RegExp(alternation(LEFT_STOPS), 'g');
const LEFT_NOUN = new RegExp(alternation(LEFT_NOUNS), 'g');
const RIGHT_STOP = new RegExp(`^(?:${alternation(RIGHT_STOPS)})`);
const ORG_HEAD = new RegExp(alternation(ORG_HEADS), 'g');
const ROLE = new RegExp(alternation(ROLES.map(([r]) => r)), 'g');
const ROLE_RELATION = new Map(ROLES);
const METRIC = new RegExp(`(?:的)?(?:${alternation(COMPANY_METRICS)})`, 'g');
const PRODUCT_METRIC = /(?:的)?(?:批价|出厂价|零售价|建议零售价|终端价|到手价|指导价|成交价|系列收入|系列)/g;
const GENERIC = [...new Set(GENERIC_WORDS)];
const TRAILING_FILLER = new RegExp(`(?:${TIME_OR_COUNT.source}|全年|整体|合计|累计|实现|同比|环比|最新|当期|单季|单月|全部|总体|控股股东|股东|旗下|今年以来|年内|此前|有关|相关|平均|原箱|散瓶|整箱|单瓶|线上|线下|终端)$`);
const LATIN_PHRASE = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-.&'][A-Za-z0-9]+)*(?: [A-Z0-9][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*)*(?![A-Za-z0-9])/g;
const TRANSLITERATED = /\p{Script=Han}{1,8}(?:[·・•][\p{Script=Han}]{1,8})+/gu;
const TICKER = /[(（]\s*((?:\d{6}|\d{4,5}(?=\.HK))(?:\.(?:SH|SZ|BJ|HK|SS))?|[A-Z]{2,5}(?:\.[A-Z]{1,2})?)\s*[)）]/g;
const ROLE_NOUN_END = /[者人家师员长官裁理任]/;

const GENERIC_SET = new Set(GENERIC);
const TIME_AT_END = new RegExp(`(?:${TIME_OR_COUNT.source})$`);
const TIMES_AT_END = new RegExp(`(?:${TIME_OR_COUNT.source})+$`);
const GENERIC_LENGTHS = [...new Set(GENERIC.map((w) => w.length))].sort((a, b) => b - a);
const genericCache = new Map<string, boolean>();

/** A prefix made only of common nouns and modifiers (钢铁, 头部房企, 国内上市) names nothing. */
export function isGeneric(text: string): boolean {
  let known = genericCache.get(text);
  if (known === undefined) {
    known = decomposes(text);
    if (genericCache.size > 100_000) genericCache.clear();
    genericCache.set(text, known);
  }
  return known;
}

function decomposes(text: string): boolean {
  if (text.length === 0) return true;
  // Adjectives of kind: 公益性, 结构性, 大型, 同类.
  if (/[性型类级式]$/.test(text)) return true;
  // Longest-first decomposition into common words, with backtracking (short texts).
  const memo = new Map<number, boolean>();
  const from = (i: number): boolean => {
    if (i === text.length) return true;
    const seen = memo.get(i);
    if (seen !== undefined) return seen;
    let ok = false;
    for (const length of GENERIC_LENGTHS) {
      if (i + length <= text.length && GENERIC_SET.has(text.slice(i, i + length)) && from(i + length)) { ok = true; break; }
    }
    if (!ok && /[\d０-９]/.test(text[i]!)) ok = from(i + 1);
    // Latin vocabulary (AI, GPU) counts as common words.
    if (!ok && /[A-Za-z]/.test(text[i]!)) {
      const word = /^[A-Za-z0-9]+/.exec(text.slice(i))![0];
      if (NOT_LATIN_NAMES.has(word.toLowerCase())) ok = from(i + word.length);
    }
    memo.set(i, ok);
    return ok;
  };
  return from(0);
}

/**
 * Where a name ending at `end` starts: back over name characters (at most
 * twelve), then after the last stop word or time that still leaves two
 * characters (据中国钢铁工业协会 → 中国钢铁工业协会; 美的集团 keeps 美的).
 */
export function nameStart(text: string, end: number, min = 2): number {
  let i = end;
  while (i > 0 && end - i < MAX_NAME && NAME_CHAR.test(text[i - 1]!)) i--;
  const window = text.slice(i, end);
  const key = `${min}${window}`;
  let cut = cutCache.get(key);
  if (cut === undefined) {
    cut = cutOf(window, min);
    if (cutCache.size > 100_000) cutCache.clear();
    cutCache.set(key, cut);
  }
  return i + cut;
}

/** Windows repeat (the same names before the same heads): their cuts are computed once. */
const cutCache = new Map<string, number>();

function cutOf(window: string, min: number): number {
  let cut = 0;
  for (const pattern of [LEFT_STOP, LEFT_NOUN, TIME_OR_COUNT]) {
    pattern.lastIndex = 0;
    for (const m of window.matchAll(pattern)) {
      const after = m.index + m[0].length;
      // A verb or preposition of two or more characters right before the head leaves no name (表示公司); one character, or a noun, may end a name (华为, 美的, 万科企业).
      const room = m[0].length >= 2 && pattern === LEFT_STOP ? 0 : min;
      if (window.length - after >= room && after > cut) cut = after;
    }
  }
  return cut;
}

const WHOLE_TIME = new RegExp(`^(?:${TIME_OR_COUNT.source}|上年|本年|当年|\\d{4}年?|[QH][1-4])+$`);
const LEADING_TIME = new RegExp(`^(?:${TIME_OR_COUNT.source})+`);
/** A time or count, not a name: 2024年, 上半年, 3家. */
export function isTime(text: string): boolean {
  return WHOLE_TIME.test(text);
}

/** Strip time words and fillers from the end of a subject (万科今年 → 万科). */
export function trimSubject(name: string): string {
  let out = name.replace(LEADING_TIME, '');
  for (let guard = 0; guard < 4; guard++) {
    const m = TRAILING_FILLER.exec(out);
    if (!m || m.index === 0) break;
    out = out.slice(0, m.index);
  }
  return out;
}

const isBoundary = (c: string | undefined) => c === undefined || !NAME_CHAR.test(c);

/** Heads of public bodies and associations, as a name's last characters. */
const BODY_HEAD = /(?:会|局|署|部|院|所|委|办|协|联|中心|联盟)$/;

/** Organisations by their heads, legal names first; a name inside a longer one (国家能源 in 国家能源局) is not proposed. */
function organisations(text: string, out: Proposal[]): void {
  const found: Proposal[] = [];
  headed(text, found);
  for (const p of found) if (!found.some((q) => q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start)) out.push(p);
}

const TRADE_VERB_END = /(?:出口|进口|销售|生产|交付|采购|出货|消费|制造)$/;

function headed(text: string, out: Proposal[]): void {
  ORG_HEAD.lastIndex = 0;
  for (const m of text.matchAll(ORG_HEAD)) {
    const head = m[0];
    const end = m.index + head.length;
    if (NOT_AFTER_HEAD.test(text.slice(end))) continue;
    if (head.length === 1 && NOT_HEAD_WORDS.has(text.slice(end - 2, end))) continue;
    let start = nameStart(text, m.index);
    start += text.slice(start, m.index).length - text.slice(start, m.index).replace(LEADING_TIME, '').length;
    const prefix = text.slice(start, m.index);
    // 证监会表示: a national body by its head alone is its name.
    if (NAME_HEADS.has(head) && (prefix.length < 2 || isGeneric(prefix))) {
      out.push({ form: 'organisation', type: 'organisation', name: head, start: m.index, end });
      continue;
    }
    if (prefix.length < 2 || !HAN.test(prefix + head) || isGeneric(prefix) || /^\d+$/.test(prefix) || /^[级性型类的地得]/.test(prefix)) continue;
    // 中心 after a common noun is a common compound (投运智算中心, 西部地区数据中心), not a name.
    if (head === '中心' && GENERIC_LENGTHS.some((n) => n < prefix.length && GENERIC_SET.has(prefix.slice(-n)))) continue;
    // One-character heads (部, 局) make government bodies: 商务部, 国家统计局; never 内部, 格局.
    if (head.length === 1 && (prefix.length < 2 || !HAN.test(prefix))) continue;
    // 金融监管总局有关司局负责人: a department the speaker is from, inside the body named before it, is no name.
    if (/(?:有关|相关)(?:司局|司|局|部门|处)$/.test(prefix + head)) continue;
    const legal = LEGAL_HEADS.includes(head);
    // 我国出口汽车, 国内生产能源: the country and a verb of trade before a common head make goods, not a name.
    if (!legal && (/^(?:我国|国内)/.test(prefix) || TRADE_VERB_END.test(prefix))) continue;
    out.push({ form: legal ? 'legal-name' : 'organisation', type: INSTITUTION_HEADS.has(head) || head.length === 1 || head === '委员会' ? 'organisation' : 'company', name: prefix + head, start, end });
  }
}

/** The subject before `end`, stepping back over a time and filler between it and the metric (黔台飞仙4月28日原箱批价). */
function subjectBefore(text: string, end: number): { start: number; name: string } {
  let start = nameStart(text, end);
  let name = trimSubject(text.slice(start, end));
  if (name.length < 2 || isGeneric(name)) {
    const time = TIMES_AT_END.exec(text.slice(Math.max(0, start - 8), start));
    if (time) {
      const before = start - time[0].length;
      start = nameStart(text, before);
      name = trimSubject(text.slice(start, before));
    }
  }
  return { start, name };
}

/** Products as the subject of a price: 普川批价, 窖藏1688出厂价. */
function productSubjects(text: string, out: Proposal[]): void {
  PRODUCT_METRIC.lastIndex = 0;
  for (const m of text.matchAll(PRODUCT_METRIC)) {
    const { start, name } = subjectBefore(text, m.index);
    if (name.length < 2 || name.length > 8 || isGeneric(name) || isTime(name) || /^\d/.test(name) || /[对与和及从向在于将把被由的]$/.test(name)) continue;
    out.push({ form: 'product-metric', type: 'product', name, start, end: start + name.length });
  }
}

/**
 * Words before a company metric that are no company: a measure itself (毛利率 in 毛利率再降), a
 * population or a market (汽车经销商综合库存, 全国新建商品房销售额), or a pronoun with its
 * remains (一季度末公司净负债率 → 末公司净). A legal name comes by its own form.
 */
const NOT_A_METRIC_SUBJECT = /公司|集团内|(?:率|额|量|价|规模|占比|份额|系数|综合|商品房|住宅|新房|二手房|写字楼|商铺|土地)$|^(?:归母|扣非|全国|我国|国内|全球|海外|境外|全行业|行业|全市场|市场|一线|二线|三线|百强|新建|单月|单季|累计|合计|全年|末|初|底)|经销商|企业|车企|房企|厂商|厂家|城市|门店|用户|居民|消费者|旅客|乘客|游客|观众|人口|人次|(?:业务|板块|分部|事业部|品类)$/;
/** Not a company's name: a measure, a market or population, a pronoun's remains, or a company metric word in it. */
const notACompany = (name: string) => NOT_A_METRIC_SUBJECT.test(name) || COMPANY_METRICS.some((w) => name.includes(w));

/** A company pronoun, and any time after it, right before a metric's subject (该公司全年, 其2024年, 公司一季度). */
const SELLER_BEFORE = new RegExp(`(?:(?:该|本)?(?:公司|集团)|其)(?:${TIMES_AT_END.source.replace(/\$$/, '')})?$`);

/** Companies as the subject of a company metric: 万科的净利润, 牧原股份市值. */
function metricSubjects(text: string, out: Proposal[]): void {
  METRIC.lastIndex = 0;
  for (const m of text.matchAll(METRIC)) {
    // 继续抬升沃锐通信毛利率: an organisation ending at the metric is its subject, already proposed by its head.
    if (out.some((p) => p.end === m.index && (p.form === 'organisation' || p.form === 'legal-name'))) continue;
    const { start, name } = subjectBefore(text, m.index);
    if (isTime(name) || /^(?:该|本|此)?(?:公司|集团)$/.test(name) || /[对与和及从向在于将把被由]$/.test(name)) continue;
    // Terra 5系列上市首月销量: what follows a Latin model's letters or digits is no name of its own.
    if (/[A-Za-z0-9]/.test(text[start - 1] ?? '') || /^\d/.test(name)) continue;
    if (name.length < 2 || name.length > 8 || isGeneric(name) || /^[\d.]+$/.test(name) || /^[A-Za-z0-9 .&-]+$/.test(name)) continue;
    // 中国智能手机市场出货量: a market's figure, not a company's (a firm called …市场 comes as a source: CFM闪存市场).
    if (notACompany(name) || name.endsWith('市场')) continue;
    if (!isBoundary(text[start - 1]) && start > 0 && !LEFT_STOP_AT(text, start)) continue;
    // 秦皇岛港煤炭库存: the goods after the name are what is measured, the name before them holds them.
    const goods = GOODS_WORDS.find((w) => name.endsWith(w) && name.length - w.length >= 3 && !isGeneric(name.slice(0, -w.length)));
    if (goods) {
      out.push({ form: 'metric-subject', type: 'company', name: name.slice(0, -goods.length), start, end: start + name.length - goods.length });
      continue;
    }
    // 该公司全年生鲜乳销量, 湘沅股份上半年复合肥销量: after the company that sells it, the subject is its product.
    const seller = out.some((p) => p.type === 'company' && p.end <= start && (p.end === start || new RegExp(`^(?:${TIMES_AT_END.source})`).test(text.slice(p.end, start))));
    if (seller || SELLER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
      out.push({ form: 'product-metric', type: 'product', name, start, end: start + name.length });
      continue;
    }
    out.push({ form: 'metric-subject', type: 'company', name, start, end: start + name.length });
  }
}

/** True when a stop word ends exactly at `index` (the name after it is bounded). */
function LEFT_STOP_AT(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 6), index);
  LEFT_STOP.lastIndex = 0;
  for (const m of before.matchAll(LEFT_STOP)) if (m.index + m[0].length === before.length) return true;
  return TIME_AT_END.test(before);
}

/** A Chinese personal name starting at `start`: a surname, then one or two characters, then a stop. */
function nameAfter(text: string, start: number): string | undefined {
  let run = 0;
  while (start + run < text.length && HAN.test(text[start + run]!) && run < 6) run++;
  // 高岚称，: a verb of saying ends the name (高岚), however it is punctuated.
  while (run >= 3 && /[称说道]/.test(text[start + run - 1]!) && !/[称说道]/.test(text[start + run - 2]!)) run--;
  // A stop of two characters or more is the clearest end (孙悦认为 → 孙悦), then punctuation, then one character.
  const ends = (rest: string, pass: number) => (pass === 0 ? (RIGHT_STOP.exec(rest)?.[0].length ?? 0) >= 2 : pass === 1 ? isBoundary(rest[0]) : RIGHT_STOP.test(rest));
  for (let pass = 0; pass < 3; pass++) {
    for (const length of [3, 2, 4]) {
      if (length > run) continue;
      const name = text.slice(start, start + length);
      const surname = SURNAMES.has(name.slice(0, 2)) && length >= 3 ? 2 : SURNAMES.has(name[0]!) ? 1 : 0;
      if (surname === 0 || (length === 4 && surname !== 2) || NOT_PERSON_NAMES.has(name) || NOT_PERSON_NAMES.has(name.slice(0, 2))) continue;
      const rest = text.slice(start + length);
      if ((length === run && pass === 1) || ends(rest, pass)) return name;
    }
  }
  return undefined;
}

/** A transliterated name's first part: the Han characters before `·`, after any role or stop. */
function transliteratedStart(text: string, dot: number): number {
  let i = dot;
  while (i > 0 && HAN.test(text[i - 1]!) && dot - i < 8) i--;
  let cut = i;
  for (let k = i; k < dot - 1; k++) if (ROLE_NOUN_END.test(text[k]!) || LEFT_STOP_AT(text, k + 1)) cut = k + 1;
  return dot - cut > 4 ? dot - 3 : cut;
}

/** Where a transliterated name's last part ends: before a stop word. */
function transliteratedEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && HAN.test(text[i]!) && i - from < 6 && !(i > from && RIGHT_STOP.test(text.slice(i)))) i++;
  return i;
}

/** A research desk's name right before a role (能化分析师, 宏观首席分析师). */
const DESK_WORD = /(?:能化|能源化工|黑色|有色|化工|农产品|宏观|策略|固收|金工)(?:研究|组)?$/;
/** A desk or team inside an organisation, between its name and a role (钢铁行业, 宏观研究团队, 有关司局). */
const DESK = /^\p{Script=Han}{2,8}(?:行业|团队|小组|部门|板块)$|^(?:有关|相关)(?:司局|部门|司|局|处)$/u;

/** People next to roles, either order, and the organisation named before the role. */
function people(text: string, out: Proposal[]): void {
  ROLE.lastIndex = 0;
  for (const m of text.matchAll(ROLE)) {
    const word = m[0];
    const relation = ROLE_RELATION.get(word) ?? null;
    const roleEnd = m.index + word.length;
    // A Latin role needs Latin boundaries (CEO, not CEOs).
    if (/[A-Z]/.test(word) && (/[A-Za-z]/.test(text[m.index - 1] ?? '') || /[a-z]/.test(text[roleEnd] ?? ''))) continue;
    // The organisation before the role: a proposed organisation ending there (万科企业股份有限公司董事长), or the text before it.
    const code = /[(（][^()（）]{2,12}[)）]$/.exec(text.slice(Math.max(0, m.index - 14), m.index));
    const orgEnd = code ? m.index - code[0].length : m.index;
    // 华信证券钢铁行业首席分析师: a team or sector desk after the organisation is no part of its name.
    const named = out.filter((p) => p.end === orgEnd && (p.form === 'legal-name' || p.form === 'organisation')).sort((a, b) => a.start - b.start)[0]
      ?? out.find((p) => (p.form === 'legal-name' || p.form === 'organisation') && p.end < orgEnd && orgEnd - p.end <= 10 && DESK.test(text.slice(p.end, orgEnd)));
    const orgStart = named?.start ?? nameStart(text, m.index, 2);
    // 华岳期货能化分析师: a research desk (能化, 宏观) after the organisation is no part of its name.
    // IDC中国研究经理: a Latin firm's region before the role is its office, not its name.
    const organisation = named?.name ?? trimSubject(text.slice(orgStart, m.index)).replace(DESK_WORD, (w, at: number) => (at >= 2 ? '' : w)).replace(/(?<=[A-Za-z])(?:中国|全球|亚太|大中华区)$/, '');
    const after = text.slice(roleEnd).replace(/^\s+/, '');
    const gap = text.length - roleEnd - after.length;
    let person: { name: string; start: number; form: Form } | undefined;
    const dotted = /^\p{Script=Han}{1,5}(?:[·・•]\p{Script=Han}{1,8})+/u.exec(after);
    const latin = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])/.exec(after);
    if (dotted) {
      const end = transliteratedEnd(text, roleEnd + gap + dotted[0].lastIndexOf(dotted[0].match(/[·・•]/g)!.at(-1)!) + 1);
      person = { name: text.slice(roleEnd + gap, end), start: roleEnd + gap, form: 'transliterated' };
    } else if (latin) {
      person = { name: latin[0], start: roleEnd + gap, form: 'person-role' };
    } else if (gap === 0) {
      const name = nameAfter(text, roleEnd);
      if (name) person = { name, start: roleEnd, form: 'person-role' };
    }
    if (!person) {
      // 张三董事长: the name before the role, when nothing follows it.
      for (const length of [3, 2]) {
        const s = m.index - length;
        if (s < 0) continue;
        const name = text.slice(s, m.index);
        if (!HAN.test(name) || ![...name].every((c) => HAN.test(c)) || !SURNAMES.has(name[0]!) || NOT_PERSON_NAMES.has(name) || NOT_PERSON_NAMES.has(name.slice(0, 2))) continue;
        if (!(isBoundary(text[s - 1]) || LEFT_STOP_AT(text, s))) continue;
        if (!(isBoundary(text[roleEnd]) || RIGHT_STOP.test(text.slice(roleEnd)))) continue;
        person = { name, start: s, form: 'person-role' };
        out.push({ form: 'person-role', type: 'person', name, start: s, end: m.index, role: { word, relation, organisation: '' } });
        break;
      }
      if (!person && organisation.length >= 2 && !isGeneric(organisation) && !/^[该本此其].{1,2}$/.test(organisation)) {
        out.push({ form: 'role-organisation', type: BODY_HEAD.test(organisation) ? 'organisation' : 'company', name: organisation, start: orgStart, end: orgStart + organisation.length });
      }
      continue;
    }
    out.push({ form: person.form, type: 'person', name: person.name, start: person.start, end: person.start + person.name.length, role: { word, relation, organisation } });
    // 该公司董事长, 该片导演: a pointer back, not a name.
    if (organisation.length >= 2 && !isGeneric(organisation) && !/^(?:(?:该|本|此)?公司|[该本此其].{1,2})$/.test(organisation)) {
      out.push({ form: 'role-organisation', type: BODY_HEAD.test(organisation) ? 'organisation' : 'company', name: organisation, start: orgStart, end: orgStart + organisation.length });
    }
  }
}

/** Transliterated names anywhere (迈克尔·伯里), without a role. */
function transliterated(text: string, out: Proposal[]): void {
  if (!/[·・•]/.test(text)) return;
  TRANSLITERATED.lastIndex = 0;
  for (const m of text.matchAll(TRANSLITERATED)) {
    const firstDot = m.index + m[0].search(/[·・•]/);
    const lastDot = m.index + m[0].length - m[0].split('').reverse().join('').search(/[·・•]/) - 1;
    const start = transliteratedStart(text, firstDot);
    const end = transliteratedEnd(text, lastDot + 1);
    if (firstDot - start < 1 || end - lastDot - 1 < 1) continue;
    out.push({ form: 'transliterated', type: 'person', name: text.slice(start, end), start, end });
  }
}

/** Latin names and models (CoreWeave, Vera Rubin, H100, iPhone 16), without role words and units. */
/** After a firm's name: what it reports or who works for it (IDC数据显示, IDC统计, IDC中国研究经理). */
const ACRONYM_AS_SOURCE = new RegExp(`^(?:数据显示|数据称|统计显示|统计|显示|预测|报告显示|报告称|测算|(?:中国|全球|亚太)?(?:${ROLES.map(([r]) => r).join('|')}))`);

function latinNames(text: string, out: Proposal[]): void {
  LATIN_PHRASE.lastIndex = 0;
  for (const m of text.matchAll(LATIN_PHRASE)) {
    const words = m[0].split(' ');
    // 据IDC数据显示, IDC中国研究经理: an acronym that is vocabulary elsewhere (IDC, a data centre) names a firm as a source or employer.
    if (words.length === 1 && /^[A-Z]{2,6}$/.test(m[0]) && NOT_LATIN_NAMES.has(m[0].toLowerCase()) && !ROLE_RELATION.has(m[0]) && (/(?:^|[^\p{Script=Han}])(?:根据|据)$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) || ACRONYM_AS_SOURCE.test(text.slice(m.index + m[0].length)))) {
      out.push({ form: 'latin', type: 'company', name: m[0], start: m.index, end: m.index + m[0].length });
      continue;
    }
    let first = 0;
    let last = words.length;
    while (first < last && (NOT_LATIN_NAMES.has(words[first]!.toLowerCase()) || ROLE_RELATION.has(words[first]!))) first++;
    while (last > first && (NOT_LATIN_NAMES.has(words[last - 1]!.toLowerCase()) || ROLE_RELATION.has(words[last - 1]!))) last--;
    if (first >= last) continue;
    const name = words.slice(first, last).join(' ');
    const start = m.index + words.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
    if (name.length < 2 || /^\d/.test(name) || /^[A-Za-z]$/.test(name)) continue;
    // TOP100, Top50: a ranking, not a name.
    if (/^top\d+$/i.test(name)) continue;
    // Lower-case words are vocabulary (token, app), unless they carry a capital or digit (iPhone, eBay).
    if (!/[A-Z0-9]/.test(name)) continue;
    const model = /[A-Za-z]/.test(name) && /\d/.test(name);
    if (model && name.length < 3) {
      // A short model after its brand is named with it: 驰远T5, 澜途L6 (T5 alone names nothing). The brand
      // is the two characters before it (加大苏洋T9 → 苏洋T9), three when punctuation bounds them (，比亚迪X5).
      const three = start >= 3 && (start === 3 || isBoundary(text[start - 4])) ? text.slice(start - 3, start) : '';
      const brand = /^\p{Script=Han}{3}$/u.test(three) ? three : text.slice(Math.max(0, start - 2), start);
      if (words.length === 1 && /^[A-Z]\d$/.test(name) && /^\p{Script=Han}{2,3}$/u.test(brand) && !isGeneric(brand) && !isTime(brand) && !NOT_A_METRIC_SUBJECT.test(brand)) {
        out.push({ form: 'model', type: 'product', name: brand + name, start: start - brand.length, end: start + name.length });
      }
      continue;
    }
    // Terra 5系列: a model's series is named with its word.
    const series = model && text.startsWith('系列', start + name.length) ? '系列' : '';
    out.push({ form: model ? 'model' : 'latin', type: model ? 'product' : 'company', name: name + series, start, end: start + name.length + series.length });
  }
}

/** Tickers and fund codes in brackets after a name: 贵州茅台(600519), 纳指100ETF(159660). */
function tickers(text: string, out: Proposal[]): void {
  if (!/[(（]/.test(text)) return;
  TICKER.lastIndex = 0;
  for (const m of text.matchAll(TICKER)) {
    const named = out.filter((p) => p.end === m.index && (p.form === 'legal-name' || p.form === 'organisation')).sort((a, b) => a.start - b.start)[0];
    const start = named?.start ?? nameStart(text, m.index);
    const name = text.slice(start, m.index).trim();
    if (name.length < 2 || isGeneric(name)) continue;
    out.push({ form: 'ticker', type: /ETF|基金|指数/.test(name) ? 'product' : 'company', name, start, end: m.index, code: m[1]! });
  }
}

/** Lists (华为、阿里、百度等): every item, for the caller to accept where other items are known names. */
function enumerations(text: string, out: Proposal[]): void {
  if (!text.includes('、')) return;
  for (const list of text.matchAll(/(?:[\p{Script=Han}A-Za-z0-9]{2,8}、){1,}[\p{Script=Han}A-Za-z0-9]{2,8}/gu)) {
    const items = list[0].split('、');
    let offset = list.index;
    // X、Y等拟上市公司: a list its own words call companies.
    const last = items.at(-1)!;
    const typed = /^[\p{Script=Han}A-Za-z0-9]{2,8}?等\p{Script=Han}{0,4}?(?:公司|企业|厂商|巨头|机构|银行|券商|车企|房企|集团)/u.test(text.slice(offset + list[0].length - last.length));
    items.forEach((raw, i) => {
      let name = raw;
      let start = offset;
      if (i === 0) {
        const s = nameStart(text, offset + raw.length);
        name = text.slice(s, offset + raw.length);
        start = s;
      }
      if (i === items.length - 1) {
        const stop = /(?:等|的|和|与|及|均|都|分别|各|纷纷|双双|也|在|为|是|以|将|已|都|则)/.exec(name);
        if (stop && stop.index >= 2) name = name.slice(0, stop.index);
        else if (!isBoundary(text[offset + raw.length])) name = '';
      }
      offset += raw.length + 1;
      name = trimSubject(name);
      if (name.length >= 2 && name.length <= 8 && !isGeneric(name) && !/^\d/.test(name)) out.push({ form: 'enumeration', type: 'company', name, start, end: start + name.length, list: list.index, ...(typed ? { typed } : {}) });
    });
  }
}

/** Sources of figures: 据X统计, X数据显示, X预计 (X is an organisation when other forms or recurrence agree). */
/** What a survey looks at, written before 调研/调查. */
const SURVEYED = /(?:渠道|终端|门店|经销商|库存|市场|行业|消费者|用户)+$/;
const SOURCE_BEFORE = /(?:数据显示|报告显示|显示|统计|测算|监测|报告称|研报称|预计|预测|调研|调查)/g;
function sources(text: string, out: Proposal[]): void {
  SOURCE_BEFORE.lastIndex = 0;
  for (const m of text.matchAll(SOURCE_BEFORE)) {
    // 统计 inside 国家统计局 is part of a name, not a verb after one.
    if (out.some((p) => (p.form === 'organisation' || p.form === 'legal-name') && p.start < m.index && p.end > m.index)) continue;
    const start = nameStart(text, m.index);
    let name = text.slice(start, m.index);
    const said = text[start - 1] === '据' || text.slice(start - 2, start) === '根据';
    if (!said && !isBoundary(text[start - 1]) && !LEFT_STOP_AT(text, start)) continue;
    // 农业农村部监测数据显示: the body is 农业农村部, what it did (监测, 统计) is no part of its name.
    // 拓普数据显示: a name of two characters before 数据 keeps it (拓普数据 is the firm).
    if (!said) name = name.replace(/(?:监测|统计|调查|调研|测算)?(?:数据|报告|研究)?$/, (cut, at: number) => (at <= 2 && cut === '数据' ? cut : ''));
    if (!said && m[0].startsWith('数据') && name.length === 2 && HAN.test(name)) name += '数据';
    // 普川酒业渠道调研, 经销商库存调查: what a survey looked at (its channel, stores, stock) is no part of who made it.
    if (/^(?:调研|调查)$/.test(m[0])) name = name.replace(SURVEYED, '');
    name = trimSubject(name);
    if (name.length < 2 || name.length > 10 || isGeneric(name) || isTime(name) || /^(?:该|本|此|其)/.test(name) || !HAN.test(name)) continue;
    // 年报显示, 毛利率预计: a document or a measure says it, no one.
    if (notACompany(name)) continue;
    // 华岳证券姚景澄预计: an organisation, then its analyst's name; the organisation is proposed by its head.
    const org = out.find((p) => (p.form === 'organisation' || p.form === 'legal-name') && p.start === start && p.end < start + name.length);
    if (org && /^\p{Script=Han}{2,3}$/u.test(name.slice(org.end - start)) && SURNAMES.has(name[org.end - start]!)) continue;
    // 乘用车市场信息联席会统计, 国家能源局数据显示: a body by its head is an organisation; 华牧数据 a company.
    out.push({ form: 'source', type: BODY_HEAD.test(name) ? 'organisation' : 'company', name, start, end: start + name.length });
  }
}

/** A title in 《》 that is a document, a publication or an event, not a work to follow: 《政府工作报告》, 《人民日报》. */
const NOT_A_WORK = /(?:通知|意见|办法|规定|条例|法|法案|报告|白皮书|蓝皮书|规划|方案|决定|纲要|指引|指南|公告|细则|标准|目录|清单|计划|年鉴|日报|晚报|周刊|杂志|月刊|报|协议|合同|决议|声明|倡议|公约|宣言|通告|名单|榜单|榜|大会|论坛|会议|峰会|展)$/;

/** Works by their title marks: 《天穹之战》 (films, books, games, series). */
function works(text: string, out: Proposal[]): void {
  if (!text.includes('《')) return;
  for (const m of text.matchAll(/《([^《》]{2,20})》/g)) {
    const name = m[1]!.trim();
    if (NOT_A_WORK.test(name) || /[，。；：、,;:!?！？]/.test(name) || /^\d{4}/.test(name) || !/[\p{Script=Han}A-Za-z]/u.test(name)) continue;
    out.push({ form: 'work', type: 'product', name, start: m.index + 1, end: m.index + 1 + m[1]!.length });
  }
}

/** Every proposal in a text, in order of position. */
export function propose(text: string): Proposal[] {
  const out: Proposal[] = [];
  organisations(text, out);
  metricSubjects(text, out);
  productSubjects(text, out);
  people(text, out);
  transliterated(text, out);
  latinNames(text, out);
  tickers(text, out);
  sources(text, out);
  enumerations(text, out);
  works(text, out);
  // 100万吨/年尿素项目: what follows a unit's 「/」 is the unit's, never the start of a name.
  return out.filter((p) => text[p.start - 1] !== '/').sort((a, b) => a.start - b.start || b.end - a.end);
}
