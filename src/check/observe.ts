/**
 * Observations: every figure of every claim attached to an entity, a metric,
 * a scope and a time. Metrics are found by alias in the figure's clause (the
 * nearest before it, else the nearest after); the entity is the nearest
 * mention before the metric (clause first, then claim, then the article's
 * subject); relative times resolve against the last date the article named.
 */
import { normalizeForLinking } from '../core/match-text.ts';
import { AhoCorasick } from '../entities/aho-corasick.ts';
import type { Mention } from '../entities/linker.ts';
import type { Entity } from '../entities/schema.ts';
import { dec, sub, toString } from '../quantities/decimal.ts';
import { CHANGE_END, extract, type Quantity, type TimeExpression } from '../quantities/extract.ts';
import { negate } from '../quantities/interval.ts';
import { HOLIDAYS } from '../quantities/times.ts';
import { countUnitEnding } from '../quantities/units.ts';
import { CHANGE_WORD, carriedChange, changeBasis } from './change-basis.ts';
import { adhocMetric, adhocMetricBefore } from './adhoc-metric.ts';
import { verbMetricBefore, verbObjectEnd } from './verb-metric.ts';
import { GOODS_DIMENSION, isGoodsCount } from './goods.ts';
import { clauseSource, REPORTER_ONLY, respectiveList } from './attribution.ts';
import type { Metric } from './metric-schema.ts';
import { EXAMPLES, isPlace, residueKind, scopeKey, splitPhrase, textKey } from './scope.ts';
import type { CheckArticle, ClaimQuantities, Interval, Observation } from './model.ts';
import { laterYear, timeGrain } from './time-grain.ts';

