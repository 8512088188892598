/**
 * Link claim text to registry entities.
 *
 * - One Aho–Corasick pass over a normalised copy finds every alias; the
 *   leftmost-longest non-overlapping matches win (微软首席执行官 over 微软).
 * - Latin-script aliases need word boundaries: Arm is not in Army, Meta not in Metadata.
 * - An alias that several entities share is reported as ambiguous, never guessed.
 * - Role phrases (微软首席执行官) link to the person and also tag the
 *   organisations named inside them.
 * - 公司 / 该公司 resolve to the article's subject, when it has exactly one;
 *   公司CEO / 公司首席执行官 to the subject's chief executive; and in an
 *   article about S, a product or part of S (ChatGPT, Codex) also tags S.
 */
import { AhoCorasick } from './aho-corasick.ts';
import { normalizeAlias, normalizeForLinking } from '../core/match-text.ts';
import type { Entity, RelationKind } from './schema.ts';

export interface Mention {
  /** UTF-16 span in the original text. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** The entity, or null when the alias is ambiguous. */
  entity: string | null;
  /** Entities sharing an ambiguous alias. */
  candidates?: string[];
  via: 'alias' | 'role' | 'subject';
}

export interface LinkResult {
  mentions: Mention[];
  /** Entities the text is about, in order of first mention (role phrases add the organisations they name). */
  entities: string[];
}

interface Pattern {
  alias: string;
  entities: string[];
  role: boolean;
  /** The alias starts / ends with a Latin letter or digit, so it needs a boundary there. */
  latinStart: boolean;
  latinEnd: boolean;
}

const LATIN = /[a-z0-9]/;
/** Relations that tie a person to one organisation (公司 after 郁亮称 is 郁亮's company). */
const ROLE_KINDS = new Set<RelationKind>(['ceo-of', 'cfo-of', 'chair-of', 'president-of', 'head-of']);
/** A name followed by its data (据Canalys数据，公司… / IDC统计显示，公司…): a source of figures, not what 公司 points back at. */
const DATA_AFTER = /^(?:的)?(?:最新|初步)?(?:统计数据|监测数据|调研数据|数据|统计|测算|调研|监测)/;

/** Subject references and the relation that role words follow. */
const SUBJECT_WORDS = ['该公司', '此公司', '本公司', '公司', '该集团', '该协会', '该机构', '其'];
/** Words pointing back at a product or work named before: 该片, 该车型, 该系列. */
const PRODUCT_WORDS = ['该影片', '该片', '此片', '该剧', '该书', '该作品', '该游戏', '该车型', '该机型', '该款', '该产品', '该系列', '影片'];
/** Words that point back only where a clause starts (影片累计观影人次…, not 国产影片). */
const CLAUSE_START_ONLY = new Set(['影片']);
const PRODUCT_WORD_SET = new Set(PRODUCT_WORDS);
/** 其 that is not a pronoun for the subject: 其中, 其他, 尤其, 极其, 与其. */
const NOT_QI_AFTER = new Set(['他', '它', '余', '实', '次', '后', '间']);
const NOT_QI_BEFORE = new Set(['尤', '极', '与', '及', '充', '何', '莫', '名', '不', '如', '若', '各', '自']);
/** Entity types a subject word can refer to. */
const SUBJECT_TYPES = new Set(['company', 'organisation']);
const SUBJECT_ROLES: [string, RelationKind][] = [
  ['首席执行官', 'ceo-of'],
  ['ceo', 'ceo-of'],
  ['首席财务官', 'cfo-of'],
  ['cfo', 'cfo-of'],
  ['董事长', 'chair-of'],
];
/** 公司 after one of these (or at a start or after punctuation) refers to the subject: 10日公司, 大会后公司, 市场对公司. After anything else it is part of a compound: 初创公司, 相关公司. */
const SUBJECT_PRECEDERS = new Set(['日', '月', '年', '后', '前', '中', '对', '为', '视', '称', '但', '而', '且', '并', '时', '期', '度']);

export class Linker {
  private readonly automaton: AhoCorasick<Pattern>;
  private readonly byId: Map<string, Entity>;

