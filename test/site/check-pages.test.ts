/** The checker on the built site: /checks/, badges on claims, entity findings and timelines, data fields. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/project.ts';

const read = (path: string) => readFileSync(join(repo, 'dist', path), 'utf8');
const { findings } = JSON.parse(read('data/findings.json')) as { findings: { id: string; kind: string; url: string; claims: { id: string; url: string }[] }[] };
const urlOf = new Map(findings.map((f) => [f.id, f.url]));
const claims = JSON.parse(read('data/claims.json')) as { id: string; article: string; findings: string[]; quantities: { surface: string; amount: string | null }[] }[];

describe('checks on the site', () => {
  it('lists every finding on its kind’s page (its canonical URL), with its claims; /checks/ gives the overview', () => {
    for (const f of findings) {
      const [path, anchor] = f.url.split('#');
      expect(path).toMatch(new RegExp(`^/checks/${f.kind}/(\\d+/)?$`));
      const page = read(`${path!.slice(1)}index.html`);
      expect(page).toContain(`id="${anchor}"`);
      for (const c of f.claims) expect(page).toContain(`href="${c.url}"`);
    }
    expect(read('checks/index.html')).toContain('id="kind-scope-mismatch"');
  });

  it('pages findings by kind, 50 to a page, in the checker’s order', async () => {
    const { findingUrls } = await import('../../src/site/finding-urls.ts');
    const many = Array.from({ length: 51 }, (_, i) => ({ id: `f${String(i).padStart(12, '0')}`, kind: 'change' as const }));
    const urls = findingUrls([{ id: 'fa', kind: 'conflict' as const }, ...many]);
    expect(urls.get('fa')).toBe('/checks/conflict/#fa');
    expect(urls.get(many[49]!.id)).toBe(`/checks/change/#${many[49]!.id}`);
    expect(urls.get(many[50]!.id)).toBe(`/checks/change/2/#${many[50]!.id}`);
  });

  it('badges each affected claim on its article page, linking to its findings', () => {
    for (const claim of claims.filter((c) => c.findings.length > 0)) {
      const html = read(`articles/${claim.article}/index.html`);
      const start = html.lastIndexOf('<li class="claim"', html.indexOf(`id="${claim.id}"`));
      const item = html.slice(start, html.indexOf('</li>', start));
      for (const id of claim.findings) expect(item).toContain(`href="${urlOf.get(id)}"`);
      // Two findings of one kind are numbered: no two badges of a claim read the same.
      const badges = [...item.matchAll(/<a class="badge[^"]*"[^>]*>([^<]+)<\/a>/g)].map(([, text]) => text);
      expect(badges).toHaveLength(claim.findings.length);
      expect(new Set(badges).size).toBe(badges.length);
    }
  });

  it('gives claims.json quantities and findings consistent with findings.json', () => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const f of findings) for (const c of f.claims) if (!c.id.startsWith('title:')) expect(byId.get(c.id)!.findings).toContain(f.id);
    const rev = claims.find((c) => c.quantities.some((q) => q.surface === '1300亿美元'))!;
    expect(rev.quantities.find((q) => q.surface === '1300亿美元')!.amount).toBe('130000000000');
  });

  it('shows an entity’s findings, figures table and SVG timeline', () => {
    const page = read('entities/nvidia/index.html');
    expect(page).toContain('核查发现');
    // Drawn for a desktop and for a phone; values written beside the marks, not only in hover titles.
    expect(page).toMatch(/<h3>市值<\/h3>\s*<figure class="timeline"><svg class="timeline-wide" viewBox="0 0 640 240" role="img"[^]*?<svg class="timeline-narrow" viewBox="0 0 360 240" role="img"/);
    expect(page).toMatch(/<text class="value"[^>]*>4\.69万亿美元<\/text>/);
    expect(page).toContain('4.69万亿美元');
    // Ranges are drawn as ranges.
    expect(read('entities/openai/index.html')).toMatch(/<line class="range"/);
  });
});