const CLAUSE_BREAK = /[，,；;。！!？?]/g;
/** Types that can be the subject of a figure; concepts, places and products are context. */
const SUBJECT_TYPES = new Set(['company', 'person', 'organisation', 'index', 'product']);
/** A time followed by these is a reference point (今年4月以来), not when the figure holds. */
const SINCE = /^(?:以来|以后|之后|之前|以前)/;
/** Words that say nothing about scope: verbs of saying, connectives, time adverbs. */
const SCOPE_NOISE = new RegExp(`(?:(?:${HOLIDAYS.join('|')})档?)?(?:票房)?(?:冠军|亚军|季军|榜首)|(?:该|本)(?:影片|片|剧|书|作品|游戏|车型|机型|款|产品|系列|行|银行)|出品|推出|旗下|实现|完成|录得|达到|预计|有望|或将|截至|目前|当前|当时|其中|此外|同时|(?<!公)共(?=[销生交出进实完产售]|$)|纳入统计的?|(?<=^|\|)(?:制造|生产)企业|指出|表示|认为|显示|报告|称|期间|随后|但|而|且|并|也|(?<![平日月年人])均|已|将|仅|(?<!合)约|为|是|在|和|与|及|的|该|可能|高达|当日|次日|历史性|持续|大会后`, 'g');
/** Where a scope phrase starts at the latest: after brackets, colons, enumeration commas and spaces. */
const SCOPE_START = /[(（:：、\s]/;
const SCOPE_PUNCT = /[\s、:：“”"‘’'()（）\[\]【】《》·]/g;
const ROLL_UP = new Set(['part-of', 'subsidiary-of']);
/** Words containing a metric alias that are not that metric (投资者 is not 投资). */
const NOT_METRICS = ['投资者', '投资人', '收入留存率', '净收入留存率', '高收入'];
/** A mention right after one of these is an object, not the clause's subject: 因软银清仓消息, 对诺基亚投资. */
const PREPOSITIONS = new Set([...'因对与向从和把被给由跟同及以在为']);
/** A clause about others resets the subject: 其他公司市盈率也… */
const OTHERS = /^(?:其他|其余|部分|多家|相关|国内)公司/;

/** Between a metric and a change after a steady state of it: 环比持平，同比下降 / 基本持平，环比上涨. */
const STEADY_THEN_CHANGE = new RegExp(`^(?:同比|环比)?(?:基本|总体)?(?:持平|稳定|企稳|不变)[，,、]\\s*(?:同比|环比)(?:${CHANGE_WORD})?$`);
/** Between a total and its daily average: ，日均约 / ，日均为. */
const DAILY_AFTER = /^[，,、\s]*(?:平均)?日均(?:约|为|达|超|超过|逾|近)*$/;
/** Before a share of a whole, up to the figure: 占总营收的, 约占全省的, 完成全年目标的, 占新车销量的比重为. */
const SHARE_OF = /(占到|占据|占|完成)了?([^，,。；;、\d]{1,14}?)的(?:比重|比例)?(?:为|达|约|近|超过|超|逾|已达|仅)*$/;
/** Words that make a figure a forecast, a target or a plan. */
const FORECAST = /预计|预测|预期|预估|有望|或将|将达|将超|将突破|将增至|将降至|目标|计划|力争|争取|拟/;
/** 国际航线方面，…: a claim opening with the aspect it is about. */
const ASPECT = /^\s*([\u4e00-\u9fffA-Za-z/]{2,12})方面[，,]/;
/** 回顾暑期档，…: a claim opening with the period it looks at. */
const LEAD_PERIOD = /^\s*(?:回顾|纵观|综观|整个)([\u4e00-\u9fff]{2,8}?)(?:期间|内)?[，,]/;
/** Between a figure and a part of its period: ，其中 (其中上半年为…). */
const PART_OF_PERIOD = /^[，,；;]\s*其中$/;
const PART_AFTER = /^(?:为|达|达到|实现|是)?$/;
/** Before and after another time the claim gives the same measure at: 一季度毛利率为12.9%，2024年全年为11.9%. */
const OTHER_TIME_BEFORE = /^[，,；;]\s*(?:而|其)?$/;
const OTHER_TIME_AFTER = /^(?:全年)?(?:为|是|则为|仅为)$/;
/** What a maker does to the product named after it (出品的, 推出的, 旗下). */
const MAKER_AFTER = /^(?:出品|推出|发行|研发|生产|制作|主投|主控)的|^旗下/;
/** 若不含服务费，… / 不含服务费口径下，…: a first clause of scope words alone scopes the clauses after it. */
const CONDITION = /^\s*(?:若|如|按|以|在)?([\u4e00-\u9fff]{2,12}?)(?:口径下|口径计算|口径|计算)?[，,]/;
function scopeCondition(text: string): string {
  const m = CONDITION.exec(text);
  if (!m) return '';
  const parts = splitPhrase(m[1]!);
  return parts.residue === '' && parts.periods.length === 0 && parts.scopes.length > 0 ? m[1]! : '';
}
/** Two Latin letters or digits side by side (a match's edge and its neighbour). */
const LATIN_EDGE = /^[a-z0-9]{2}$/;
/** A quoted level: 报2505.17点, 收于1620点, 收报. */
const QUOTED = /(?:收报|报收|收于|收在|报)(?:约)?$/;
/** 拟以45亿元收购…: a sum paid with 以 before it and a verb of buying right after is what the deal costs. */
const PAID_BEFORE = /以(?:约|近|逾|超|超过)?$/;
const ACQUIRED_AFTER = /^(?:现金)?(?:收购|并购|购买|竞得|拍得|受让|认购|增持|入股)/;
/** A figure a year before the one just given: …，上年同期为11.8亿元. */
const YEAR_AGO = /^[，,；;\s]*(?:而|较|比)?(?:上年同期|去年同期|上年|去年|上一年度?)(?:公司|其)?(?:为|是|则为|仅为|达)?$/;
/** Between the two ends of 从A…至B, times masked: 降至4月28日的, 涨至. */
const FROM_TO = new RegExp(`^[\\u4e00-\\u9fff]{0,3}?${CHANGE_END}\\|*的?$`);
/** A company's business segment, the last word of a scope: 奶酪板块, 电影业务, 海外分部. */
const SEGMENT = /[\u4e00-\u9fff](?:板块|业务|分部|事业部)$/;
/** Synonyms of one scope, as compared: 我国 = 国内 = 中国 = 全国; a business segment (奶酪板块 = 奶酪业务 = 奶酪分部); filler words dropped. */
const SCOPE_SYNONYMS: [RegExp, string][] = [[/我国|国内|中国|全国范围内|境内/g, '全国'], [/(?<=[\u4e00-\u9fff])(?:业务板块|业务分部|板块|分部|事业部)/g, '业务'], [/合计|共计|总计|整体|总体|全年/g, '']];

/**
 * After a product's name: 合约 is a contract code's own word (LH2509合约), but after goods it says the
 * futures market (尿素主力合约收报1893元/吨 is 尿素's futures price, not its spot price).
 */
function contractWords(after: string, product: string): string {
  return /^[A-Za-z]{1,3}\d{3,4}$/.test(product.trim()) ? after.replace(/主力合约|合约/g, '') : after.replace(/(?:期货)?(?:主力合约|合约)/g, '期货');
}

/** Scope words that only point back to the subject (公司毛利率 of the article's company): no scope. */
const PRONOUN_SCOPE = /^(?:公司|该公司|本公司|其|集团|该集团|该企业)$/;

/**
 * A scope word the figure's time already says: 累计 over a year, a half, a quarter or the months
 * to date (上半年累计交付 = 上半年交付), 单月 of a month, 单季 of a quarter.
 */
function redundantWithTime(word: string, time: string, period: boolean): boolean {
  if (word === '累计') return period || isPeriod(time);
  if (word === '单月') return /^\d{4}-\d{2}$/.test(time);
  if (word === '单日') return /^\d{4}-\d{2}-\d{2}$/.test(time);
  if (word === '单季') return timeGrain(time) === 'Q';
  return false;
}

/** A year, a half, a quarter, nine months or months to date: not a day or a month. */
const isPeriod = (time: string) => /^\d{4}/.test(time) && timeGrain(time) !== 'point';

/** Who a figure is about: an entity, a thing named in the text, the sector, or nobody known. */
interface Subject {
  /** The block key: a rolled-up entity id, `~text` for a name the registry does not know, null for the sector. */
  key: string | null;
  mentioned: string | null;
  attribution: Observation['attribution'];
  /** Words that narrow the subject to a part (其中头部企业, 组件环节整体): a scope. */
  narrowed?: string;
}
const SECTOR: Subject = { key: null, mentioned: null, attribution: 'sector' };
/** No subject known: the figure is read but compared with nothing. */
const NONE: Subject = { key: null, mentioned: null, attribution: 'none' };

/** A metric word found in a claim; `word` is the word itself when this is its reading for another dimension. */
type Found = { metric: Metric; start: number; end: number; word?: Found };

export interface ObserveContext {
  entities: ReadonlyMap<string, Entity>;
  metrics: readonly Metric[];
}

export class Observer {
  private readonly automaton: AhoCorasick<Metric | null>;
  private readonly byId: Map<string, Metric>;
  private readonly context: ObserveContext;
  /** Ad-hoc metrics made by the productive rule, by id (`~开工率`). */
  readonly adhoc = new Map<string, Metric>();
  /** Set when a claim was read as another part of the whole a 其中 claim before it narrowed. */
  private siblingSeen = false;

  constructor(context: ObserveContext) {
    this.context = context;
    this.byId = new Map(context.metrics.map((m) => [m.id, m]));
    const patterns: [string, Metric | null][] = NOT_METRICS.map((w) => [w, null]);
    for (const m of context.metrics) for (const alias of new Set([m.name, ...m.aliases])) patterns.push([normalizeForLinking(alias).text, m]);
    this.automaton = new AhoCorasick(patterns);
  }

  /** A metric by id: the lexicon's, or one the productive rule made. */
  private metricOf(id: string): Metric | undefined {
    return this.byId.get(id) ?? this.adhoc.get(id);
  }

  /** Figure `q` read as `base`'s measure (its subject, metric and scope), with `changes` over it. */
  private sameMeasure(base: Observation, q: Quantity, changes: Partial<Observation>): Observation {
    return { ...base, ...changes, quantity: q, ...compared(q, this.metricOf(base.metric)!, this.byId) };
  }

  /** Quantities and times of every claim of an article, in order (relative times carry over). */
  extractArticle(article: CheckArticle): ClaimQuantities[] {
    let reference = article.published.slice(0, 10);
    // 同期 and a bare 全年 read against the times earlier claims named (…2024年年报。公司全年…; 一季度…。同期…).
    const carried: { last?: string; year?: number } = {};
    // The first year a section writes frames it, even one before the year carried from the sections before
    // (一季度 - 2025年第一季度… 供应链 - 2024年…出货量… - 其全年净利润 is 2024's).
    let section: number | undefined;
    let newSection = false;
    return article.claims.map((claim) => {
      if (claim.section !== section) {
        newSection = section !== undefined;
        section = claim.section;
      }
      const { quantities, times } = extract(claim.text, { reference, published: article.published.slice(0, 10), skip: claim.mentions, carried: { ...carried } });
      const last = times.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.value)).at(-1);
      if (last) reference = last.value;
      const named = times.filter((t) => !t.base);
      if (named.length > 0) carried.last = named.at(-1)!.value;
      // A year before the one carried looks back (…2024年年报。2023年公司净亏损为41.8亿元。其全年…is 2024's).
      const written = named.filter((t) => !t.relative).at(-1);
      const year = written ? Number(written.value.slice(0, 4)) : undefined;
      if (year !== undefined && (carried.year === undefined || year > carried.year || newSection)) carried.year = year;
      if (year !== undefined) newSection = false;
      return { claim: claim.id, quantities, times };
    });
  }

  observe(article: CheckArticle, extracted: readonly ClaimQuantities[]): Observation[] {
    const observations: Observation[] = [];
    // The figures of the claim before: a claim opening with 其中 narrows them; one with no time of its own goes on with theirs.
    let prior: readonly Observation[] = [];
    // The whole a 其中 claim narrowed, while the claims after it go on naming its parts.
    let parent: Observation | undefined;
    article.claims.forEach((claim, index) => {
      const { quantities, times } = extracted[index]!;
      if (quantities.length === 0) {
        prior = [];
        parent = undefined;
        return;
      }
      this.siblingSeen = false;
      const first = this.findMetrics(claim.text)[0]?.metric;
      const narrowedHere = narrowsBefore(claim.text, prior, first ? (first.family ?? first.id) : undefined);
      const own = this.observeClaim(claim.subject !== undefined ? { ...article, subject: claim.subject } : article, claim.id, claim.text, claim.mentions, quantities, times, prior, parent);
      parent = narrowedHere ? narrowedHere.last : this.siblingSeen ? parent : undefined;
      observations.push(...own);
      // Two claims back at most: a level and the change after it (开工率约31.5%。开工率同比下降2.8个百分点。其中头部…).
      const lastClaim = prior.at(-1)?.claim;
      prior = [...prior.filter((o) => o.claim === lastClaim), ...own];
    });
    return observations;
  }

  /**
   * The base of a change right after a level (…为2.90美元，较5月的2.10美元上涨38.1%): that level's measure,
   * subject and scope at the base's own time, when it is a time (5月, 年初) and the level is as written
   * (not derived nor signed from another word).
   */
  private baseObservation(level: Observation, claimId: string, q: Quantity, times: readonly TimeExpression[]): Observation | undefined {
    if (level.claim !== claimId || level.kind !== 'level' || level.quantity.unit !== q.unit || level.quantity.startOfChange || level.quantity.from || level.derivation || level.quantity.negative || q.negative) return undefined;
    const at = times.filter((t) => t.base && t.end <= q.start && t.start >= level.quantity.end).at(-1);
    const metric = this.metricOf(level.metric);
    if (!at || !metric || !/^\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4]|-H[12])?$/.test(at.value)) return undefined;
    const { timeCarried: _carried, period: _period, ...rest } = level;
    return { ...rest, time: at.value, timeExplicit: true, quantity: q, ...compared(q, metric, this.byId) };
  }

  /** Every figure of one claim, with its metric, subject, scope and time. */
  private observeClaim(article: CheckArticle, claimId: string, text: string, mentions: readonly Mention[], quantities: readonly Quantity[], times: readonly TimeExpression[], prior: readonly Observation[] = [], parent?: Observation): Observation[] {
    const out: Observation[] = [];
    // 其中头部企业…: narrows the last figure of the claim before — its subject, metric and time — not a pronoun for the article's subject.
    const metrics = this.findMetrics(text);
    // 渠道库存约为1.5个月: a word whose metric does not take the figure's dimension, read as the metric its readings name.
    const readings = new Map<string, Found>();
    const readFor = (m: Found, q: Quantity): Found | undefined => {
      const reading = m.metric.readings.find((r) => r.dimension === q.dimension);
      const metric = reading && this.byId.get(reading.metric);
      if (!metric) return undefined;
      // One reading per word and dimension, so a word claimed by one figure stays claimed.
      const key = `${m.start}:${q.dimension}`;
      if (!readings.has(key)) readings.set(key, { ...m, metric, word: m });
      return readings.get(key);
    };
    const narrowed = narrowsBefore(text, prior, metrics[0] ? (metrics[0].metric.family ?? metrics[0].metric.id) : undefined);
    if (narrowed) mentions = mentions.filter((m) => !(m.start === narrowed.at && m.text === '其'));
    quantities = shareUnits(text, quantities);
    const clauses = clauseRanges(text);
    // A "reporter" that holds a metric word is the figure's own phrase (需求增速预计为3%): no source.
    const sources = clauses.map((r) => clauseSource(text, r.start, r.end)).map((src) => (src && metrics.some((m) => m.start >= src.reporter.start && m.end <= src.reporter.end) ? undefined : src));
    const typeOf = (id: string) => this.context.entities.get(id)?.type ?? '';
    // A claim naming no one, right after a company's figure for a period (…发布年报，2024年实现营业收入68.3亿元 –
    // 归属于上市公司股东的净亏损为4.12亿元), goes on with that company's report: its subject (and so its period).
    const lastOfClaimBefore = (claimId: string) => prior.filter((o) => o.claim !== claimId).at(-1);
    const continuedReport = (claimId: string, metric: Metric): Subject | undefined => {
      if (mentions.length > 0 || metric.window !== 'period') return undefined;
      const last = lastOfClaimBefore(claimId);
      if (!last || last.attribution !== 'entity' || !last.mentioned || typeOf(last.mentioned) !== 'company' || this.windowOf(last.metric) !== 'period' || !last.timeExplicit) return undefined;
      return { key: last.entity, mentioned: last.mentioned, attribution: 'entity' };
    };
    // 6月挖掘机销量为20322台 – 3月销量2.96万台: a claim naming no one goes on about the product whose figure of the
    // same measure the claim before gave.
    const continuedProduct = (claimId: string, metric: Metric): Subject | undefined => {
      if (mentions.length > 0) return undefined;
      const last = lastOfClaimBefore(claimId);
      if (!last || last.attribution !== 'entity' || !last.mentioned || typeOf(last.mentioned) !== 'product' || last.family !== (metric.family ?? metric.id)) return undefined;
      return { key: last.entity, mentioned: last.mentioned, attribution: 'entity' };
    };
    // 长风影业出品的《长街少年》, 公司旗下Terra 5系列: the maker qualifies the product, which is what the clause is about.
    const maker = (m: Mention) => MAKER_AFTER.test(text.slice(m.end, m.end + 4)) && mentions.some((n) => n.entity !== null && n.start > m.end && n.start - m.end <= 5 && typeOf(n.entity) === 'product');
    const isSubject = (m: Mention) => m.entity !== null && SUBJECT_TYPES.has(typeOf(m.entity)) && !maker(m);
    const isContext = (m: Mention) => m.entity !== null && !SUBJECT_TYPES.has(typeOf(m.entity));
    const inSource = (m: Mention, c: number) => {
      const s = sources[c];
      return s !== undefined && m.start >= s.start && m.end <= s.end;
    };
    // Metrics written right after a figure belong to it (2万亿美元股权) and to no later figure.
    const claimed = new Set(quantities.map((q) => metrics.find((m) => m.start >= q.end && /^的?$/.test(text.slice(q.end, m.start)))).filter(Boolean));
    let chain: Subject | null = narrowed ? { key: narrowed.last.entity, mentioned: narrowed.last.mentioned, attribution: narrowed.last.attribution } : article.subject ? this.entitySubject(article.subject) : null;
    let chainClause = -1;
    let previous: Observation | undefined;
    let maskedText: string | undefined;
    // Names and times cut out once per claim; each phrase is a slice of it (the cuts are by position).
    let namesMasked: string | undefined;
    const withoutNames = (from: number, to: number) => (namesMasked ??= mask(text, 0, text.length, mentions, times)).slice(from, to);
    for (const q of quantities) {
      // 降至12.9元/公斤，较年初的14.5元/公斤下降1.6元: the base a change is measured from is the figure before's
      // measure at the base's time (年初), never at the clause's; with no such figure or time, it says nothing.
      if (isChangeBase(text, q)) {
        const base = previous && this.baseObservation(previous, claimId, q, times);
        if (base) out.push(base);
        continue;
      }
      const c = clauses.findIndex((r) => q.start >= r.start && q.start < r.end);
      const clause = clauses[c] ?? { start: 0, end: text.length };
      const source = sources[c];
      const body = Math.max(clause.start, source?.end ?? clause.start);
      // X此前披露，上半年净亏损6.3亿元: a clause that is only a speaker speaks for the clause after it.
      const lastClauseSource = source === undefined && c > 0 ? sources[c - 1] : undefined;
      const speaker = source ?? (lastClauseSource && /^[\s，,:：]*$/.test(text.slice(lastClauseSource.end, clauses[c - 1]!.end)) ? lastClauseSource : undefined);
      let lastFigureEnd = body;
      for (const o of quantities) if (o !== q && !o.startOfChange && o.end <= q.start && o.start >= body) lastFigureEnd = o.end;
      // Clauses up to this one carry their subject on (Chinese topic chains): a company named, or the sector for a concept.
      for (let k = chainClause + 1; k <= c; k++) {
        const r = clauses[k]!;
        const from = Math.max(r.start, sources[k]?.end ?? r.start);
        // A clause about others resets the subject: 其他公司市盈率也…
        if (OTHERS.test(text.slice(from, r.end).trimStart())) chain = SECTOR;
        const named = mentions.find((m) => isSubject(m) && m.start >= r.start && m.end <= r.end && !inSource(m, k) && !PREPOSITIONS.has(text[m.start - 1] ?? ''));
        if (named) chain = this.entitySubject(named.entity!);
        else if (chain === null && mentions.some((m) => isContext(m) && m.start >= from && m.end <= r.end)) chain = SECTOR;
      }
      chainClause = Math.max(chainClause, c);
      const figureIsChange = q.change !== undefined || /(?:同比|环比)$/.test(text.slice(Math.max(body, q.start - 3), q.start));
      const fitting: Found[] = metrics.flatMap((m) => (m.start < clause.start || m.end > clause.end ? [] : fits(m.metric, q, figureIsChange) ? [m] : [readFor(m, q)].filter((r) => r !== undefined)));
      // …分别为1亿、2亿、3亿元: the figures of a 分别 list share the metric before it.
      const respectively = text.indexOf('分别', body);
      const listed = (o: Quantity, m: Found) => respectively >= m.end && respectively < clause.end && o.start > respectively;
      // 单月销量已连续两个月超过1.5万辆: a streak between the metric and its figure says how long, not how much.
      const streak = (o: Quantity) => o.dimension === 'duration' && /连续$/.test(text.slice(Math.max(0, o.start - 2), o.start));
      const before = fitting.filter((m) => m.end <= q.start && m.start >= body && !claimed.has(m.word ?? m) && !quantities.some((o) => o !== q && !o.startOfChange && o.start >= m.end && o.end <= q.start && !listed(o, m) && !streak(o))).at(-1);
      const after = fitting.find((m) => m.start >= q.end && /^的?$/.test(text.slice(q.end, m.start)));
      let found: Found | undefined = before ?? after;
      // 销售价格环比持平，同比下降5.2%: a change after a state with no figure (持平) is of the metric before it.
      // Its words are those of the metric's clause.
      let steadyFrom: number | undefined;
      if (!found && figureIsChange) {
        const level = metrics.filter((m) => m.end <= q.start && !m.metric.modifies).at(-1);
        if (level && !quantities.some((o) => o !== q && o.start >= level.end && o.end <= q.start) && STEADY_THEN_CHANGE.test(text.slice(level.end, q.start)) && fits(level.metric, q, true)) {
          found = level;
          steadyFrom = Math.max(clauses.find((r) => level.start >= r.start && level.start < r.end)?.start ?? 0, quantities.filter((o) => o.end <= level.start).at(-1)?.end ?? 0);
        }
      }
      // 螺纹钢产量1200万吨，占公司总产量的40%: a share of a whole. The metric words of the whole (总产量) are
      // not the figure's; the share is of the figure before it, told apart by both; with none, of what
      // the clause names (占新车销量的比重为43.6%), the words up to the figure its scope.
      const shareWords = q.dimension === 'ratio' && !q.change ? text.slice(Math.max(body, lastFigureEnd), q.start) : '';
      const share = shareWords.includes('占') || shareWords.includes('完成') ? SHARE_OF.exec(shareWords) : null;
      if (share) {
        const proportion = this.byId.get('proportion');
        const at = Math.max(body, lastFigureEnd) + share.index;
        const before = previous !== undefined && previous.claim === claimId && previous.kind === 'level' && previous.quantity.end <= at && /^[，,、\s]*(?:约|近|已|仅)?$/.test(text.slice(previous.quantity.end, at)) ? previous : undefined;
        if (before && proportion) {
          // 占公司总产量 = 占总产量 = 占产量: the company's own whole, and 总 says no more than the whole does.
          const whole = `${share[1]}${canonicalScope(share[2]!).replace(/^(?:公司|该公司|本公司|集团|其)/, '').replace(/总/g, '')}`;
          const o: Observation = { ...before, quantity: q, metric: proportion.id, family: proportion.family ?? proportion.id, scope: joined(before.scope, whole), scopeKey: joined(before.scopeKey, before.metric, whole), ...compared(q, proportion, this.byId) };
          delete o.derivation;
          delete o.proxy;
          out.push(o);
          continue;
        }
        // 前五大港口合计占全国集装箱吞吐量的约42%: a share of what the clause names, the whole in its scope.
        if (found?.metric.id !== 'proportion') {
          if (!proportion) continue;
          found = { metric: proportion, start: q.start, end: q.start };
        }
      }
      // 营收增速, 销量降幅: a change word names a change of the metric right before it.
      let modifier: Found | undefined;
      if (found?.metric.modifies) {
        const base = metrics.find((m) => m.end <= found!.start && m.start >= body && /^(?:的|同比|环比)?$/.test(text.slice(m.end, found!.start)) && !m.metric.modifies);
        if (base) {
          modifier = found;
          found = base;
        }
      }
      // A figure after 同比/环比 or a change word, with no metric of its own: a change of the figure before it (营收1000亿元，同比增长20%).
      // The end of 从A…至B with no metric of its own: A's metric and subject, at B's time.
      maskedText ??= mask(text, 0, text.length, [], times);
      const masked = () => maskedText!;
      const fromTo = previous !== undefined && previous.claim === claimId && (previous.quantity.startOfChange || (/[从由][^，,。；;]{0,12}$/.test(masked().slice(0, previous.quantity.start)) && FROM_TO.test(masked().slice(previous.quantity.end, q.start))));
      if (!found && fromTo && previous) {
        const { time, startDated } = endOfChangeTime(text, masked(), times, previous.quantity, q);
        const at = time?.value ?? (startDated ? article.published.slice(0, 10) : previous.time);
        const o = this.sameMeasure(previous, q, { time: at, timeExplicit: time !== undefined || (!startDated && previous.timeExplicit) });
        out.push(o);
        previous = o;
        continue;
      }
      // 前三季度归母净利润为-1.05亿元，其中上半年为-0.92亿元: the same measure over a part of the period named.
      const whole = !found && previous && previous.claim === claimId && previous.kind === 'level' && previous.quantity.unit === q.unit ? previous : undefined;
      const part = whole ? times.find((t) => t.start >= whole.quantity.end && t.end <= q.start && PART_OF_PERIOD.test(text.slice(whole.quantity.end, t.start)) && PART_AFTER.test(text.slice(t.end, q.start))) : undefined;
      if (whole && part) {
        out.push(this.sameMeasure(whole, q, { time: part.value, timeExplicit: true }));
        continue;
      }
      // 一季度手机业务毛利率为12.9%，2024年全年为11.9%: the same measure at another time written out, with no metric of
      // its own (上年同期为… is read below, as a year before).
      // …48.6亿元，初四至初七为46.5亿元: another run of days, read at its last (as the whole's run is).
      const rangeEnd = (t: TimeExpression) => /^\d{4}-\d{2}-\d{2}$/.test(t.value) && times.some((from) => from.end < t.start && /^(?:至|到|—|-|~)$/.test(text.slice(from.end, t.start)) && OTHER_TIME_BEFORE.test(text.slice(whole!.quantity.end, from.start)));
      const other = whole ? times.find((t) => !t.base && t.start >= whole.quantity.end && t.end <= q.start && ((!t.relative && OTHER_TIME_BEFORE.test(text.slice(whole.quantity.end, t.start))) || rangeEnd(t)) && OTHER_TIME_AFTER.test(text.slice(t.end, q.start))) : undefined;
      if (whole && other && other.value !== whole.time) {
        out.push(this.sameMeasure(whole, q, { time: other.value, timeExplicit: true }));
        continue;
      }
      // 累计运输旅客1143.6万人次，日均228.7万人次: the same measure per day, a scope of its own.
      if (!found && previous && previous.claim === claimId && previous.kind === 'level' && previous.quantity.unit === q.unit && DAILY_AFTER.test(text.slice(previous.quantity.end, q.start))) {
        out.push(this.sameMeasure(previous, q, { scope: joined(previous.scope, '日均'), scopeKey: joined(previous.scopeKey, '日均') }));
        continue;
      }
      // …，上年同期为11.8亿元: the same metric and subject a year before; a claim of its own that opens so
      // (北牧乳业上半年净利润为18.3亿元。上年同期为22.5亿元) is a year before the last figure of the claim before.
      const yearAgoOf = previous && previous.claim === claimId ? previous : !previous && YEAR_AGO.test(text.slice(0, q.start)) ? prior.filter((o) => o.claim !== claimId && o.kind === 'level').at(-1) : undefined;
      if (!found && yearAgoOf && yearAgoOf.quantity.unit === q.unit && YEAR_AGO.test(text.slice(yearAgoOf.claim === claimId ? lastFigureEnd : 0, q.start))) {
        out.push(this.sameMeasure(yearAgoOf, q, { claim: claimId, scope: joined(yearAgoOf.scope, '上年同期'), period: joined(yearAgoOf.period, '上年同期') }));
        continue;
      }
      // A change after the figure it changes, with no metric of its own: relative (营收1000亿元，同比增长20%; 增长2.1倍),
      // or in the figure's own unit right after it (单票收入为1.96元，环比提升0.03元; 净亏损9.8亿元，较上年同期减亏3.7亿元).
      const carry = !found && previous ? carriedChange(text.slice(lastFigureEnd, q.start)) : undefined;
      const relative = q.dimension === 'ratio' || q.dimension === 'percentage-points' || q.dimension === 'multiple';
      const rightAfter = (o: Observation) => o.claim === claimId && o.kind === 'level' && o.quantity.unit === q.unit && carriedChange(text.slice(o.quantity.end, q.start)) !== undefined;
      const carried = carry !== undefined && (figureIsChange || carry.direction !== undefined) && (relative || rightAfter(previous!));
      let priceKind = false;
      const adhoc = !found && !carried ? adhocMetricBefore(masked(), Math.max(body, lastFigureEnd), q.start) : undefined;
      // SCFI报2505.17点, 合约收于13850元/吨: a level quoted with 报/收于 is an index level or a price.
      const quoted = !found && !carried ? QUOTED.exec(text.slice(Math.max(body, lastFigureEnd), q.start)) : null;
      const quotedMetric = quoted ? this.byId.get(q.dimension === 'index-points' ? 'index-level' : q.dimension.startsWith('money') || pricePer(q.dimension) !== undefined ? 'price' : '') : undefined;
      // 销售肉猪252.4万头: a verb and its object before a count name a volume.
      const verbal = !found && !carried && !quotedMetric ? verbMetricBefore(text, Math.max(body, lastFigureEnd), q.start, q.dimension) : undefined;
      const paid = !found && !carried && !quotedMetric && q.dimension.startsWith('money:') && PAID_BEFORE.test(text.slice(Math.max(body, lastFigureEnd), q.start)) && ACQUIRED_AFTER.test(text.slice(q.end)) ? this.byId.get('acquisition') : undefined;
      if (verbal && this.byId.has(verbal.id)) found = { metric: this.byId.get(verbal.id)!, start: verbal.start, end: verbal.end };
      else if (paid) found = { metric: paid, start: q.start, end: q.start };
      else if (quotedMetric) found = { metric: quotedMetric, start: Math.max(body, lastFigureEnd) + quoted!.index, end: Math.max(body, lastFigureEnd) + quoted!.index + quoted![0].length };
      else if (adhoc && q.dimension === 'index-points' && /指数$/.test(adhoc.key) && this.byId.has('index-level')) found = { metric: this.byId.get('index-level')!, start: adhoc.start, end: adhoc.end };
      // 现货价为3090元/吨, 批价为980元: a money figure after a word ending in 价 is a price, the word before 价 its kind (scope).
      else if (adhoc && /价$/.test(adhoc.key) && (q.dimension.startsWith('money') || pricePer(q.dimension) !== undefined) && this.byId.has('price')) {
        found = { metric: this.byId.get('price')!, start: adhoc.end - 1, end: adhoc.end };
        priceKind = true;
      }
      else if (adhoc) {
        const metric = this.adhoc.get(`~${adhoc.key}`) ?? adhocMetric(adhoc.key);
        this.adhoc.set(metric.id, metric);
        found = { metric, start: adhoc.start, end: adhoc.end };
      }
      // 合约从4月1日的3280元/吨跌至…: a money rate with no metric word before it in its clause is a price (its unit says so).
      if (!found && !carried && pricePer(q.dimension) !== undefined && this.byId.has('price') && !metrics.some((m) => m.start >= body && m.end <= q.start)) found = { metric: this.byId.get('price')!, start: q.start, end: q.start };
      // 其中沿海港口完成1.51亿TEU: a figure of the narrowed one's kind, with no metric word, is of its metric.
      if (!found && !carried && narrowed && c === narrowed.clause && q.dimension === narrowed.last.quantity.dimension) {
        const metric = this.metricOf(narrowed.last.metric);
        if (metric) found = { metric, start: q.start, end: q.start };
      }
      // 沿海港口集装箱吞吐量同比增长7.4%，内河港口增长3.1%; 一线城市去化周期为17.8个月，二线城市为21.4个月: a clause
      // that goes on in parallel (words of its own, then a verb of the same kind and a figure of the same
      // dimension as the clause before's) is of the same measure; its words are its scope or subject.
      let parallelTo: Observation | undefined;
      if (!found && !carried && previous?.claim === claimId && c > 0 && q.dimension === previous.quantity.dimension && !metrics.some((m) => m.start >= body && m.end <= q.start)) {
        const before = clauses.findIndex((r) => previous!.quantity.start >= r.start && previous!.quantity.start < r.end) === c - 1 && !previous.quantity.startOfChange && !previous.derivation;
        const verb = before ? parallelVerb(text.slice(body, q.start), previous.kind === 'change') : undefined;
        const metric = verb !== undefined && (previous.kind === 'change') === figureIsChange ? this.metricOf(previous.metric) : undefined;
        if (metric && !times.some((t) => t.start >= body && t.end <= q.start)) {
          found = { metric, start: q.start - verb!, end: q.start - verb! };
          parallelTo = previous;
        }
      }
      let implicit = false;
      if (carried) {
        const o = { ...previous!, claim: claimId, kind: 'change' as const, quantity: q.change ? q : { ...q, change: carry!.direction ?? ('up' as const) }, scopeKey: joined(previous!.scopeKey.replace(/(?:^|·)(?:同比|环比)$/, ''), balanceBasis(this.metricOf(previous!.metric), carry!.basis)) };
        out.push({ ...o, ...compared(o.quantity, this.metricOf(previous!.metric)!, this.byId) });
        continue;
      }
      const right = found && mentions.find((m) => m.entity !== null && m.end <= found!.start && m.start >= body && /^的?$/.test(text.slice(m.end, found!.start)));
      // 公司尿素产能, 鲁泓化工尿素产量: a company right before its product owns the measure; the product is its scope.
      // (湘沅股份上半年复合肥销量: a time between them too.)
      const adjacent = (m: Mention, next: Mention) => m.end === next.start || times.some((t) => t.start === m.end && t.end === next.start);
      const owner = right && typeOf(right.entity!) === 'product' ? mentions.find((m) => m.entity !== null && adjacent(m, right) && ['company', 'organisation'].includes(typeOf(m.entity))) : undefined;
      const attached = owner ?? right;
      const subjectMention = mentions.find((m) => isSubject(m) && m.start >= clause.start && m.end <= clause.end && !inSource(m, c) && !PREPOSITIONS.has(text[m.start - 1] ?? ''));
      // …，环比增长12.5%: a change against a period (同比/环比) is not a share-price move.
      // Only a move written as one (英伟达跌5.74%, 次日再涨近3%): 投片量削减约20% is a cut of a measure the lexicon lacks, no price.
      if (!found && q.change && q.dimension === 'ratio' && PRICE_MOVE.test(withoutNames(Math.max(body, lastFigureEnd), q.start))) {
        // 英伟达跌5.74%: a percentage move of a listed company or index is a share-price change.
        const id = attached?.entity ?? subjectMention?.entity ?? chain?.mentioned ?? null;
        const type = id ? typeOf(id) : '';
        const metric = this.byId.get('share-price-change');
        if (metric && (type === 'company' || type === 'index')) {
          found = { metric, start: q.start, end: q.start };
          implicit = true;
        }
      }
      if (!found) continue;
      const metric = found.metric;
      const metricStart = found.end <= q.start ? found.start : q.start;
      const phraseFrom = steadyFrom ?? Math.max(body, lastFigureEnd);
      // 国际航线方面，春运期间运输旅客622万人次: the aspect a claim opens with is the scope of the clauses after it.
      const aspect = c > 0 ? (ASPECT.exec(text)?.[1] ?? scopeCondition(text)) : '';
      // 进口煤炭5.43亿吨: the verb's object is what was counted, as in 煤炭进口量.
      const objectEnd = found.end <= q.start ? verbObjectEnd(text, found.start, found.end, q.start) : undefined;
      const object = objectEnd !== undefined ? `|${withoutNames(found.end, objectEnd)}` : '';
      const split = splitPhrase(aspect + withoutNames(Math.min(phraseFrom, metricStart), metricStart) + object);
      // 原箱批价: the one word before 价 no scope word took (批) is the price's kind, not part of what is priced.
      const kindChar = priceKind ? text[metricStart - 1]! : '';
      const parts = kindChar && split.residue.endsWith(kindChar) ? { ...split, scopes: [...split.scopes, kindChar].sort(), residue: split.residue.slice(0, -1) } : split;
      const contextMention = mentions.some((m) => isContext(m) && m.start >= phraseFrom && m.end <= metricStart);

      // Who the figure is about.
      let subject: Subject | null = null;
      const list = listSubject(text, clause, body, metricStart, q, quantities);
      // 豫康牧业、南岭股份、川润农牧三家头部企业…合计约6016万头: a figure of several named companies together is none of theirs.
      // (公司尿素产能 is the company's: a product after its maker is not a second subject.)
      if (list === undefined && jointly(text, mentions.filter((m) => isSubject(m) && m.start >= body && m.end <= metricStart && m !== owner && m !== (owner ? right : undefined)))) subject = NONE;
      // 星澜科技、沃锐通信出货量分别为…: the list pairs names and figures; the last name before the metric is one of them.
      else if (list !== undefined) subject = list === null ? NONE : this.fromSpan(text, list, mentions, isSubject);
      else if (attached?.entity) subject = this.entitySubject(attached.entity);
      else if (subjectMention) subject = this.entitySubject(subjectMention.entity!);
      else if (source?.selfReference) subject = this.fromSpan(text, source.reporter, mentions, isSubject);
      else if (contextMention) subject = SECTOR;
      else if (implicit) subject = null;
      else {
        // A name before its metric (宁德时代营收, 铁矿石价格); a metric after the figure (持有…1300亿美元股权) takes the chain's subject.
        const kind = found.end <= q.start ? residueKind(parts.residue) : 'none';
        // 其中头部企业…: narrows the figure before it; its subject goes on and the words are its scope.
        const narrows = (/^\s*其中/.test(text.slice(body, clause.end)) || narrowed?.clause === c) && chain !== null && chain !== NONE;
        // 奶酪板块收入… after a company's report: the company whose part the segment is.
        const segmentOf = (kind === 'subject' || kind === 'population') && SEGMENT.test(parts.residue) ? continuedReport(claimId, metric) : undefined;
        // 亚欧航线货运量同比增长12.1%，跨太平洋航线增长7.5%: a parallel clause naming no one goes on about the subject before.
        if (parallelTo && (kind === 'subject' || kind === 'population')) subject = { key: parallelTo.entity, mentioned: parallelTo.mentioned, attribution: parallelTo.attribution, narrowed: parts.residue };
        else if (narrows && (kind === 'subject' || kind === 'population')) subject = { ...chain!, narrowed: parts.residue };
        // 奶酪板块收入… after a company's report: a segment (板块, 业务, 分部) is a part of that company, never the sector.
        else if (segmentOf) subject = { ...segmentOf, narrowed: parts.residue };
        // 其中，同城快递业务量… – 异地快递业务量…: a claim after a 其中 claim, of the same measure, is another part of the same whole.
        else if (!narrowed && parent && (kind === 'subject' || kind === 'population') && parent.family === (metric.family ?? metric.id) && parent.entity !== `~${textKey(parts.residue)}`) {
          subject = { key: parent.entity, mentioned: parent.mentioned, attribution: parent.attribution, narrowed: parts.residue };
          this.siblingSeen = true;
        }
        // 组件环节整体: the whole of a segment is the sector, the segment its scope.
        else if (kind === 'subject' && parts.scopes.includes('行业')) subject = { ...SECTOR, narrowed: parts.residue };
        // 全国快递业务量… – 同期国际/港澳台快递业务量…: after the sector's figure of a measure, the words before the same
        // measure name a part of the sector.
        else if (kind === 'subject' && !metric.aggregate && !priceLike(q) && metric.window !== 'day' && prior.some((o) => o.claim !== claimId && o.attribution === 'sector' && o.family === (metric.family ?? metric.id))) subject = { ...SECTOR, narrowed: parts.residue };
        // 公司储能电池出货量, 快递服务单票收入 in an article about one company: a company's measure of a part of its
        // business is the company's, the words its scope; a commodity's price (铁矿石价格) stays the commodity's.
        // Not when a source reports it (中汽协数据显示，新能源汽车销量…), it is national (全国…渗透率), or the claim
        // before was about no company (…全国沿海港口吞吐量… – 同期内河港口吞吐量…): those are the sector's.
        else if (kind === 'subject' && !metric.aggregate && !speaker && !parts.scopes.includes('全国') && !parts.scopes.includes('行业') && chain?.attribution === 'entity' && typeOf(chain.mentioned ?? '') === 'company' && !priceLike(q) && metric.window !== 'day' && (metric.family ?? metric.id) !== 'price' && !prior.some((o) => o.attribution !== 'entity')) subject = chain;
        else if (kind === 'subject' && !metric.aggregate) subject = { key: `~${textKey(parts.residue)}`, mentioned: null, attribution: 'text' };
        else if (kind === 'population') subject = SECTOR;
        else if (kind === 'pronoun') subject = article.subject ? this.entitySubject(article.subject) : NONE;
        else if (speaker?.speech && !REPORTER_ONLY.test(text.slice(speaker.reporter.start, speaker.reporter.end))) subject = this.fromSpan(text, speaker.reporter, mentions, isSubject);
      }
      if (subject === null || subject === NONE) {
        const national = metric.aggregate || parts.scopes.includes('全国') || parts.scopes.includes('行业');
        // Naming no one at all (not a list of several): 1月浙江省快递业务量, a place's figure of a measure, is the
        // sector's there, and so is a figure after the claim before gave the sector's figure of the same measure.
        const unnamed = subject === null;
        const sectorAgain = unnamed && (parts.scopes.some(isPlace) || prior.some((o) => o.attribution === 'sector' && o.family === (metric.family ?? metric.id)));
        // A public body or association the article is about reports the sector's figures (民航局…国际航线运输旅客…), it does not own them.
        // Not a measure of a whole market said to be national (国内电影票房 in an article about one studio): the sector's.
        const wholeMarket = metric.aggregate && (parts.scopes.includes('全国') || parts.scopes.includes('行业'));
        // 4月挖掘机销量为21050台 – 国内销量11080台: the product of the claim before goes on, its market (国内) a scope.
        const product = unnamed && !chain && !metric.aggregate ? continuedProduct(claimId, metric) : undefined;
        if (product) subject = product;
        else if (unnamed && chain && chain !== NONE && typeOf(chain.mentioned ?? '') !== 'organisation' && !wholeMarket) subject = chain;
        else if (national || sectorAgain || (chain && typeOf(chain.mentioned ?? '') === 'organisation')) {
          subject = SECTOR;
          // 国内电影票房为119.8亿元，平均票价为39.8元: the clauses after a whole market's figure go on about that market.
          if (national) chain = SECTOR;
        }
        else subject = (unnamed && (continuedReport(claimId, metric) ?? continuedProduct(claimId, metric))) || NONE;
      } else if (!subject.narrowed || subject.attribution === 'sector') chain = subject.narrowed ? { ...subject, narrowed: undefined } : subject;

      // 普川批价, 期货LH2509合约收于…: a product's price or level is the product's (a commodity's figures belong to
      // it), not the sector's nor the exchange's that lists it.
      // 驰远T5起售价为14.28万元: a product's price in money is the product's too.
      const product = (priceLike(q) || (metric.family ?? metric.id) === 'price') && (subject.attribution === 'sector' || ['organisation', 'product'].includes(typeOf(subject.mentioned ?? ''))) ? mentions.filter((m) => m.entity !== null && (typeOf(m.entity) === 'product' || (typeOf(m.entity) === 'index' && q.dimension === 'index-points')) && m.start >= body && m.end <= metricStart).at(-1) : undefined;
      if (product) subject = { key: product.entity!, mentioned: product.entity!, attribution: 'entity' };
      // 郑商所尿素主力合约收报1523元/吨: goods the registry does not know, after the exchange that lists them, own the price.
      else if ((priceLike(q) || (metric.family ?? metric.id) === 'price') && typeOf(subject.mentioned ?? '') === 'organisation') {
        const listing = mentions.find((m) => m.entity === subject!.mentioned && m.end <= metricStart);
        const goods = listing ? splitPhrase(withoutNames(listing.end, metricStart).replace(/(?:期货)?(?:主力合约|合约)|[A-Za-z]{1,3}\d{3,4}/g, '|')).residue : '';
        if (goods && residueKind(goods) === 'subject' && !goods.includes('·')) subject = { key: `~${textKey(goods)}`, mentioned: null, attribution: 'text' };
      }
      const key = subject.key;
      const measure = this.variantName(metric);
      // The end of 从2023年的2.31元降至2.05元 is not at the start's time (endOfChangeTime).
      const start = quantities[quantities.indexOf(q) - 1];
      const ended = start?.startOfChange ? endOfChangeTime(text, masked(), times, start, q) : undefined;
      const last = ended ? ended.time : times.filter((t) => t.end <= q.start && ownTime(text, t)).at(-1);
      // 截至10月8日，今年票房冠军…累计票房为80.72亿元: a running total is as of its 截至 day, not of the year named after it.
      const asOf = last && /^\d{4}$/.test(last.value) ? times.find((t) => t.end <= last.start && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && /(?:截至|截止)\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && text.slice(t.end, q.start).includes('累计')) : undefined;
      const time = asOf ?? last;
      const kind = metric.kind === 'change' || modifier !== undefined || figureIsChange ? 'change' : 'level';
      // 毛利率收窄2个百分点: percentage points are the difference of two rates, never a rate; with no direction told, say nothing.
      if (kind === 'level' && q.dimension === 'percentage-points') continue;
      const word = modifier ?? found;
      // A change metric named by its direction (跌幅 / 降幅) gives the figure its sign; 同比-5% keeps its own.
      // 跌幅为-3%: a fall written with a minus, whose sign cannot be told (as 下降-12.5% in the extractor).
      if (kind === 'change' && !q.change && q.negative && /跌|降|缩|减/.test(text.slice(word.start, word.end))) continue;
      // 观影人次为1.87亿: a bare count after a measure whose name ends with a count unit is in that unit.
      const unitWord = q.dimension === 'count' && q.unit === '' && found.end <= q.start ? countUnitEnding(text.slice(found.start, found.end)) : undefined;
      const counted = unitWord ? { ...q, unit: unitWord.unit, dimension: unitWord.dimension } : q;
      const signedQ = kind === 'change' && !counted.change ? { ...counted, change: /跌|降|缩|减|下/.test(text.slice(word.start, word.end)) ? ('down' as const) : ('up' as const) } : counted;
      // 民航局预计，…将达到9000万人次; 计划压减约5%: a forecast or a plan is not the figure it foresees.
      const forecast = FORECAST.test(text.slice(Math.min(clause.start, speaker?.start ?? clause.start), q.start)) ? '预计' : '';
      // A parallel clause (…同比增长88%，极昂汽车增长21%) is against the base of the clause before unless it names its own.
      const writtenBasis = kind === 'change' ? changeBasis(text.slice(metricStart, q.start)) || (parallelTo ? changeBasis(text.slice(clauses[c - 1]!.start, parallelTo.quantity.start)) : '') : '';
      const basis = balanceBasis(metric, writtenBasis);
      let scope: string;
      let scopeKeyText: string;
      if (subject.attribution === 'entity' || (subject.attribution === 'sector' && contextMention) || implicit) {
        // A product's scope is what follows its name (黔台飞仙原箱批价: 原箱); what precedes describes it (生猪期货…LH2509), and 合约 is the code's own word.
        const scopeText = !implicit && found.end <= q.start ? (product && product.end <= found.start ? `${placeBefore(scopePhrase(text, clause.start, product.start), times)}${contractWords(text.slice(product.end, found.start), product.text)}` : scopePhrase(text, steadyFrom ?? clause.start, found.start)) : '';
        // 对诺基亚10亿美元投资: the object right before a figure scopes it.
        const target = found.start >= q.end ? mentions.find((m) => m.entity !== null && m.end === q.start && PREPOSITIONS.has(text[m.start - 1] ?? '')) : undefined;
        // Shown as written, less the subject's own name (天穹之战累计 is 累计 on 天穹之战's figures).
        // In a 分别 list every name is one item's subject, none another's scope (星澜科技、沃锐通信出货量: no 沃锐通信 on 星澜科技's figure).
        scope = target ? target.text : normalizeScope(scopeText, mentions, key && !key.startsWith('~') ? key : null, (id) => this.rollUp(id), times, !!list);
        scopeKeyText = target ? target.text : canonicalScope(normalizeScope(scopeText, mentions, key && !key.startsWith('~') ? key : null, (id) => this.rollUp(id), times, true));
      } else {
        const residueScope = subject.narrowed ?? (subject.attribution === 'sector' && residueKind(parts.residue) === 'population' ? parts.residue : '');
        const tokens = [...parts.scopes, ...parts.periods];
        scope = [...tokens, residueScope].filter(Boolean).join('');
        scopeKeyText = scopeKey(tokens, residueScope, true);
      }
      // Period words anywhere before the figure in its clause (华远海控上半年预计…) keep periods apart
      // until the time reader takes them: figures meet only within one period, and a period is no scope.
      // 回顾暑期档，…: a claim opening with a period alone is of that period throughout.
      const lead = c > 0 ? LEAD_PERIOD.exec(text) : null;
      const leadPeriods = lead && splitPhrase(lead[1]!).residue === '' ? splitPhrase(lead[1]!).periods : [];
      const periods = [...new Set([...leadPeriods, ...splitPhrase(withoutNames(clause.start, q.start)).periods])];
      scopeKeyText = scopeKeyText.split('·').filter((t) => t && !periods.includes(t) && !PRONOUN_SCOPE.test(t) && !redundantWithTime(t, time?.value ?? '', periods.length > 0)).join('·');
      const o: Observation = {
        claim: claimId,
        article: article.slug,
        outlet: article.outlet,
        published: article.published,
        entity: subject === NONE ? null : key,
        mentioned: subject.mentioned,
        attribution: subject.attribution,
        metric: metric.id,
        family: metric.family ?? metric.id,
        scope: joined(scope, measure, forecast),
        scopeKey: joined(scopeKeyText, measure, basis, forecast),
        ...(periods.length > 0 ? { period: periods.join('·') } : {}),
        // 上半年 with no year of its own is the article's year (until the time reader takes period words).
        // 五一假期（5月1日至5日）: a holiday is a period of its year, whatever day of it is written.
        time: periods.some((p) => HOLIDAYS.includes(p)) ? (seasonAsOf(text, times, lastFigureEnd > body ? lastFigureEnd : 0, q.start) ?? seasonAsOfBefore(prior, metric.family ?? metric.id, periods.join('·')) ?? (time?.value ?? article.published).slice(0, 4)) : (time?.value ?? (periods.length > 0 && !ended?.startDated ? article.published.slice(0, 4) : article.published.slice(0, 10))),
        timeExplicit: time !== undefined || (periods.length > 0 && !ended?.startDated),
        kind,
        quantity: signedQ,
        ...compared(signedQ, metric, this.byId),
      };
      // …春节档（1月28日至2月4日）全国电影票房为95.10亿元，观影人次为1.87亿: a figure with no time or period of its
      // own after an earlier figure of the claim is of that figure's time and period (not of a date in its brackets).
      if (previous && previous.claim === claimId && !previous.quantity.startOfChange && !q.from && periods.length === 0 && (!last || last.end <= previous.quantity.start) && (previous.period || last?.value !== previous.time)) {
        Object.assign(o, { time: previous.time, timeExplicit: previous.timeExplicit, ...(previous.period ? { period: previous.period } : {}) });
      }
      // No time of its own: the time of the claim before when it gave one to a figure of the same measure and subject.
      if (!o.timeExplicit) {
        // A flow with none (归母净利润为20.1亿元 after 上半年实现营业收入521.4亿元) takes the period of the
        // same subject's flow just before it: the article's own date is no period of a flow.
        const flowPeriod = (b: Observation) => metric.window === 'period' && this.windowOf(b.metric) === 'period' && isPeriod(b.time);
        // Parallel claims go on with the time too: 恒锂新能源1月市占率为43.2% – 远驰电池市占率为24.4% (1月).
        const sameSubject = (b: Observation) => b.entity === o.entity && b.attribution === o.attribution;
        // Not a figure that looks a year back at one given before it (…归母净利润30.2亿元。上年同期为55.2亿元。净利润同比下降45.3%),
        // nor an aside on the whole year before (2025年第一季度…出货量为7160万台 – 2024年全年…为2.85亿台 – 乐迅通讯以1380万台… is Q1's).
        const yearBack = (b: Observation) => prior.some((x) => x !== b && x.family === b.family && x.entity === b.entity && (x.time === laterYear(b.time) || (/^\d{4}$/.test(b.time) && x.time.startsWith(laterYear(b.time)))));
        const same = prior.filter((b) => b.timeExplicit && (b.family === o.family || (flowPeriod(b) && sameSubject(b))) && !yearBack(b)).at(-1);
        // From another subject's figure the time is a guess (a parallel list, or an aside about last year before it).
        if (same) Object.assign(o, { time: same.time, timeExplicit: true, ...(sameSubject(same) ? {} : { timeCarried: true as const }), ...(same.period && !o.period ? { period: same.period } : {}) });
      }
      // 不良贷款率从年初的1.38%降至1.35%: a balance at the start of a year is the one at the end of the year before.
      if (metric.window === 'quarter' && time && /年初$/.test(time.surface) && /^\d{4}-01$/.test(o.time)) o.time = `${Number(o.time.slice(0, 4)) - 1}-12`;
      out.push(o);
      previous = o;
    }
    return out;
  }

  private entitySubject(id: string): Subject {
    const type = this.context.entities.get(id)?.type ?? '';
    // A product's figures are its own (a film's box office, a model's sales); a concept's or a place's are the sector's.
    return type === 'concept' || type === 'place' ? { ...SECTOR, mentioned: id } : { key: this.rollUp(id), mentioned: id, attribution: 'entity' };
  }

  /** The subject a span names: its linked mention, else its residue as text. */
  private fromSpan(text: string, span: { start: number; end: number }, mentions: readonly Mention[], isSubject: (m: Mention) => boolean): Subject {
    const mention = mentions.find((m) => isSubject(m) && m.start >= span.start && m.end <= span.end);
    if (mention) return this.entitySubject(mention.entity!);
    const { residue } = splitPhrase(text.slice(span.start, span.end));
    return residueKind(residue) === 'subject' ? { key: `~${textKey(residue)}`, mentioned: null, attribution: 'text' } : NONE;
  }

  /** A metric's window, lexicon or ad-hoc. */
  private windowOf(id: string): string | undefined {
    return (this.byId.get(id) ?? this.adhoc.get(id))?.window;
  }

  /** A variant of its family's measure (扣非净利润) is compared as its own scope; negations and complements as their base. */
  private variantName(metric: Metric): string {
    let current: Metric | undefined = metric;
    for (let i = 0; i < 4 && current; i++) {
      if (current.relation?.kind === 'variant') return current.name;
      if (current.relation?.kind === 'negation' || current.relation?.kind === 'complement') current = this.byId.get(current.relation.of);
      else return '';
    }
    return '';
  }

  /** Metric aliases in `text`, leftmost-longest, as spans of the text as written. */
  private findMetrics(text: string): { metric: Metric; start: number; end: number }[] {
    const norm = normalizeForLinking(text);
    const all = this.automaton.search(norm.text).sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: { metric: Metric; start: number; end: number }[] = [];
    let cursor = 0;
    for (const m of all) {
      if (m.start < cursor) continue;
      // M2 inside JM2509, PMI inside a longer code: a Latin alias is a whole word.
      if (LATIN_EDGE.test(norm.text[m.start]! + (norm.text[m.start - 1] ?? ' ')) || LATIN_EDGE.test(norm.text[m.end - 1]! + (norm.text[m.end] ?? ' '))) continue;
      if (m.value) chosen.push({ metric: m.value, start: norm.origin[m.start]!, end: norm.origin[m.end]! });
      cursor = m.end;
    }
    return chosen;
  }

  /** The organisation an entity is part of (OpenAI基金会 → OpenAI), followed to the top. */
  private rollUp(id: string): string {
    const seen = new Set<string>();
    let current = id;
    for (;;) {
      seen.add(current);
      const parent = this.context.entities.get(current)?.relations.find((r) => ROLL_UP.has(r.kind))?.target;
      if (!parent || seen.has(parent)) return current;
      current = parent;
    }
  }
}

