/**
 * Entity discovery: from the corpus itself, entities with a type, a
 * canonical name, aliases, roles and the evidence for each (claim ids and the
 * form that proposed the name). Pure and deterministic: the same articles and
 * registry give the same entities, ids and order.
 *
 * 1. Every title and claim is read for proposals (extract.ts).
 * 2. Names are grouped; an organisation's short forms (万科企业股份有限公司 →
 *    万科企业 → 万科) join it when the corpus uses them on their own.
 * 3. People get role phrases for the organisation named with the role
 *    (万科董事长 → 郁亮), so a role alone links to them.
 * 4. Every claim is linked once with the registry and the candidates
 *    (leftmost-longest: 中国钢铁工业协会, never 中国), and a candidate is
 *    published when it recurs (two claims or more) or has a strong form (a
 *    legal name, a ticker, a person with a role, an institution's full name).
 */
import { pinyin } from 'pinyin-pro';
import { normalizeAlias } from '../../core/match-text.ts';
import { AhoCorasick } from '../aho-corasick.ts';
import { Linker } from '../linker.ts';
import type { Entity, EntityType, RelationKind } from '../schema.ts';
import { articleSubject } from '../subject.ts';
import { type Form, isGeneric, type Proposal, propose } from './extract.ts';
import { INSTITUTION_HEADS, LEGAL_HEADS, ROLE_SYNONYMS } from './lexicon.ts';

export interface DiscoveryArticle {
  slug: string;
  title: string;
  claims: readonly { id: string; text: string }[];
}

/** One piece of evidence: where a name was proposed, and by which form. */
export interface Evidence {
  /** The claim id, or `title:<slug>` for a title. */
  claim: string;
  form: Form;
  /** The name as written there. */
  text: string;
}

export interface Discovery {
  /** Claims the entity is linked in (mentions, roles, article subjects). */
  claims: number;
  /** The strongest form that proposed it, when that is enough on its own. */
  strong: Form | null;
  evidence: Evidence[];
}

export interface DiscoveredEntity extends Entity {
  discovered: Discovery;
}

export interface DiscoveryResult {
  /** Entities to publish: recurring or strong, not known to the registry, not rejected. */
  entities: DiscoveredEntity[];
  /** Every candidate, published or not, for `npm run entities -- --suggest`. */
  candidates: DiscoveredEntity[];
  /** Evidence by entity id. */
  evidence: Map<string, Evidence[]>;
}

export interface DiscoveryOptions {
  /** Names, aliases or ids reviewers rejected (content/entities/rejected.yaml). */
  rejected?: Iterable<string>;
  /** Words that name a measure (the metrics lexicon's names and aliases: LPR, GDP, 票房): never an entity's name. */
  measures?: Iterable<string>;
}

/** Forms that propose a name only by the measure after it: goods as much as a company. */
const GOODS_FORMS = new Set<Form>(['metric-subject', 'product-metric', 'enumeration']);
/** The country or the world before it, or a price after it: 全国尿素产量, 国内尿素, 尿素价格, 尿素期货. */
const GOODS_BEFORE = /(?:全国|国内|我国|全球|国际)$/;
const GOODS_AFTER = /^(?:价格|出厂价|现货价|现货|期货|均价|主力合约|市场价)/;

function usedAsGoods(name: string, texts: readonly { text: string }[]): boolean {
  for (const { text } of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (GOODS_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || GOODS_AFTER.test(text.slice(at + name.length))) return true;
    }
  }
  return false;
}

/** A time between a maker and its goods: 上半年, 2024年, 一季度. */
const TIME_BETWEEN = /^(?:\d{4}年|上半年|下半年|全年|前三季度|[一二三四]季度|第[一二三四]季度|\d{1,2}月)?$/;

function madeBy(name: string, makers: readonly string[], texts: readonly { text: string }[]): boolean {
  for (const { text } of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text.slice(Math.max(0, at - 16), at);
      if (makers.some((m) => { const i = before.lastIndexOf(m); return i >= 0 && TIME_BETWEEN.test(before.slice(i + m.length)); })) return true;
    }
  }
  return false;
}

