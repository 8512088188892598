/**
 * Records for `dist/data/claims.json` and `dist/data/articles.json`. Field
 * names are a promise to users' tools: extend, never rename.
 */
import type { CorpusArticle } from '../pipeline/model.ts';
import type { PublishedClaim } from './publish.ts';
import type { EntityEntry } from './entity-index.ts';
import { articleUrl, claimUrl, entityUrl } from './urls.ts';

export { articleUrl, claimUrl, entityUrl } from './urls.ts';

export type { CorpusArticle };

export interface ClaimRecord {
  id: string;
  /** Site-relative permalink: `/articles/<slug>/#<id>`. */
  url: string;
  /** Article slug. */
  article: string;
  articleTitle: string;
  /** Section heading as written, or null. */
  section: string | null;
  /** The claim as written, without markers. */
  text: string;
  /** Paragraph numbers of the original article. */
  refs: number[];
  source: { file: string; line: number; column: number };
  outlet: string;
  published: string;
  /** Ids of the entities the claim is about (see /data/entities.json). */
  entities: string[];
  /** Figures read from the text: exact decimal strings, interval, unit, hedge, span. */
  quantities: PublishedClaim['quantities'];
  /** Ids of the checker's findings that involve the claim (see /data/findings.json). */
  findings: string[];
  /** The claim's text as corrected by reviewers, or null (the original stays in `text`). */
  corrected: string | null;
  /** Reviewers' corrections, oldest first (see /corrections/). */
  corrections: { field: string; wrong: string; right: string; reason: string; evidence: string[]; reviewer: string; date: string }[];
  /** The current verdict, or null. */
  verdict: { verdict: string; explanation: string; evidence: string[]; reviewer: string; date: string } | null;
}

export interface ArticleRecord {
  id: string;
  slug: string;
  url: string;
  title: string;
  outlet: string;
  published: string;
  printed: string;
  topic: string;
  source: { file: string; line: number; column: number };
  sections: (string | null)[];
  claims: string[];
}


/** Claims in corpus order: articles newest first, claims in the order written (made as they are read). */
export function* claimRecords(articles: readonly CorpusArticle[]): Generator<ClaimRecord> {
  for (const a of articles) {
    for (const s of a.sections) {
      for (const c of s.claims) {
        yield {
          id: c.id,
          url: claimUrl(a.slug, c.id),
          article: a.slug,
          articleTitle: a.title,
          section: s.heading,
          text: c.text,
          refs: c.refs,
          source: { file: a.seed.file, line: c.line, column: c.column },
          outlet: a.outlet,
          published: a.published,
          entities: c.entities,
          quantities: c.quantities,
          findings: c.findings,
          corrected: c.corrections.filter((x) => x.field === 'text').at(-1)?.right ?? null,
          corrections: c.corrections.map(({ file: _file, claim: _claim, ...x }) => x),
          verdict: c.verdict ? (({ file: _file, target: _target, ...x }) => x)(c.verdict) : null,
        };
      }
    }
  }
}

export function articleRecords(articles: readonly CorpusArticle[]): ArticleRecord[] {
  return articles.map((a) => ({
    id: a.id,
    slug: a.slug,
    url: articleUrl(a.slug),
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    printed: a.printed,
    topic: a.topic,
    source: a.seed,
    sections: a.sections.map((s) => s.heading),
    claims: a.sections.flatMap((s) => s.claims.map((c) => c.id)),
  }));
}

export function claimCount(article: CorpusArticle): number {
  return article.sections.reduce((n, s) => n + s.claims.length, 0);
}

export interface EntityRecord {
  id: string;
  name: string;
  names: { zh?: string; en?: string };
  type: string;
  aliases: string[];
  roles: string[];
  relations: { kind: string; target: string }[];
  description: string;
  wikidata: string | null;
  url: string;
  /** Ids of every claim about the entity, oldest article first. */
  claims: string[];
  /** False for an entity discovered in the corpus (自动识别), not in content/entities/. */
  curated: boolean;
  /** For a discovered entity: claims linked, the strong form that published it (or null: it recurs), and the evidence (claim id, form, name as written). */
  discovered: { label: '自动识别'; claims: number; strong: string | null; evidence: { claim: string; form: string; text: string }[] } | null;
}

/** Records for `dist/data/entities.json`, in id order. */
export function entityRecords(index: ReadonlyMap<string, EntityEntry>): EntityRecord[] {
  return [...index.values()]
    .map(({ entity, claimIds }) => ({
      id: entity.id,
      name: entity.name,
      names: entity.names ?? {},
      type: entity.type,
      aliases: entity.aliases,
      roles: entity.roles,
      relations: entity.relations,
      description: entity.description,
      wikidata: entity.wikidata ?? null,
      url: entityUrl(entity.id),
      claims: claimIds,
      curated: !entity.discovered,
      discovered: entity.discovered ? { label: '自动识别' as const, ...entity.discovered, claims: claimIds.length } : null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
