/**
 * New-topic fixtures (test/fixtures/topics/<slug>/seed.txt + gold.yaml) and
 * their scoring. The gold names claims by substrings of their text; loading
 * resolves each to exactly one claim id, or throws with the gold file's line.
 * The scores read a neutral result shape (names, claim ids, kinds), so they
 * do not depend on the pipeline's internals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { formatDiagnostic } from '../../src/core/diagnostic.ts';
import type { SeedExport } from '../../src/core/model.ts';
import { parseSeed } from '../../src/core/parse-seed.ts';
import { articleSlug, uniqueSlug } from '../../src/core/slug.ts';
import { ENTITY_TYPES } from '../../src/entities/schema.ts';
import { fixture } from './project.ts';

export const TOPICS_DIR = fixture('topics');
export const FINDING_KINDS = ['conflict', 'corroboration', 'change', 'headline', 'scope-mismatch', 'syndication'] as const;
export type PlantedKind = (typeof FINDING_KINDS)[number];

/** A claim id, or `title:<article slug>` for an article's title. */
export type ClaimRef = string;

export interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  /** Resolved claim ids, in gold order. */
  claims: string[];
  line: number;
}

export interface GoldFinding {
  kind: PlantedKind;
  entity: string | null;
  metric: string;
  claims: ClaimRef[];
  note: string;
  line: number;
}

export interface GoldNever {
  claims: [string, string];
  note: string;
  line: number;
}

export interface TopicArticle {
  id: string;
  /** The slug ingest gives the article when the topic is the only seed. */
  slug: string;
  title: string;
  outlet: string;
  claims: string[];
}

export interface Topic {
  slug: string;
  topic: string;
  seed: SeedExport;
  articles: TopicArticle[];
  /** Claim id → text. */
  claims: Map<string, string>;
  entities: GoldEntity[];
  acceptable: string[];
  findings: GoldFinding[];
  never: GoldNever[];
}

export class GoldError extends Error {}