/**
 * A metric takes figures of its dimensions: `money` any currency, `unit-price` any unit price,
 * `count` a bare count, `count:goods` a count of goods in any classifier
 * (src/check/goods.ts: a new topic counts its goods in its own; figures of different units never
 * meet in one block). A change in percent (营收增长20%) fits any metric.
 */
function fits(metric: Metric, q: Quantity, change = false): boolean {
  if (change && q.dimension === 'ratio') return true;
  const per = pricePer(q.dimension);
  // 产能7620万吨/年: a yearly measure's figure per year is the figure itself.
  const perYear = metric.window === 'year' && q.dimension.startsWith('rate:') && q.dimension.endsWith('/year') ? q.dimension.slice('rate:'.length, -'/year'.length) : undefined;
  return metric.dimensions.some((d) => d === q.dimension || d === perYear || (d === 'money' && q.dimension.startsWith('money:')) || (d === 'unit-price' && per !== undefined) || (d.startsWith('unit-price:') && per === d.slice('unit-price:'.length)) || (d === 'count' && q.dimension === 'count') || (d === GOODS_DIMENSION && (isGoodsCount(q.dimension) || (perYear !== undefined && isGoodsCount(perYear)))));
}

/** Two different entities or more named one after another (A、B和C): the figure after them is of them together. */
function jointly(text: string, named: readonly Mention[]): boolean {
  for (let i = 1; i < named.length; i++) {
    const [a, b] = [named[i - 1]!, named[i]!];
    if (a.entity !== b.entity && /^[、和及与\s]*$|^以及$/.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}

/** Prices and index levels: figures a product or contract can be the subject of. */
function priceLike(q: Quantity): boolean {
  return pricePer(q.dimension) !== undefined || q.dimension === 'index-points';
}

/** What a money rate is per (元/吨 is `rate:money:CNY/t` → t), or undefined for any other dimension. */
function pricePer(dimension: string): string | undefined {
  // Asked for every metric word beside every figure: each dimension is read once.
  if (!pricePerOf.has(dimension)) pricePerOf.set(dimension, /^rate:money(?::[A-Z]{3})?\/(.+)$/.exec(dimension)?.[1]);
  return pricePerOf.get(dimension);
}
const pricePerOf = new Map<string, string | undefined>();

/** A claim opening with 其中 narrows the last figure of the claim before: that figure, where 其 stands and the clause it narrows. */
function narrowsBefore(text: string, before: readonly Observation[], family?: string): { last: Observation; at: number; clause: number } | undefined {
  const m = /^\s*其中([，,]\s*)?/.exec(text);
  if (!m) return undefined;
  // The figure of the measure the claim names (其中，同城快递业务量… narrows 业务量, not the 收入 between), else the last.
  const same = before.filter((o) => o.family === family);
  const pool = same.length > 0 ? same : before;
  const last = pool.filter((o) => o.kind === 'level').at(-1) ?? pool.at(-1);
  if (!last || last.attribution === 'none') return undefined;
  // 其中，同城快递业务量…: the comma makes the narrowing words their own clause.
  return { last, at: m.index + m[0].indexOf('其中'), clause: m[1] ? 1 : 0 };
}

/** Units a power of ten apart from their figure (吉瓦) are not shared: only these are. */
const SHAREABLE = /^(?:CNY|USD|HKD|JPY|EUR|t|kg|vehicle|machine|set|device|piece|head|item|person|organisation|share|household|percent)$/;

/** 分别为1亿、2亿、3亿元: the last figure's unit is every bare figure's in the list. */
function shareUnits(text: string, quantities: readonly Quantity[]): readonly Quantity[] {
  const respectively = text.indexOf('分别');
  if (respectively < 0) return quantities;
  const after = quantities.filter((q) => q.start > respectively);
  const last = after.at(-1);
  if (!last || !SHAREABLE.test(last.unit)) return quantities;
  return quantities.map((q) => (q.start > respectively && q.unit === '' && q.dimension === 'count' && /^[、，,和及与\s]*$/.test(text.slice(q.end, after[after.indexOf(q) + 1]?.start ?? q.end)) ? { ...q, unit: last.unit, dimension: last.dimension } : q));
}

/** 较年初 of a balance (不良率, 资产负债率, 存货) is against the end of the year before: the opening balance is that one. */
function balanceBasis(metric: Metric | undefined, basis: string): string {
  return metric?.window === 'quarter' && basis === '较年初' ? '较上年末' : basis;
}

/** Words of a parallel clause (内河港口增长, 二线城市为): some of its own, then a verb. */
const PARALLEL_LEVEL = /^([^，,。；;、:：\d%()（）“”"]{2,10}?)(?:则|也|仅|约|已)?(?:为|达到|达|是)(?:约|近|超过|逾)?$/;
const PARALLEL_CHANGE = new RegExp(`^([^，,。；;、:：\\d%()（）“”"]{2,10}?)(?:同比|环比)?(?:${CHANGE_WORD})了?(?:约|近|超过|逾)?$`);
/** How far before the figure the verb of a parallel clause starts, or undefined when the words are none. */
function parallelVerb(words: string, change: boolean): number | undefined {
  const m = (change ? PARALLEL_CHANGE : PARALLEL_LEVEL).exec(words);
  return m ? words.length - m[1]!.length : undefined;
}

/** A figure named as the base of the change after it (较年初的14.5元/公斤下降1.6元, 比上月的2.10美元上涨38.1%). */
const CHANGE_BASE_BEFORE = /(?:较|比|相比|相较)于?[^，,。；;、]{0,12}?的$/;
const CHANGE_AFTER = new RegExp(`^(?:左右)?(?:大幅|小幅)?(?:${CHANGE_WORD})`);
function isChangeBase(text: string, q: Quantity): boolean {
  return CHANGE_BASE_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start)) && CHANGE_AFTER.test(text.slice(q.end));
}

/** A time of the figures after it: not a base (较2019年同期) nor a reference point (今年4月以来). */
/**
 * The day a season's figure runs to: 截至7月31日，暑期档总票房…, 6月1日至6月30日暑期档票房 (a range's end).
 * The span in brackets after the season's name (暑期档（6月1日至8月31日）) defines the season, not a day
 * within it: the figure is the season's.
 */
function seasonAsOf(text: string, times: readonly TimeExpression[], from: number, to: number): string | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const inBrackets = (t: TimeExpression) => /[（(][^）)]*$/.test(text.slice(from, t.start));
  const asOf = times.filter((t) => t.start >= from && t.end <= to && day.test(t.value) && !inBrackets(t) && (/(?:截至|截止|截止到)\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) || /[至到~～\-—–]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start))));
  return asOf.at(-1)?.value;
}