/** Evidence kept per entity: enough to review, bounded for pages and data files. */
const EVIDENCE_KEPT = 12;
const ORGANISATION_FORMS = new Set<Form>(['product-metric', 'legal-name', 'organisation', 'metric-subject', 'role-organisation', 'latin', 'model', 'ticker', 'source', 'enumeration']);
/** Short-form endings an organisation's name drops in the same articles (万科企业 → 万科). */
const SHORT_ENDINGS = ['股份有限公司', '有限责任公司', '有限公司', '集团', '股份', '控股', '企业', '实业', '发展', '科技', '公司'];

/** A province or city before a company's own name (江西赣丰科技, 贵州茅台). Organisations keep theirs: only companies' short forms drop it. */
const ORG_HEAD_END = /(?:部|局|署|委|会|院|所|中心|公司|集团|银行)$/;
/** Industry words that end a stock name after its own two characters (豫康牧业 → 豫康, 天和光能 → 天和). */
const INDUSTRY_TAILS = new Set(['牧业', '农牧', '酒业', '光能', '绿能', '能源', '海运', '海控', '药业', '医药', '电子', '电气', '化工', '钢铁', '煤业', '矿业', '纸业', '机械', '汽车', '置业', '地产', '物流', '传媒', '食品', '乳业', '饮料', '纺织', '建材', '水泥', '光伏', '新能', '锂业', '钴业', '航运', '港务', '物产', '重工', '环保', '电力', '水务', '燃气']);
const PROVINCE = /^(?:北京|上海|天津|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|深圳|广州|杭州|南京|武汉|成都|西安|苏州|厦门|宁波|青岛)/;

interface Candidate {
  key: string;
  names: Map<string, number>;
  forms: Set<Form>;
  types: Map<EntityType, number>;
  evidence: Evidence[];
  claims: Set<string>;
  roles: (NonNullable<Proposal['role']> & { article: string; claim: string })[];
  codes: Set<string>;
}

/** A candidate with no proposal yet: a short form or abbreviation the corpus uses, named `name` once. */
function emptyCandidate(key: string, name?: string): Candidate {
  return { key, names: new Map(name === undefined ? [] : [[name, 1]]), forms: new Set(), types: new Map(), evidence: [], claims: new Set(), roles: [], codes: new Set() };
}

const RELATIONS: Record<string, RelationKind> = { 'chair-of': 'chair-of', 'ceo-of': 'ceo-of', 'cfo-of': 'cfo-of', 'founder-of': 'founder-of', 'president-of': 'president-of', 'head-of': 'head-of', 'analyst-at': 'analyst-at' };

/** A lower-case ASCII id: the canonical name in toneless pinyin, Latin words kept (万科 → wan-ke). */
export function entityId(name: string): string {
  const words = pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  return words.join('-') || 'entity';
}