  constructor(entities: readonly Entity[]) {
    this.byId = new Map(entities.map((e) => [e.id, e]));
    const patterns = new Map<string, Pattern>();
    const add = (alias: string, id: string, role: boolean) => {
      const key = normalizeAlias(alias);
      const pattern = patterns.get(key) ?? { alias: key, entities: [], role, latinStart: LATIN.test(key[0]!), latinEnd: LATIN.test(key.at(-1)!) };
      if (!pattern.entities.includes(id)) pattern.entities.push(id);
      pattern.role &&= role;
      patterns.set(key, pattern);
    };
    for (const entity of entities) {
      for (const alias of new Set([entity.name, ...(entity.names?.zh ? [entity.names.zh] : []), ...(entity.names?.en ? [entity.names.en] : []), ...entity.aliases])) add(alias, entity.id, false);
      for (const role of entity.roles) add(role, entity.id, true);
    }
    for (const word of [...SUBJECT_WORDS, ...PRODUCT_WORDS]) if (!patterns.has(word)) patterns.set(word, { alias: word, entities: [], role: false, latinStart: false, latinEnd: false });
    this.automaton = new AhoCorasick([...patterns.values()].map((p) => [p.alias, p] as const));
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /**
   * Link `text`; `articleSubject` is the article's subject entity id, if it has exactly one;
   * `product` the product or work named last before the text (what 该片 / 该车型 point at).
   */
  link(text: string, articleSubject?: string, product?: string): LinkResult {
    const subject = articleSubject;
    const norm = normalizeForLinking(text);
    const t = norm.text;
    const candidates = this.automaton.search(t).filter((m) => {
      const p = m.value;
      if (p.latinStart && m.start > 0 && LATIN.test(t[m.start - 1]!)) return false;
      if (p.latinEnd && m.end < t.length && LATIN.test(t[m.end]!)) return false;
      return true;
    });
    // Leftmost-longest, non-overlapping.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: typeof candidates = [];
    let cursor = 0;
    for (const m of candidates) {
      if (m.start < cursor) continue;
      chosen.push(m);
      cursor = m.end;
    }

    const mentions: Mention[] = [];
    const entities: string[] = [];
    const tag = (id: string) => {
      if (!entities.includes(id)) entities.push(id);
    };
    const span = (start: number, end: number) => ({ start: norm.origin[start]!, end: norm.origin[end]!, text: text.slice(norm.origin[start]!, norm.origin[end]!) });

    for (const m of chosen) {
      const p = m.value;
      if (p.entities.length === 0 && PRODUCT_WORD_SET.has(p.alias)) {
        if (CLAUSE_START_ONLY.has(p.alias) && m.start > 0 && !/[，,。；;：:\s]/.test(t[m.start - 1]!)) continue;
        // 该片 / 该车型: the product named last, in this text or before it.
        const named = mentions.findLast((x) => x.entity !== null && this.byId.get(x.entity)?.type === 'product')?.entity ?? product;
        if (named) {
          mentions.push({ ...span(m.start, m.end), entity: named, via: 'subject' });
          tag(named);
        }
        continue;
      }
      if (p.entities.length === 0) {
        // A subject word: 公司 / 该公司 / 其, maybe followed by a role (公司CEO). It refers back to the
        // organisation named earlier in the claim (X表示，公司…; X称其…), else to the article's subject.
        if (!this.refersToSubject(t, m.start, p.alias)) continue;
        const local = this.antecedent(mentions, t);
        // 其 is a pronoun for many things (其根源, 其能力): the article's subject only at the start or after a verb of saying (X称其).
        const subject = local ?? (p.alias !== '其' || m.start === 0 || /(?:称|表示|指出|认为|透露)[,，]?$/.test(t.slice(0, m.start)) ? articleSubject : undefined);
        if (!subject) continue;
        const role = SUBJECT_ROLES.find(([word]) => t.startsWith(word, m.end));
        const person = role && this.holder(role[1], subject);
        if (person && role) {
          mentions.push({ ...span(m.start, m.end + role[0].length), entity: person, via: 'subject' });
          tag(person);
          tag(subject);
        } else {
          mentions.push({ ...span(m.start, m.end), entity: subject, via: 'subject' });
          tag(subject);
        }
        continue;
      }
      if (p.entities.length > 1) {
        mentions.push({ ...span(m.start, m.end), entity: null, candidates: [...p.entities].sort(), via: 'alias' });
        continue;
      }
      const id = p.entities[0]!;
      mentions.push({ ...span(m.start, m.end), entity: id, via: p.role ? 'role' : 'alias' });
      tag(id);
      if (p.role) {
        // The organisations a role phrase names: 微软 in 微软首席执行官.
        for (const inner of candidates) {
          if (inner.start >= m.start && inner.end <= m.end && inner !== m && inner.value.entities.length === 1 && !inner.value.role) tag(inner.value.entities[0]!);
        }
      }
    }
    if (subject && !entities.includes(subject) && entities.some((id) => this.belongsTo(id, subject))) tag(subject);
    return { mentions, entities };
  }

  /** `id` is a product, part or subsidiary of `org`. */
  private belongsTo(id: string, org: string): boolean {
    return this.byId.get(id)?.relations.some((r) => r.target === org && (r.kind === 'product-of' || r.kind === 'part-of' || r.kind === 'subsidiary-of')) ?? false;
  }

  /** The organisation a subject word refers back to in the same text: the last one named, or the one a named person holds a role in. */
  private antecedent(mentions: readonly Mention[], t: string): string | undefined {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const id = mentions[i]!.entity;
      if (DATA_AFTER.test(t.slice(mentions[i]!.end, mentions[i]!.end + 6))) continue;
      const e = id ? this.byId.get(id) : undefined;
      if (!e) continue;
      if (SUBJECT_TYPES.has(e.type)) return e.id;
      if (e.type === 'person') {
        const orgs = [...new Set(e.relations.filter((r) => ROLE_KINDS.has(r.kind)).map((r) => r.target))];
        if (orgs.length === 1) return orgs[0];
      }
    }
    return undefined;
  }

  /** 公司 at a start, after punctuation or a listed word, or as 该公司/此公司/本公司; 其 as a pronoun. */
  private refersToSubject(t: string, start: number, word: string): boolean {
    if (word === '其') return !NOT_QI_AFTER.has(t[start + 1] ?? '') && !NOT_QI_BEFORE.has(t[start - 1] ?? '');
    if (word !== '公司') return true;
    if (start === 0) return true;
    const before = t[start - 1]!;
    return !/[\p{L}\p{N}]/u.test(before) || SUBJECT_PRECEDERS.has(before);
  }

  /** The person who holds `kind` (ceo-of …) at organisation `org`, if exactly one. */
  private holder(kind: RelationKind, org: string): string | undefined {
    const holders = [...this.byId.values()].filter((e) => e.relations.some((r) => r.kind === kind && r.target === org));
    return holders.length === 1 ? holders[0]!.id : undefined;
  }
}
