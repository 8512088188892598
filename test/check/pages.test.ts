/** The checker on the built site: /checks/, badges on claims, entity findings and timelines, data fields. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/project.ts';

const read = (path: string) => readFileSync(join(repo, 'dist', path), 'utf8');
const { findings } = JSON.parse(read('data/findings.json')) as { findings: { id: string; kind: string; claims: { id: string; url: string }[] }[] };
const claims = JSON.parse(read('data/claims.json')) as { id: string; article: string; findings: string[]; quantities: { surface: string; amount: string | null }[] }[];

describe('checks on the site', () => {
  it('lists every finding on /checks/ by kind, with its claims', () => {
    const page = read('checks/index.html');
    for (const f of findings) {
      expect(page).toContain(`id="${f.id}"`);
      for (const c of f.claims) expect(page).toContain(`href="${c.url}"`);
    }
    expect(page).toContain('id="kind-scope-mismatch"');
  });

  it('badges each affected claim on its article page, linking to its findings', () => {
    for (const claim of claims.filter((c) => c.findings.length > 0)) {
      const html = read(`articles/${claim.article}/index.html`);
      const item = html.slice(html.indexOf(`<li id="${claim.id}"`), html.indexOf('</li>', html.indexOf(`<li id="${claim.id}"`)));
      for (const id of claim.findings) expect(item).toContain(`href="/checks/#${id}"`);
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
    expect(page).toMatch(/<h3>市值<\/h3>\s*<figure class="timeline"><svg viewBox="0 0 640 200" role="img"/);
    expect(page).toContain('4.69万亿美元');
    // Ranges are drawn as ranges.
    expect(read('entities/openai/index.html')).toMatch(/<line class="range"/);
  });
});