export function discoverEntities(articles: readonly DiscoveryArticle[], registry: readonly Entity[], options: DiscoveryOptions = {}): DiscoveryResult {
  const candidates = new Map<string, Candidate>();
  const texts: { claim: string; article: string; text: string }[] = [];
  for (const article of articles) {
    texts.push({ claim: `title:${article.slug}`, article: article.slug, text: article.title });
    for (const claim of article.claims) texts.push({ claim: claim.id, article: article.slug, text: claim.text });
  }

  // 1. Proposals, grouped by their matching form. List items wait for their lists.
  const lists: { claim: string; article: string; items: Proposal[] }[] = [];
  const add = (p: Proposal, claim: string, article: string) => {
    const key = normalizeAlias(p.name);
    let c = candidates.get(key);
    if (!c) {
      c = emptyCandidate(key);
      candidates.set(key, c);
    }
    c.names.set(p.name, (c.names.get(p.name) ?? 0) + 1);
    c.forms.add(p.form);
    c.types.set(p.type, (c.types.get(p.type) ?? 0) + 1);
    c.claims.add(claim);
    if (c.evidence.length < EVIDENCE_KEPT * 4) c.evidence.push({ claim, form: p.form, text: p.name });
    if (p.role) c.roles.push({ ...p.role, article, claim });
    if (p.code) c.codes.add(p.code);
  };
  for (const { claim, article, text } of texts) {
    const byList = new Map<number, Proposal[]>();
    for (const p of propose(text)) {
      if (p.form === 'enumeration') byList.set(p.list!, [...(byList.get(p.list!) ?? []), p]);
      else add(p, claim, article);
    }
    for (const items of byList.values()) lists.push({ claim, article, items });
  }
  const curatedNames = new Set(registry.flatMap((e) => [e.name, e.names?.zh, e.names?.en, ...e.aliases].filter((n): n is string => !!n).map(normalizeAlias)));
  // A list item is a name when another item of its list is one (华为、阿里、寒武纪等).
  for (const { claim, article, items } of lists) {
    const known = items.filter((p) => candidates.has(normalizeAlias(p.name)) || curatedNames.has(normalizeAlias(p.name))).length;
    if (known === 0 && !items.some((p) => p.typed)) continue;
    for (const p of items) add(p, claim, article);
  }

  // 2. Short forms join their organisation when the corpus uses them on their own.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const edgeOnly = new Map<string, string>();
  const shortForms = (name: string): string[] => {
    const out: string[] = [];
    let rest = name;
    for (let changed = true; changed; ) {
      changed = false;
      for (const ending of SHORT_ENDINGS) {
        if (rest.endsWith(ending) && rest.length - ending.length >= 2) {
          rest = rest.slice(0, -ending.length);
          if (!isGeneric(rest)) out.push(rest);
          changed = true;
          break;
        }
      }
    }
    // 川润农牧 → 川润, 华牧数据 → 华牧: a trailing common noun of two characters.
    if (name.length >= 4 && isGeneric(name.slice(-2)) && !isGeneric(name.slice(0, -2)) && /\p{Script=Han}{2}$/u.test(name)) out.push(name.slice(0, -2));
    // 豫康牧业股份有限公司 → 豫康: two characters before an industry word, once the legal ending is gone.
    if (rest.length === 4 && INDUSTRY_TAILS.has(rest.slice(-2)) && !isGeneric(rest.slice(0, 2)) && /^\p{Script=Han}{4}$/u.test(rest) && !out.includes(rest.slice(0, 2))) {
      out.push(rest.slice(0, 2));
      // Two characters occur inside words (今天和明天): used alone only at a word's edge, not before its industry word.
      edgeOnly.set(rest.slice(0, 2), rest);
    }
    // 国家统计局 → 统计局, 中国证监会 → 证监会: an institution's name without the nation before it.
    const nation = NATION.exec(name);
    if (nation && ORG_HEAD_END.test(name) && name.length - nation[0].length >= 3 && !isGeneric(name.slice(nation[0].length))) out.push(name.slice(nation[0].length));
    // 贵州茅台 → 茅台, 海南华铁 → 华铁: a stock name after its province, when used alone.
    const place = PROVINCE.exec(name);
    if (place && name.length - place[0].length >= 2) {
      const stripped = name.slice(place[0].length);
      if (!isGeneric(stripped)) out.push(stripped, ...shortForms(stripped));
    }
    return out;
  };
  const allText = texts.map((t) => matchText(t.text));
  const claimText = new Map(texts.map((t) => [t.claim, t.text]));
  // Which (short, long) pairs the corpus uses on their own: one pass over every text for all shorts.
  const pairs: { short: string; shortKey: string; long: string; edgeOnly?: string }[] = [];
  for (const c of candidates.values()) {
    if (![...c.forms].some((f) => ORGANISATION_FORMS.has(f))) continue;
    for (const short of shortForms(mostFrequent(c.names))) pairs.push({ short, shortKey: normalizeAlias(short), long: c.key, ...(edgeOnly.has(short) ? { edgeOnly: normalizeAlias(edgeOnly.get(short)!) } : {}) });
  }
  for (const c of candidates.values()) {
    const parts = mostFrequent(c.names).split(/[·・•]/);
    if (parts.length >= 2 && parts.at(-1)!.length >= 2) pairs.push({ short: parts.at(-1)!, shortKey: normalizeAlias(parts.at(-1)!), long: c.key });
  }
  const alone = usedAloneAll(allText, pairs.filter((p) => !candidates.has(p.shortKey)));
  for (const c of [...candidates.values()]) {
    if (![...c.forms].some((f) => ORGANISATION_FORMS.has(f))) continue;
    const name = mostFrequent(c.names);
    for (const short of shortForms(name)) {
      const key = normalizeAlias(short);
      const used = candidates.has(key) || alone.has(`${key}\u0000${c.key}`);
      if (!used) continue;
      if (!candidates.has(key)) {
        candidates.set(key, emptyCandidate(key, short));
      }
      union(c.key, key);
    }
  }
  // An institution's abbreviation used on its own (大商所 for 大连商品交易所, 中汽协 for 中国汽车工业协会) joins it.
  const abbreviated = [...candidates.values()].filter((c) => [...c.forms].some((f) => ORGANISATION_FORMS.has(f))).flatMap((c) => abbreviationsOf(mostFrequent(c.names)).map((short) => ({ short, shortKey: normalizeAlias(short), long: c.key })));
  const abbreviationsUsed = usedAloneAll(allText, abbreviated);
  // One abbreviation of two names (中汽协 of 中国汽车工业协会 and of 中国汽车流通协会) says which of neither.
  const abbreviating = Map.groupBy(abbreviated, (a) => a.shortKey);
  for (const { short, shortKey, long } of abbreviated) {
    if (!abbreviationsUsed.has(`${shortKey}\u0000${long}`) || new Set(abbreviating.get(shortKey)!.map((a) => find(a.long))).size > 1) continue;
    if (!candidates.has(shortKey)) candidates.set(shortKey, emptyCandidate(shortKey, short));
    union(long, shortKey);
  }
  // TrendForce集邦咨询, 我的钢铁网（Mysteel）: a Latin name written against a Chinese one is one name in two scripts.
  const named = (key: string) => candidates.has(key) && !candidates.get(key)!.forms.has('person-role') && !candidates.get(key)!.forms.has('model');
  for (const { text } of texts) {
    for (const m of text.matchAll(LATIN_BESIDE_HAN)) {
      const latin = normalizeAlias(m[1] ?? m[4]!);
      const han = m[2] ?? m[3]!;
      if (!named(latin) || !candidates.get(latin)!.forms.has('latin')) continue;
      // The Chinese name is the run's start after a Latin name, its end before a bracketed one; the longest that is a name.
      for (let cut = 0; cut < han.length - 1; cut++) {
        const chinese = normalizeAlias(m[2] ? han.slice(0, han.length - cut) : han.slice(cut));
        if (!named(chinese)) continue;
        union(chinese, latin);
        break;
      }
    }
  }
  // Abbreviations join their full names: 华远海控 for 华远海运控股股份有限公司, 南岭股份 for 南岭食品集团股份有限公司.
  const longNames = Map.groupBy([...candidates.values()].filter((c) => c.forms.has('legal-name') || c.forms.has('organisation')).map((c) => [c.key, mostFrequent(c.names)] as const), ([, long]) => long[0]!);
  // 川窖股份 for 宜宾川窖股份有限公司: a company's legal name after a place of two or three characters, by the name after it.
  const afterPlace = new Map<string, [string, string][]>();
  for (const c of candidates.values()) {
    if (!c.forms.has('legal-name')) continue;
    const long = mostFrequent(c.names);
    if (!/公司$/.test(long)) continue;
    for (const at of [2, 3]) if (long.length > at + 4) afterPlace.set(long.slice(at, at + 2), [...(afterPlace.get(long.slice(at, at + 2)) ?? []), [c.key, long.slice(at)]]);
  }
  const placed: [short: string, legal: string, afterPlace: string][] = [];
  for (const c of candidates.values()) {
    if (c.forms.has('transliterated') || c.forms.has('person-role')) continue;
    const short = mostFrequent(c.names);
    if (short.length < 3 || short.length > 6 || !/^\p{Script=Han}+$/u.test(short)) continue;
    if (!ORG_HEAD_END.test(short)) for (const [key, long] of afterPlace.get(short.slice(0, 2)) ?? []) if (key !== c.key && isSubsequence(short, long)) placed.push([c.key, key, long]);
    for (const [key, long] of longNames.get(short[0]!) ?? []) {
      if (key === c.key || long.length <= short.length || !isSubsequence(short, long)) continue;
      // 工信部 for 工业和信息化部: same first and last character; 农业农村部 is the parent of 农业农村部畜牧兽医局, not its abbreviation.
      if (!(long.startsWith(short.slice(0, 2)) || (short[0] === long[0] && short.at(-1) === long.at(-1)))) continue;
      if (long.startsWith(short) && ORG_HEAD_END.test(short)) continue;
      union(c.key, key);
    }
  }
  // …unless what stood before it is the company's own name (欣驰 of 欣驰电池, 欣驰动力电池有限公司): then the
  // rest is a generic word (动力电池), not a short name after a place.
  for (const [short, legal, rest] of placed) {
    const legalName = mostFrequent(candidates.get(legal)!.names);
    const before = legalName.slice(0, legalName.length - rest.length);
    const ownName = [...candidates.values()].some((m) => {
      const name = mostFrequent(m.names);
      return m.key !== legal && find(m.key) === find(legal) && (name === before || (name.startsWith(before) && !legalName.startsWith(name)));
    });
    if (!ownName) union(short, legal);
  }
  // A person's reading loses to an organisation of the same name (万 is a surname; 万科董事长 names 万科).
  const organisationKeys = new Set([...candidates.values()].filter((c) => [...c.forms].some((f) => ORGANISATION_FORMS.has(f) && f !== 'latin')).map((c) => find(c.key)));
  // A transliterated name's last part joins it when used alone (奥尔特曼).
  for (const c of [...candidates.values()]) {
    const name = mostFrequent(c.names);
    const parts = name.split(/[·・•]/);
    if (parts.length < 2) continue;
    const last = parts.at(-1)!;
    const key = normalizeAlias(last);
    if (last.length < 2 || organisationKeys.has(key)) continue;
    if (!candidates.has(key) && !alone.has(`${key}\u0000${c.key}`)) continue;
    if (!candidates.has(key)) candidates.set(key, emptyCandidate(key, last));
    union(c.key, key);
  }

  // Groups → draft entities.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates.values()) groups.set(find(c.key), [...(groups.get(find(c.key)) ?? []), c]);
  const rejected = new Set([...(options.rejected ?? [])].map(normalizeAlias));
  const measures = new Set([...(options.measures ?? [])].map(normalizeAlias));
  const curatedIds = new Set(registry.map((e) => e.id));
  interface Draft { id: string; type: EntityType; name: string; aliases: string[]; members: Candidate[]; forms: Set<Form>; roles: Candidate['roles']; codes: string[] }
  const drafts: Draft[] = [];
  for (const members of groups.values()) {
    const forms = new Set(members.flatMap((m) => [...m.forms]));
    if (forms.size === 0) continue;
    const types = new Map<EntityType, number>();
    for (const m of members) for (const [t, n] of m.types) types.set(t, (types.get(t) ?? 0) + n);
    let type = [...types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'company';
    const isOrganisation = members.some((m) => organisationKeys.has(m.key) || organisationKeys.has(find(m.key)));
    if (type === 'person' && isOrganisation) type = 'company';
    const names = members.map((m) => mostFrequent(m.names));
    // Canonical: the full name (the longest legal or organisation form), else the most used.
    const full = members.filter((m) => m.forms.has('legal-name') || m.forms.has('organisation') || m.forms.has('transliterated')).map((m) => mostFrequent(m.names));
    const name = (full.length > 0 ? full : names).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!;
    if (members.some((m) => m.forms.has('organisation') && INSTITUTION_HEADS.has(headOf(mostFrequent(m.names))))) type = 'organisation';
    // 尿素销量405万吨 alone made 尿素 a company; 全国尿素产量, 尿素价格 say it is goods, what companies make and sell.
    if (type === 'company' && [...forms].every((f) => GOODS_FORMS.has(f)) && usedAsGoods(name, texts)) type = 'product';
    // 上海出口集装箱运价指数（SCFI）: an index is what it measures, the subject of its levels.
    if (type === 'product' && /指数$/.test(name)) type = 'index';
    const codes = [...new Set(members.flatMap((m) => [...m.codes]))].sort();
    // Terra 5系列 is also called Terra 5 (the series by its model).
    const series = type === 'product' ? names.filter((n) => /^.{2,}系列$/.test(n)).map((n) => n.slice(0, -2).trimEnd()) : [];
    const aliases = [...new Set([...names, ...series, ...codes])].filter((n) => n !== name).sort();
    drafts.push({ id: '', type, name, aliases, members, forms, roles: members.flatMap((m) => m.roles), codes });
  }
  // 瑞视光学上半年手机摄像头模组出货量: what a company named by its own form makes, right after its name, is goods.
  const makers = drafts.filter((d) => d.type === 'company' && ![...d.forms].every((f) => GOODS_FORMS.has(f))).flatMap((d) => [d.name, ...d.aliases]).filter((n) => n.length >= 2 && !/^\d+$/.test(n));
  for (const d of drafts) if (d.type === 'company' && [...d.forms].every((f) => GOODS_FORMS.has(f)) && madeBy(d.name, makers, texts)) d.type = 'product';
  // Drop what the registry knows or reviewers rejected; ids in name order.
  const kept = drafts
    .filter((d) => ![d.name, ...d.aliases].some((n) => curatedNames.has(normalizeAlias(n)) || rejected.has(normalizeAlias(n))))
    // 5月LPR下调10个基点: a measure's own name (LPR, GDP) is what is measured, never who.
    .filter((d) => !measures.has(normalizeAlias(d.name)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const taken = new Set(curatedIds);
  for (const d of kept) {
    const base = entityId(d.name);
    d.id = base;
    for (let n = 2; taken.has(d.id); n++) d.id = `${base}-${n}`;
    taken.add(d.id);
  }
  const live = kept.filter((d) => !rejected.has(normalizeAlias(d.id)));

  // 3. Article subjects, then role phrases for people.
  const draftEntity = (d: Draft): Entity => ({ id: d.id, name: d.name, type: d.type, aliases: d.aliases, roles: [], relations: [], description: d.name });
  const orgLinker = new Linker([...registry, ...live.filter((d) => d.type !== 'person').map(draftEntity)]);
  const subjects = new Map<string, string | undefined>();
  for (const article of articles) subjects.set(article.slug, articleSubject(orgLinker, article.title, undefined, article.claims[0]?.text));
  const orgOf = (text: string, article: string, claim: string): string | undefined => {
    if (text === '' || /^(?:该|本|此)?公司$|^集团$/.test(text)) {
      // The one organisation the claim names (郑海涛董事长表示，甬港股份…), else the article's subject.
      const named = [...new Set(orgLinker.link(claimText.get(claim) ?? '').entities)];
      return named.length === 1 ? named[0] : subjects.get(article);
    }
    const mentions = orgLinker.link(text).mentions.filter((m) => m.entity !== null && m.end === text.length);
    return mentions.at(-1)?.entity ?? undefined;
  };
  const allEntities = new Map<string, Entity>([...registry.map((e) => [e.id, e] as const), ...live.map((d) => [d.id, draftEntity(d)] as const)]);
  // Who holds each (organisation, role): a role that names two people names neither.
  const holders = new Map<string, Set<string>>();
  const personRoles = new Map<string, { org: string; word: string; relation: RelationKind | null }[]>();
  for (const d of live) {
    if (d.type !== 'person') continue;
    for (const r of d.roles) {
      const org = orgOf(r.organisation, r.article, r.claim);
      if (!org) continue;
      const key = `${org}|${r.word}`;
      holders.set(key, (holders.get(key) ?? new Set()).add(d.id));
      const list = personRoles.get(d.id) ?? [];
      if (!list.some((x) => x.org === org && x.word === r.word)) list.push({ org, word: r.word, relation: r.relation ? RELATIONS[r.relation]! : null });
      personRoles.set(d.id, list);
    }
  }
  const entities: Entity[] = live.map((d) => {
    const e = draftEntity(d);
    if (d.type !== 'person') return e;
    const roles = new Set<string>();
    const relations: Entity['relations'] = [];
    for (const r of personRoles.get(d.id) ?? []) {
      if (holders.get(`${r.org}|${r.word}`)!.size > 1) continue;
      const org = allEntities.get(r.org)!;
      for (const orgName of [org.name, ...org.aliases].filter((n) => !/^\d+$/.test(n))) {
        for (const word of [r.word, ...(ROLE_SYNONYMS[r.word] ?? [])]) {
          roles.add(`${orgName}${word}`);
          roles.add(`${orgName}的${word}`);
        }
      }
      if (r.relation && !relations.some((x) => x.kind === r.relation && x.target === r.org)) relations.push({ kind: r.relation, target: r.org });
    }
    return { ...e, roles: [...roles].sort(), relations };
  });

  // 4. One pass counts the claims that name each candidate (names and role phrases, leftmost-longest with the registry's).
  const counts = countClaims(texts.filter((t) => !t.claim.startsWith('title:')).map((t) => ({ claim: t.claim, text: matchText(t.text) })), registry, entities);
  const result: DiscoveredEntity[] = entities.map((e, i) => {
    const d = live[i]!;
    const evidence = d.members.flatMap((m) => m.evidence).sort((a, b) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : a.text < b.text ? -1 : 1));
    const strong = strongForm(d, personRoles.has(d.id));
    const claims = counts.get(e.id) ?? 0;
    return {
      ...e,
      description: describe(d.type, d.forms, claims),
      discovered: { claims, strong, evidence: dedupe(evidence).slice(0, EVIDENCE_KEPT) },
    };
  });
  const published = result.filter((e) => {
    const d = live[result.indexOf(e)]!;
    const onlyLists = [...d.forms].every((f) => f === 'enumeration');
    if (onlyLists && e.discovered.claims < 2) return false;
    return e.discovered.claims >= 2 || e.discovered.strong !== null;
  });
  // Relations may point at candidates that are not published: drop those, and role phrases naming them.
  const publishedIds = new Set([...published.map((e) => e.id), ...registry.map((e) => e.id)]);
  const cleaned = published.map((e) => {
    const gone = e.relations.filter((r) => !publishedIds.has(r.target)).map((r) => allEntities.get(r.target)!);
    if (gone.length === 0) return e;
    const goneNames = gone.flatMap((g) => [g.name, ...g.aliases]);
    return { ...e, relations: e.relations.filter((r) => publishedIds.has(r.target)), roles: e.roles.filter((role) => !goneNames.some((n) => role.startsWith(n))) };
  });
  return { entities: cleaned, candidates: result, evidence: new Map(result.map((e) => [e.id, e.discovered.evidence])) };
}

/** The strong form that publishes a name from one mention: a legal name, a ticker, a person with a role, an institution's full name. */
function strongForm(d: { forms: Set<Form>; type: EntityType; name: string }, hasRole: boolean): Form | null {
  if (d.forms.has('legal-name')) return 'legal-name';
  if (d.forms.has('ticker')) return 'ticker';
  if (d.type === 'person' && hasRole) return d.forms.has('transliterated') ? 'transliterated' : 'person-role';
  if (d.forms.has('organisation') && INSTITUTION_HEADS.has(headOf(d.name)) && d.name.length >= 5) return 'organisation';
  return null;
}

function headOf(name: string): string {
  for (const head of [...LEGAL_HEADS, ...INSTITUTION_HEADS]) if (name.endsWith(head)) return head;
  return '';
}

const FORM_LABELS: Record<Form, string> = {
  'legal-name': '法定全称',
  organisation: '机构名称',
  'metric-subject': '指标主体',
  'role-organisation': '职务所属机构',
  'person-role': '职务与人名',
  transliterated: '译名',
  latin: '外文名称',
  model: '型号',
  ticker: '证券代码',
  'product-metric': '产品价格主体',
  source: '数据来源',
  enumeration: '并列名单',
  work: '书名号作品',
};
const TYPE_WORDS: Record<EntityType, string> = { company: '公司', person: '人物', product: '产品', organisation: '机构', index: '指数', place: '地点', concept: '概念' };

export function formLabel(form: Form): string {
  return FORM_LABELS[form];
}

function describe(type: EntityType, forms: Set<Form>, claims: number): string {
  return `自动识别的${TYPE_WORDS[type]}：${claims} 条论断以名称或职务称谓提及；识别依据：${[...forms].sort().map(formLabel).join('、')}。尚未经人工审核。`;
}

function mostFrequent(names: Map<string, number>): string {
  return [...names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** The (short, long) pairs, as `short\0long`, where a text has `short` somewhere other than inside `long`; one pass over the texts. */
function usedAloneAll(texts: readonly string[], pairs: readonly { shortKey: string; long: string; edgeOnly?: string }[]): Set<string> {
  const longs = new Map<string, Set<string>>();
  for (const p of pairs) longs.set(p.shortKey, (longs.get(p.shortKey) ?? new Set()).add(p.long));
  // Shorts counted only at a word's start and not followed by the rest of their name (豫康6月, not 豫康牧业 or 今天和).
  const edge = new Map(pairs.filter((p) => p.edgeOnly !== undefined).map((p) => [`${p.shortKey}\u0000${p.long}`, p.edgeOnly!]));
  const found = new Set<string>();
  if (longs.size === 0) return found;
  const automaton = new AhoCorasick([...longs.keys()].map((k) => [k, k] as const));
  for (const text of texts) {
    for (const m of automaton.search(text)) {
      for (const long of longs.get(m.value)!) {
        const key = `${m.value}\u0000${long}`;
        if (found.has(key)) continue;
        const at = long.indexOf(m.value);
        const inLong = at >= 0 && text.startsWith(long, m.start - at);
        const whole = edge.get(key);
        if (whole !== undefined && (text.startsWith(whole, m.start) || /\p{Script=Han}/u.test(text[m.start - 1] ?? ''))) continue;
        if (!inLong) found.add(key);
      }
    }
  }
  return found;
}

/** A cheap matching copy for counting (NFKC, lower case, one middle dot): spans are not needed here. */
function matchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[・•‧∙･]/g, '·');
}

/** Claims naming each entity of `entities`: every name, alias and role phrase, leftmost-longest against the registry's names too. */
function countClaims(texts: readonly { claim: string; text: string }[], registry: readonly Entity[], entities: readonly Entity[]): Map<string, number> {
  const patterns = new Map<string, string | null>();
  const add = (name: string, id: string | null) => {
    const key = normalizeAlias(name);
    if (key.length === 0) return;
    const known = patterns.get(key);
    patterns.set(key, known === undefined ? id : known === id ? id : null);
  };
  for (const e of registry) for (const n of [e.name, e.names?.zh, e.names?.en, ...e.aliases, ...e.roles]) if (n) add(n, null);
  for (const e of entities) for (const n of [e.name, ...e.aliases, ...e.roles]) add(n, e.id);
  const roles = new Set([...registry, ...entities].flatMap((e) => e.roles.map(normalizeAlias)));
  const automaton = new AhoCorasick([...patterns].map(([k, id]) => [k, id] as const));
  const counts = new Map<string, number>();
  for (const { text } of texts) {
    const matches = automaton.search(text).sort((a, b) => a.start - b.start || b.end - a.end);
    const seen = new Set<string>();
    let cursor = 0;
    let role: { start: number; end: number } | undefined;
    for (const m of matches) {
      // A role phrase also names the organisation inside it (赫斯特航运 in 赫斯特航运CEO).
      if (m.start < cursor) {
        if (role && m.end <= role.end && m.value !== null) seen.add(m.value);
        continue;
      }
      cursor = m.end;
      role = roles.has(text.slice(m.start, m.end)) ? m : undefined;
      // Latin names need word boundaries, as in the linker.
      if (/[a-z0-9]/.test(text[m.start] ?? '') && /[a-z0-9]/.test(text[m.start - 1] ?? '')) continue;
      if (/[a-z0-9]/.test(text[m.end - 1] ?? '') && /[a-z0-9]/.test(text[m.end] ?? '')) continue;
      if (m.value !== null) seen.add(m.value);
    }
    for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** A Latin name right before a Chinese one (TrendForce集邦咨询), or bracketed after it (我的钢铁网（Mysteel）). */
const LATIN_BESIDE_HAN = /(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9&.-]{2,})(\p{Script=Han}{2,8})|(\p{Script=Han}{2,8})[（(]([A-Za-z][A-Za-z0-9&.-]{2,})[）)]/gu;

/** The nation an institution's name may open with (中国证监会, 国家统计局). */
const NATION = /^(?:中华人民共和国|中国|国家|全国)/;
/** Heads whose first character ends an abbreviation (中汽协 of 协会, 中电联 of 联合会, 发改委 of 委员会). */
const ABBREVIATED_HEADS = ['联合会', '联席会', '委员会', '协会', '学会', '商会'];

/**
 * Three-character abbreviations an institution's name may go by: its first character (after the nation
 * or not), one character further in, and its last character or its head's first (大商所 of 大连商品交易所,
 * 上交所 of 上海证券交易所, 中汽协 of 中国汽车工业协会, 乘联会 of 全国乘用车市场信息联席会). Only those the
 * corpus uses on their own count (usedAloneAll), so the many a name allows cost nothing.
 */
function abbreviationsOf(name: string): string[] {
  if (!ORG_HEAD_END.test(name) && !ABBREVIATED_HEADS.some((h) => name.endsWith(h))) return [];
  const out = new Set<string>();
  const nation = NATION.exec(name);
  for (const base of nation ? [name, name.slice(nation[0].length)] : [name]) {
    if (base.length < 5 || !/^\p{Script=Han}+$/u.test(base)) continue;
    const head = ABBREVIATED_HEADS.find((h) => base.endsWith(h));
    const ends = [base.length - 1, ...(head ? [base.length - head.length] : [])];
    // The middle character is not the second (上海所 is 上海's, 中国协 is 中国's): an abbreviation skips.
    for (const k of ends) for (let j = 2; j < k; j++) out.add(base[0]! + base[j]! + base[k]!);
  }
  return [...out].filter((short) => !name.includes(short) && !isGeneric(short));
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.claim}|${e.form}|${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