/** 截至7月31日，暑期档总票房为78.4亿元。若不含服务费，暑期档票房为72.6亿元: the claim after runs to the same day. */
function seasonAsOfBefore(prior: readonly Observation[], family: string, period: string): string | undefined {
  const last = prior.filter((o) => o.family === family).at(-1);
  return last && last.period === period && /^\d{4}-\d{2}-\d{2}$/.test(last.time) ? last.time : undefined;
}

function ownTime(text: string, t: TimeExpression): boolean {
  return !t.base && !SINCE.test(text.slice(t.end));
}

/**
 * The time of the end of a change (从A…至B): a time written between the two ends; else, when only the
 * start is dated (从2023年的2.31元降至2.05元), the claim's time before 从 (全年…) or none (the article's
 * date), never the start's; else the last time before the end, as for any figure.
 */
function endOfChangeTime(text: string, masked: string, times: readonly TimeExpression[], start: Quantity, end: Quantity): { time: TimeExpression | undefined; startDated: boolean } {
  const own = (t: TimeExpression) => ownTime(text, t);
  const between = times.filter((t) => own(t) && t.start >= start.end && t.end <= end.start).at(-1);
  if (between) return { time: between, startDated: false };
  const fromAt = masked.slice(0, start.start).search(/[从由][^，,。；;]{0,12}$/);
  const startDated = fromAt >= 0 && times.some((t) => own(t) && t.start >= fromAt && t.end <= start.start);
  return { time: times.filter((t) => own(t) && t.end <= (startDated ? fromAt : end.start)).at(-1), startDated };
}