/** The slugs of every topic fixture, sorted. */
export function topicSlugs(): string[] {
  return readdirSync(TOPICS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** Parse `<slug>/seed.txt` with the project's parser and resolve `<slug>/gold.yaml` against it. */
export function loadTopic(slug: string, dir = TOPICS_DIR): Topic {
  const seedFile = `${dir === TOPICS_DIR ? 'test/fixtures/topics' : dir}/${slug}/seed.txt`;
  const goldFile = `${dir === TOPICS_DIR ? 'test/fixtures/topics' : dir}/${slug}/gold.yaml`;
  const parsed = parseSeed(seedFile, readFileSync(join(dir, slug, 'seed.txt')));
  if (!parsed.seed || parsed.diagnostics.length > 0) throw new GoldError(parsed.diagnostics.map(formatDiagnostic).join('\n'));
  const seed = parsed.seed;

  const taken = new Set<string>();
  const articles: TopicArticle[] = seed.articles.map((a) => {
    const articleSlugValue = uniqueSlug(articleSlug(a.printed, a.title), taken);
    taken.add(articleSlugValue);
    return { id: a.id, slug: articleSlugValue, title: a.title, outlet: a.outlet, claims: a.sections.flatMap((s) => s.claims.map((c) => c.id)) };
  });
  const claims = new Map(seed.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.map((c) => [c.id as string, c.text] as const))));

  const text = readFileSync(join(dir, slug, 'gold.yaml'), 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: unknown) => (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? lines.linePos(node.range[0] as number).line : 1);
  const fail = (node: unknown, message: string): never => {
    throw new GoldError(`${goldFile}:${lineOf(node)}: ${message}`);
  };
  if (doc.errors.length > 0) fail(undefined, doc.errors.map((e) => e.message).join('; '));
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'the gold file must be a mapping');

  const get = (map: YamlNode, key: string): unknown => (isMap(map) ? map.get(key, true) : undefined);
  const str = (node: unknown, what: string): string => (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' ? node.value : fail(node, `${what} must be a non-empty string`));
  const strOrNull = (node: unknown, what: string): string | null => (isScalar(node) && node.value === null ? null : str(node, what));
  const seq = (node: unknown, what: string): YamlNode[] => (isSeq(node) ? (node.items as YamlNode[]) : fail(node, `${what} must be a list`));
  // Codes must be quoted: YAML reads 002714 as the number 2714.
  const strings = (node: unknown, what: string) => seq(node, what).map((n) => (isScalar(n) && typeof n.value === 'string' ? n.value : fail(n, `${what}: every item must be a string (quote codes such as "002714")`)));

  const resolveClaim = (node: unknown): string => {
    const sub = str(node, 'a claim substring');
    const hits = [...claims].filter(([, t]) => t.includes(sub));
    if (hits.length !== 1) fail(node, `"${sub}" matches ${hits.length} claims of ${seedFile}, not exactly one${hits.length > 1 ? `: ${hits.slice(0, 3).map(([, t]) => `「${t}」`).join(' ')}` : ''}`);
    return hits[0]![0];
  };
  const resolveRef = (node: unknown): ClaimRef => {
    const sub = str(node, 'a claim substring');
    if (!sub.startsWith('title:')) return resolveClaim(node);
    const hits = articles.filter((a) => a.title.includes(sub.slice('title:'.length)));
    if (hits.length !== 1) fail(node, `"${sub}" matches ${hits.length} titles, not exactly one`);
    return `title:${hits[0]!.slug}`;
  };

  const topic = str(get(root, 'topic'), 'topic');
  if (topic !== seed.topic) fail(get(root, 'topic'), `topic "${topic}" is not the seed's query "${seed.topic}"`);

  const entities = seq(get(root, 'entities'), 'entities').map((node): GoldEntity => {
    const type = str(get(node, 'type'), 'type');
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) fail(get(node, 'type'), `type "${type}" is not one of ${ENTITY_TYPES.join(', ')}`);
    const resolved = seq(get(node, 'claims'), 'claims').map((c) => [c, resolveClaim(c)] as const);
    const ids = new Set<string>();
    for (const [c, id] of resolved) {
      if (ids.has(id)) fail(c, `claim 「${claims.get(id)}」 is listed twice for one entity`);
      ids.add(id);
    }
    return { name: str(get(node, 'name'), 'name'), type, aliases: strings(get(node, 'aliases'), 'aliases'), roles: strings(get(node, 'roles'), 'roles'), claims: [...ids], line: lineOf(node) };
  });
  const owner = new Map<string, string>();
  for (const e of entities) {
    for (const form of [e.name, ...e.aliases]) {
      const key = nameKey(form);
      const other = owner.get(key);
      if (other !== undefined) throw new GoldError(`${goldFile}:${e.line}: "${form}" names both "${other}" and "${e.name}"`);
      owner.set(key, e.name);
    }
  }
  const names = new Set(entities.map((e) => e.name));

  const findings = seq(get(root, 'findings'), 'findings').map((node): GoldFinding => {
    const kind = str(get(node, 'kind'), 'kind');
    if (!(FINDING_KINDS as readonly string[]).includes(kind)) fail(get(node, 'kind'), `kind "${kind}" is not one of ${FINDING_KINDS.join(', ')}`);
    const entity = strOrNull(get(node, 'entity'), 'entity');
    if (entity !== null && !names.has(entity)) fail(get(node, 'entity'), `entity "${entity}" is not a gold entity name`);
    const refs = seq(get(node, 'claims'), 'claims').map(resolveRef);
    if (refs.length === 0) fail(node, 'a finding names at least one claim');
    if (new Set(refs).size !== refs.length) fail(node, 'a finding names one claim twice');
    return { kind: kind as PlantedKind, entity, metric: str(get(node, 'metric'), 'metric'), claims: refs, note: str(get(node, 'note'), 'note'), line: lineOf(node) };
  });

  const never = seq(get(root, 'never'), 'never').map((node): GoldNever => {
    const refs = seq(get(node, 'claims'), 'claims').map(resolveClaim);
    if (refs.length !== 2 || refs[0] === refs[1]) fail(node, 'a never pair names two different claims');
    return { claims: [refs[0]!, refs[1]!], note: str(get(node, 'note'), 'note'), line: lineOf(node) };
  });

  return { slug, topic, seed, articles, claims, entities, acceptable: strings(get(root, 'acceptable'), 'acceptable'), findings, never };
}

/** Names compare after NFKC, case folding and one kind of middle dot. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[・•‧∙･]/g, '·').trim();
}

/** A ratio with its counts; `value` is null when nothing was there to count. */
export interface Ratio {
  hit: number;
  of: number;
  value: number | null;
}
const ratio = (hit: number, of: number): Ratio => ({ hit, of, value: of === 0 ? null : hit / of });

export interface FoundEntity {
  name: string;
  aliases: string[];
  type?: string;
}

export interface EntityScore {
  /** Over gold entities named in two claims or more. */
  recall: Ratio;
  /** Over found entities: correct when a name matches a gold name or alias, or is acceptable. */
  precision: Ratio;
  /** Gold entities (named ≥ 2 claims) that nothing found matches. */
  missed: string[];
  /** Found entities that match nothing. */
  wrong: string[];
  /** Gold entities that several found entities match (split pages). */
  split: string[];
  /** Found entity matched to a gold entity of another type: `found (type) → gold (type)`. */
  typeMismatches: string[];
}

/** The gold entity (or `acceptable`) a name or alias stands for. */
function entityIndex(gold: Topic) {
  const byKey = new Map<string, GoldEntity>();
  for (const e of gold.entities) for (const form of [e.name, ...e.aliases]) byKey.set(nameKey(form), e);
  const acceptable = new Set(gold.acceptable.map(nameKey));
  return { byKey, acceptable };
}

