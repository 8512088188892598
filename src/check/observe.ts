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
import { extract, type Quantity } from '../quantities/extract.ts';
import type { Metric } from './metric-schema.ts';
import type { CheckArticle, ClaimQuantities, Interval, Observation } from './model.ts';

const CLAUSE_BREAK = /[，,；;。！!？?]/g;
/** Types that can be the subject of a figure; concepts, places and products are context. */
const SUBJECT_TYPES = new Set(['company', 'person', 'organisation', 'index']);
/** A time followed by these is a reference point (今年4月以来), not when the figure holds. */
const SINCE = /^(?:以来|以后|之后|之前|以前)/;
/** Words that say nothing about scope: verbs of saying, connectives, time adverbs. */
const SCOPE_NOISE = /截至|目前|当前|当时|其中|此外|同时|指出|表示|认为|显示|报告|称|期间|随后|但|而|且|并|也|均|已|将|仅|约|为|是|在|和|与|及|的|该|可能|高达|当日|次日|历史性|持续|大会后/g;
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

export interface ObserveContext {
  entities: ReadonlyMap<string, Entity>;
  metrics: readonly Metric[];
}

export class Observer {
  private readonly automaton: AhoCorasick<Metric | null>;
  private readonly byId: Map<string, Metric>;
  private readonly context: ObserveContext;

  constructor(context: ObserveContext) {
    this.context = context;
    this.byId = new Map(context.metrics.map((m) => [m.id, m]));
    const patterns: [string, Metric | null][] = NOT_METRICS.map((w) => [w, null]);
    for (const m of context.metrics) for (const alias of new Set([m.name, ...m.aliases])) patterns.push([normalizeForLinking(alias).text, m]);
    this.automaton = new AhoCorasick(patterns);
  }