/** Names, times and figures of a phrase cut out (as '|'), so only words remain. */
function mask(text: string, from: number, to: number, mentions: readonly Mention[], times: readonly TimeExpression[]): string {
  // In UTF-16 units, like every span: the masked text lines up with the text.
  const cuts: [number, number][] = [];
  for (const m of mentions) if (m.entity) cuts.push([m.start, m.end]);
  for (const t of times) cuts.push([t.start, t.end]);
  if (cuts.length === 0) return text.slice(from, to);
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = from;
  for (const [s, e] of cuts) {
    const start = Math.max(s, at);
    const end = Math.min(e, to);
    if (end <= start) continue;
    out += text.slice(at, start) + '|'.repeat(end - start);
    at = end;
  }
  return out + text.slice(at, to);
}

/** Scope words joined as compared: 奶酪板块·占总营收; empty parts left out. */
const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('·');

/** The same period a year later: 2024-H1 → 2025-H1. */
/**
 * How a percentage move of a name is written (英伟达跌5.74%, 次日再涨近3%, 因…消息收跌近3%): the verb right after
 * the name, a punctuation mark, 股价 or a cause (消息, 影响, 拖累). 投片量削减约20% is a cut of a measure, no price.
 */
const PRICE_MOVE = /(?:^|[|\s，,]|股价|股票|消息|影响|拖累|带动|提振)(?:盘中|早盘|午后|尾盘|全天|当日|次日|随后|年内)?(?:一度|再度|再|又|集体|大幅|小幅|累计)?(?:收|大|暴|狂|微)?(?:涨|跌|上涨|下跌|走高|走低|上扬|下挫|反弹|回调)(?:了|超|逾|近|约|达)?\s*$/;


