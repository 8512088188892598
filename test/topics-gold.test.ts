/**
 * The new-topic fixtures' gold is consistent with its seed: every claim
 * substring resolves to one claim, names are unique, findings name existing
 * claims, and each export has what it promises (articles, outlets, planted
 * findings of every kind).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/project.ts';
import { GoldError, loadTopic, scoreEntities, scoreFindings, scoreLinks, topicSlugs, TOPICS_DIR, type Topic } from './helpers/topics.ts';

const slugs = topicSlugs();

it('there are at least three topic fixtures', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(3);
});

/** Fewest planted findings of each kind per export; scope pairs and syndications are planted across the exports (see below). */
const PLANTED = { conflict: 3, corroboration: 3, change: 2, headline: 2 } as const;

it('plants scope pairs and syndications in the exports together', () => {
  const all = slugs.flatMap((slug) => loadTopic(slug).findings);
  expect(all.filter((f) => f.kind === 'scope-mismatch').length).toBeGreaterThanOrEqual(6);
  expect(all.filter((f) => f.kind === 'syndication').length).toBeGreaterThanOrEqual(3);
});

describe.each(slugs)('topic %s', (slug) => {
  const topic: Topic = loadTopic(slug);
  const outletOf = new Map(topic.articles.flatMap((a) => a.claims.map((c) => [c, a.outlet] as const)));
  const titleOutlet = new Map(topic.articles.map((a) => [`title:${a.slug}`, a.outlet]));
  const outlet = (ref: string) => outletOf.get(ref) ?? titleOutlet.get(ref);
  const articleOf = (ref: string) => topic.articles.find((a) => a.claims.includes(ref) || ref === `title:${a.slug}`)?.slug;

  it('is an export of eight articles or more from six outlets or more, with 80 claims or more', () => {
    expect(topic.articles.length).toBeGreaterThanOrEqual(8);
    expect(new Set(topic.articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(6);
    expect(topic.claims.size).toBeGreaterThanOrEqual(80);
  });

  it('names every entity once, with a claim or more', () => {
    const names = topic.entities.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of topic.entities) expect(e.claims.length, e.name).toBeGreaterThan(0);
    expect(topic.entities.filter((e) => e.claims.length >= 2).length).toBeGreaterThanOrEqual(10);
  });

  it('plants findings of every kind, each on claims that exist', () => {
    for (const [kind, least] of Object.entries(PLANTED)) expect(topic.findings.filter((f) => f.kind === kind).length, kind).toBeGreaterThanOrEqual(least);
    expect(topic.never.length).toBeGreaterThanOrEqual(4);
    for (const f of topic.findings) for (const ref of f.claims) expect(outlet(ref), `${f.note}: ${ref}`).toBeDefined();
  });

  it('plants conflicts and syndications across outlets, corroborations across articles', () => {
    for (const f of topic.findings.filter((x) => x.kind === 'conflict' || x.kind === 'syndication')) {
      expect(new Set(f.claims.map(outlet)).size, `${f.kind} line ${f.line}: ${f.note}`).toBeGreaterThanOrEqual(2);
    }
    for (const f of topic.findings.filter((x) => x.kind === 'corroboration')) {
      expect(new Set(f.claims.map(articleOf)).size, `${f.kind} line ${f.line}: ${f.note}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('never asks for a pair that is also a planted conflict or scope mismatch', () => {
    for (const n of topic.never) {
      const clash = topic.findings.filter((f) => (f.kind === 'conflict' || f.kind === 'scope-mismatch') && n.claims.every((c) => f.claims.includes(c)));
      expect(clash, `never line ${n.line}`).toEqual([]);
    }
  });

  it('scores itself perfectly: the gold is a possible answer', () => {
    const entities = scoreEntities(topic, topic.entities.map((e) => ({ name: e.name, aliases: e.aliases, type: e.type })));
    expect(entities.recall.value).toBe(1);
    expect(entities.precision.value).toBe(1);
    const links = scoreLinks(topic, new Map([...topic.claims.keys()].map((c) => [c, topic.entities.filter((e) => e.claims.includes(c)).map((e) => e.name)])));
    expect(links.recall.value).toBe(1);
    expect(links.precision.value).toBe(1);
    const findings = scoreFindings(topic, topic.findings);
    expect(findings.recall.value).toBe(1);
    expect(findings.falseConflicts).toEqual([]);
  });
});

describe('the scorer', () => {
  const topic = loadTopic(slugs[0]!);
  const gold = topic.entities.find((e) => e.aliases.length > 0 && e.claims.length >= 2)!;

  it('matches found entities by any name after NFKC and case folding, and lists the wrong ones', () => {
    const score = scoreEntities(topic, [{ name: gold.aliases[0]!.toUpperCase(), aliases: [] }, { name: '不存在的公司', aliases: [] }, { name: topic.acceptable[0]!, aliases: [] }]);
    expect(score.recall.hit).toBe(1);
    expect(score.precision).toMatchObject({ hit: 2, of: 3 });
    expect(score.wrong).toEqual(['不存在的公司']);
  });

  it('counts a link to a gold entity by alias, and a link to an unknown name as wrong', () => {
    const claim = gold.claims[0]!;
    const score = scoreLinks(topic, new Map([[claim, [gold.aliases[0]!, '不存在的公司']]]));
    expect(score.recall.hit).toBe(1);
    expect(score.precision).toMatchObject({ hit: 1, of: 2 });
  });

  it('finds a planted finding only with all its claims and the same kind; a conflict on a never pair is false', () => {
    const conflict = topic.findings.find((f) => f.kind === 'conflict')!;
    const never = topic.never[0]!;
    const score = scoreFindings(topic, [
      { kind: 'conflict', claims: conflict.claims },
      { kind: 'corroboration', claims: conflict.claims.slice(0, 1) },
      { kind: 'conflict', claims: never.claims },
    ]);
    expect(score.recall.hit).toBe(1);
    expect(score.falseConflicts).toEqual([{ kind: 'conflict', claims: never.claims }]);
    expect(score.neverViolations.length).toBe(1);
  });
});

describe('a broken gold file', () => {
  const broken = (gold: (text: string) => string) => {
    const dir = tempDir('topics-');
    const slug = slugs[0]!;
    mkdirSync(join(dir, slug));
    cpSync(join(TOPICS_DIR, slug, 'seed.txt'), join(dir, slug, 'seed.txt'));
    const text = loadGoldText(slug);
    writeFileSync(join(dir, slug, 'gold.yaml'), gold(text));
    return () => loadTopic(slug, dir);
  };

  it('names the gold line of a substring that matches no claim', () => {
    const load = broken((t) => t.replace(/^(\s+- )"[^"]+"/m, '$1"这段文字不在任何说法里"'));
    expect(load).toThrow(GoldError);
    expect(load).toThrow(/gold\.yaml:\d+: "这段文字不在任何说法里" matches 0 claims/);
  });

  it('names the gold line of a substring that matches several claims', () => {
    const load = broken((t) => t.replace(/^(\s+- )"[^"]+"/m, '$1"，"'));
    expect(load).toThrow(/gold\.yaml:\d+: "，" matches \d+ claims/);
  });

  it('refuses an unquoted code', () => {
    const load = broken((t) => t.replace(/aliases: \[/, 'aliases: [002714, '));
    expect(load).toThrow(/quote codes/);
  });
});

function loadGoldText(slug: string): string {
  return readFileSync(join(TOPICS_DIR, slug, 'gold.yaml'), 'utf8');
}