  /** Quantities and times of every claim of an article, in order (relative times carry over). */
  extractArticle(article: CheckArticle): ClaimQuantities[] {
    let reference = article.published.slice(0, 10);
    return article.claims.map((claim) => {
      const { quantities, times } = extract(claim.text, { reference, skip: claim.mentions });
      const last = times.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.value)).at(-1);
      if (last) reference = last.value;
      return { claim: claim.id, quantities, times };
    });
  }

  observe(article: CheckArticle, extracted: readonly ClaimQuantities[]): Observation[] {
    const observations: Observation[] = [];
    article.claims.forEach((claim, index) => {
      const { quantities, times } = extracted[index]!;
      if (quantities.length === 0) return;
      const metrics = this.findMetrics(claim.text);
      const clauses = clauseRanges(claim.text);
      const subjects = clauseSubjects(claim.text, clauses, claim.mentions, article.subject, (id) => SUBJECT_TYPES.has(this.context.entities.get(id)?.type ?? ''));
      // Metrics written right after a figure belong to it (2万亿美元股权) and to no later figure.
      const claimed = new Set(quantities.map((q) => metrics.find((m) => m.start >= q.end && /^的?$/.test(claim.text.slice(q.end, m.start)))).filter(Boolean));
      for (const q of quantities) {
        const c = clauses.findIndex((r) => q.start >= r.start && q.start < r.end);
        const clause = clauses[c] ?? { start: 0, end: claim.text.length };
        const inClause = metrics.filter((m) => m.start >= clause.start && m.end <= clause.end && fits(m.metric, q));
        // Before the figure, with no other figure in between (the start of 从A至B aside) …
        const before = inClause.filter((m) => m.end <= q.start && !claimed.has(m) && !quantities.some((o) => o !== q && !o.startOfChange && o.start >= m.end && o.end <= q.start)).at(-1);
        // … or right after it: 1300亿美元股权, 1.4万亿美元的算力基础设施投资.
        const after = inClause.find((m) => m.start >= q.end && /^的?$/.test(claim.text.slice(q.end, m.start)));
        let found = before ?? after;
        // A mention right before the metric names its entity (寒武纪市盈率); otherwise the clause's subject.
        const attached = found && claim.mentions.find((m) => m.entity !== null && m.end <= found!.start && /^的?$/.test(claim.text.slice(m.end, found!.start)));
        const entityId = attached?.entity ?? subjects[c] ?? null;
        const entity = entityId ? this.context.entities.get(entityId) : undefined;
        let implicit = false;
        if (!found && q.change && q.dimension === 'ratio' && entity && (entity.type === 'company' || entity.type === 'index')) {
          // 英伟达跌5.74%: a percentage move of a listed company or index is a share-price change.
          const metric = this.byId.get('share-price-change');
          if (metric) found = { metric, start: q.start, end: q.start };
          implicit = true;
        }
        if (!found) continue;
        const metric = found.metric;
        const key = entity && entity.type !== 'concept' && entity.type !== 'place' ? this.rollUp(entity.id) : null;
        const scopeText = !implicit && found.end <= q.start ? scopePhrase(claim.text, clause.start, found.start) : '';
        // 对诺基亚10亿美元投资: the object right before a figure scopes it.
        const target = found.start >= q.end ? claim.mentions.find((m) => m.entity !== null && m.end === q.start && PREPOSITIONS.has(claim.text[m.start - 1] ?? '')) : undefined;
        const time = times.filter((t) => t.end <= q.start && !t.base && !SINCE.test(claim.text.slice(t.end))).at(-1);
        const kind = metric.kind === 'change' || q.change ? 'change' : 'level';
        // 跌幅为-3%: a fall written with a minus, whose sign cannot be told (as 下降-12.5% in the extractor).
        if (kind === 'change' && !q.change && q.negative && /跌|降|缩|减/.test(claim.text.slice(found.start, found.end))) continue;
        // A change metric named by its direction (跌幅 / 涨幅) gives the figure its sign.
        const signedQ = kind === 'change' && !q.change ? { ...q, change: /跌|降|缩|减/.test(claim.text.slice(found.start, found.end)) ? ('down' as const) : ('up' as const) } : q;
        observations.push({
          claim: claim.id,
          article: article.slug,
          outlet: article.outlet,
          published: article.published,
          entity: key,
          mentioned: entityId,
          metric: metric.id,
          family: metric.family ?? metric.id,
          scope: target ? target.text : normalizeScope(scopeText, [], null, (id) => id, times),
          scopeKey: target ? target.text : normalizeScope(scopeText, claim.mentions, key, (id) => this.rollUp(id), times, true),
          time: time?.value ?? article.published.slice(0, 10),
          timeExplicit: time !== undefined,
          kind,
          quantity: signedQ,
          ...compared(q, metric, this.byId),
        });
      }
    });
    return observations;
  }

  /** Metric aliases in `text`, leftmost-longest, as spans of the text as written. */
  private findMetrics(text: string): { metric: Metric; start: number; end: number }[] {
    const norm = normalizeForLinking(text);
    const all = this.automaton.search(norm.text).sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: { metric: Metric; start: number; end: number }[] = [];
    let cursor = 0;
    for (const m of all) {
      if (m.start < cursor) continue;
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

/** A metric takes figures of its dimensions: `money` any currency, `count` any count. */
function fits(metric: Metric, q: Quantity): boolean {
  return metric.dimensions.some((d) => d === q.dimension || (d === 'money' && q.dimension.startsWith('money:')) || (d === 'count' && q.dimension === 'count'));
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

/**
 * The subject of each clause: its first mention that is not an object (not
 * after 因/对/与 …). A clause without one continues the previous clause's
 * subject, as Chinese topic chains do; the first falls back to the article's subject.
 */
function clauseSubjects(text: string, clauses: readonly { start: number; end: number }[], mentions: readonly Mention[], fallback: string | null, canBeSubject: (id: string) => boolean): (string | null)[] {
  let current = fallback;
  return clauses.map((clause) => {
    const body = text.slice(clause.start, clause.end).trimStart();
    if (OTHERS.test(body)) {
      current = null;
      return current;
    }
    const subject = mentions.find((m) => m.entity !== null && canBeSubject(m.entity) && m.start >= clause.start && m.end <= clause.end && !PREPOSITIONS.has(text[m.start - 1] ?? ''));
    if (subject) current = subject.entity;
    return current;
  });
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
  let scope = text;
  for (const m of mentions) if (m.entity && (allNames || (key && rollUp(m.entity) === key))) scope = scope.split(m.text).join('');
  for (const t of times) scope = scope.split(t.surface).join('');
  scope = scope.replace(/[0-9０-９.,]+[个家亿万%％]*/g, '');
  return scope.replace(SCOPE_NOISE, '').replace(SCOPE_PUNCT, '').trim();
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
  if (metric.relation?.kind === 'proxy') return { compared: own, proxy: metric.relation.note ?? `${metric.name}是${base?.name ?? metric.relation.of}的弱代理指标` };
  return { compared: own };
}