/**
 * Where a product's figure was measured, from the words before its name: a place or a population
 * (其中内蒙古生鲜乳, 主产省份生鲜乳), not what describes the product (生猪期货 before LH2509).
 */
function placeBefore(phrase: string, times: readonly { surface: string }[]): string {
  const { scopes, residue } = splitPhrase(normalizeScope(phrase, [], null, (id) => id, times));
  return [...scopes.filter(isPlace), ...(residueKind(residue) === 'population' ? [residue] : [])].join('');
}

/** The scope as compared: synonyms made one. */
function canonicalScope(scope: string): string {
  return SCOPE_SYNONYMS.reduce((s, [re, to]) => s.replace(re, to), scope);
}

/**
 * A's figure in `A、B、C净利润分别为1亿、2亿、3亿元`: the list item paired with
 * the figure by order. Undefined when the clause is no such list; null when it
 * is one but the counts differ (then the figure is nobody's).
 */
function listSubject(text: string, clause: { start: number; end: number }, body: number, metricStart: number, q: Quantity, quantities: readonly Quantity[]): { start: number; end: number } | null | undefined {
  const respectively = text.indexOf('分别', body);
  if (respectively < 0 || respectively >= clause.end || q.start < respectively) return undefined;
  const items = respectiveList(text, body, Math.min(metricStart, respectively));
  if (!items) return undefined;
  const figures = quantities.filter((o) => o.start >= respectively && o.end <= clause.end && !o.startOfChange);
  const i = figures.indexOf(q);
  return figures.length === items.length && i >= 0 ? items[i]! : null;
}

function clauseRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    // A comma between digits is a thousands separator, not a clause break.
    if (/[0-9]/.test(text[m.index - 1] ?? '') && /[0-9]/.test(text[m.index + 1] ?? '')) continue;
    ranges.push({ start, end: m.index });
    start = m.index + 1;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

/** The phrase right before a metric, from the clause start or the last bracket, colon or space. */
function scopePhrase(text: string, clauseStart: number, metricStart: number): string {
  let start = metricStart;
  while (start > clauseStart && !SCOPE_START.test(text[start - 1]!)) start--;
  return text.slice(start, metricStart);
}

/**
 * Clean a scope phrase: no times, figures or filler words. For the key also
 * drop entity names: the block entity's (公司股价 = 股价) and, with `allNames`,
 * every name (the entity already says which thing; the rest says which part).
 */
function normalizeScope(text: string, mentions: readonly Mention[], key: string | null, rollUp: (id: string) => string, times: readonly { surface: string }[], allNames = false): string {
  let scope = text.replace(EXAMPLES, '');
  for (const m of mentions) if (m.entity && (allNames || (key && rollUp(m.entity) === key))) scope = scope.split(m.text).join('');
  // 自二季度起: the frame of a time is no scope either.
  for (const t of times) scope = scope.split(`自${t.surface}起`).join('').split(`${t.surface}起`).join('').split(t.surface).join('');
  // A contract's code (UR2601) names the contract, not a scope of its price.
  scope = scope.replace(/(?<![A-Za-z])[A-Za-z]{1,3}\d{3,4}(?![0-9])/g, '').replace(/[0-9０-９.,]+[个家亿万%％]*/g, '');
  // 合约从4月1日的…: the 从 of a change is no part of what changed; 拟以45亿元收购: nor the 以 of a sum paid.
  return scope.replace(SCOPE_NOISE, '').replace(SCOPE_PUNCT, '').trim().replace(/[从由]$/, '').replace(/拟?以$/, '');
}