export function scoreEntities(gold: Topic, found: readonly FoundEntity[]): EntityScore {
  const { byKey, acceptable } = entityIndex(gold);
  const matchedBy = new Map<string, number>();
  const wrong: string[] = [];
  const typeMismatches: string[] = [];
  let correct = 0;
  for (const f of found) {
    const forms = [f.name, ...f.aliases].map(nameKey);
    const matches = new Set(forms.map((k) => byKey.get(k)).filter((e): e is GoldEntity => e !== undefined));
    if (matches.size > 0 || forms.some((k) => acceptable.has(k))) correct++;
    else wrong.push(f.name);
    for (const e of matches) {
      matchedBy.set(e.name, (matchedBy.get(e.name) ?? 0) + 1);
      if (f.type !== undefined && f.type !== e.type) typeMismatches.push(`${f.name} (${f.type}) → ${e.name} (${e.type})`);
    }
  }
  const required = gold.entities.filter((e) => e.claims.length >= 2);
  const missed = required.filter((e) => !matchedBy.has(e.name)).map((e) => e.name);
  return {
    recall: ratio(required.length - missed.length, required.length),
    precision: ratio(correct, found.length),
    missed,
    wrong,
    split: [...matchedBy].filter(([, n]) => n > 1).map(([name]) => name),
    typeMismatches,
  };
}

export interface LinkScore {
  /** Over gold (claim, entity) pairs. */
  recall: Ratio;
  /** Over found links that name a gold entity or an unknown name; links to acceptable names are neither right nor wrong. */
  precision: Ratio;
  /** Examples of each, `claim text ⟶ entity`, first few. */
  missed: string[];
  wrong: string[];
}

/** `links`: claim id → the entities found in it, by name or alias. */
export function scoreLinks(gold: Topic, links: ReadonlyMap<string, readonly string[]>): LinkScore {
  const { byKey, acceptable } = entityIndex(gold);
  const expected = new Set(gold.entities.flatMap((e) => e.claims.map((c) => `${c}\u0000${e.name}`)));
  const got = new Set<string>();
  const wrong: string[] = [];
  let judged = 0;
  for (const [claim, names] of links) {
    for (const name of names) {
      const key = nameKey(name);
      const entity = byKey.get(key);
      if (!entity && acceptable.has(key)) continue;
      judged++;
      const pair = `${claim}\u0000${entity?.name ?? name}`;
      if (entity && expected.has(pair)) got.add(pair);
      else wrong.push(`${gold.claims.get(claim) ?? claim} ⟶ ${name}`);
    }
  }
  const missed = [...expected].filter((p) => !got.has(p)).map((p) => {
    const [claim, name] = p.split('\u0000');
    return `${gold.claims.get(claim!)} ⟶ ${name}`;
  });
  return { recall: ratio(got.size, expected.size), precision: ratio(judged - wrong.length, judged), missed, wrong };
}

export interface FoundFinding {
  kind: string;
  /** Claim ids; titles as `title:<article slug>`. */
  claims: readonly string[];
}

export interface FindingScore {
  recall: Ratio;
  /** Per planted kind. */
  byKind: Record<string, Ratio>;
  missed: GoldFinding[];
  /** Found conflicts that contain a `never` pair, or share fewer than two claims with every planted conflict. */
  falseConflicts: FoundFinding[];
  /** Found conflicts or scope mismatches that contain a `never` pair. */
  neverViolations: FoundFinding[];
}

/** A found kind that finds a planted kind: the same kind. */
const finds = (planted: PlantedKind, found: string) => planted === found;

export function scoreFindings(gold: Topic, findings: readonly FoundFinding[]): FindingScore {
  const missed: GoldFinding[] = [];
  const byKind: Record<string, Ratio> = {};
  for (const kind of FINDING_KINDS) {
    const planted = gold.findings.filter((f) => f.kind === kind);
    if (planted.length === 0) continue;
    const found = planted.filter((p) => findings.some((f) => finds(kind, f.kind) && p.claims.every((c) => f.claims.includes(c))));
    missed.push(...planted.filter((p) => !found.includes(p)));
    byKind[kind] = ratio(found.length, planted.length);
  }
  const hasNever = (f: FoundFinding) => gold.never.some((n) => n.claims.every((c) => f.claims.includes(c)));
  const planted = gold.findings.filter((p) => p.kind === 'conflict');
  const falseConflicts = findings.filter((f) => f.kind === 'conflict' && (hasNever(f) || !planted.some((p) => p.claims.filter((c) => f.claims.includes(c)).length >= 2)));
  const neverViolations = findings.filter((f) => (f.kind === 'conflict' || f.kind === 'scope-mismatch') && hasNever(f));
  return { recall: ratio(gold.findings.length - missed.length, gold.findings.length), byKind, missed, falseConflicts, neverViolations };
}

/** `0.83 (20/24)`, or `– (0/0)`. */
export function formatRatio(r: Ratio): string {
  return `${r.value === null ? '–' : r.value.toFixed(2)} (${r.hit}/${r.of})`;
}
