/**
 * What the search page reads out of the real index of the built site: every
 * claim is an anchor whose text is the claim as written, with its markers and
 * entities in the page's metadata; the entities' other names are in the search
 * page (src/search/claims.ts is tested on its own in test/search/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeClaimTags } from '../../src/site/search-tags.ts';
import { searchFragments } from '../helpers/dist.ts';
import { repo } from '../helpers/project.ts';

describe('the built index', () => {
  const fragments = searchFragments(join(repo, 'dist'));
  const claims = JSON.parse(readFileSync(join(repo, 'dist/data/claims.json'), 'utf8')) as { id: string; url: string; text: string; refs: number[]; entities: string[] }[];
  const entities = new Map((JSON.parse(readFileSync(join(repo, 'dist/data/entities.json'), 'utf8')) as { id: string; name: string }[]).map((e) => [e.id, e.name]));

  it('has every claim once, as an anchor on its article holding the claim as written', () => {
    const anchors = new Map(fragments.flatMap((f) => f.anchors.filter((a) => /^c[0-9a-f]{12}$/.test(a.id)).map((a) => [`${f.url}#${a.id}` as string, a] as const)));
    expect(anchors.size).toBe(claims.length);
    for (const claim of claims) {
      // Pagefind collapses runs of whitespace, as the browser does when it shows the page.
      expect(anchors.get(claim.url)?.text, claim.id).toBe(claim.text.replace(/\s+/g, ' ').trim());
    }
  });

  it('lists every claim in its page’s metadata with its markers and entities, so filters work per claim', () => {
    const tagged = new Map(fragments.flatMap((f) => Object.entries(decodeClaimTags(f.meta.claims, f.filters, f.anchors))));
    expect(tagged.size).toBe(claims.length);
    for (const claim of claims) {
      expect(tagged.get(claim.id)?.r, claim.id).toEqual(claim.refs);
      expect(tagged.get(claim.id)?.e ?? [], claim.id).toEqual(claim.entities.map((id) => entities.get(id)));
    }
  });

  it('gives the other names of the entities claims are linked to once, in the search page, not in each article’s metadata', () => {
    const page = readFileSync(join(repo, 'dist/search/index.html'), 'utf8');
    const attribute = /<form id="search-form"[^>]* data-names="([^"]*)"/.exec(page)?.[1];
    const names = JSON.parse(attribute!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as Record<string, string[]>;
    expect(names['萨提亚·纳德拉']).toEqual(expect.arrayContaining(['纳德拉', 'Satya Nadella']));
    for (const [name, others] of Object.entries(names)) {
      expect(others.length, name).toBeGreaterThan(0);
      expect(others).not.toContain(name);
    }
    const linked = new Set(fragments.flatMap((f) => Object.values(decodeClaimTags(f.meta.claims, f.filters, f.anchors)).flatMap((t) => t.e ?? [])));
    expect(linked.has('萨提亚·纳德拉')).toBe(true);
    expect(fragments.filter((f) => f.meta.names !== undefined).map((f) => f.url)).toEqual([]);
  });
});