/** The interval compared within the family, derived for complements (闲置率 → 利用率). */
function compared(q: Quantity, metric: Metric, byId: ReadonlyMap<string, Metric>): { compared: Interval; derivation?: string; proxy?: string } {
  const own: Interval = { lower: q.lower, upper: q.upper, lowerOpen: q.lowerOpen, upperOpen: q.upperOpen };
  const base = metric.relation ? byId.get(metric.relation.of) : undefined;
  if (metric.relation?.kind === 'complement' && q.dimension === 'ratio' && base) {
    const hundred = dec(100);
    const flip = (v: string | null, fallback: string) => (v === null ? fallback : toString(sub(hundred, dec(v))));
    return {
      compared: { lower: flip(q.upper, '0'), upper: flip(q.lower, '100'), lowerOpen: q.upperOpen && q.upper !== null, upperOpen: q.lowerOpen },
      derivation: `${base.name} = 100% − ${metric.name}`,
    };
  }
  if (metric.relation?.kind === 'negation' && base) return { compared: negate(own), derivation: `${base.name} = −${metric.name}` };
  if (metric.relation?.kind === 'proxy') return { compared: own, proxy: metric.relation.note ?? `${metric.name}是${base?.name ?? metric.relation.of}的弱代理指标` };
  return { compared: own };
}
