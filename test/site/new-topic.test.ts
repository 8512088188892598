/** A new topic as the only seed, with no curated registry: npm run build publishes its entities as 自动识别, with evidence, on pages and in entities.json. */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, makeProject, repo, runBuild } from '../helpers/project.ts';
import { formLabel } from '../../src/entities/discover/discover.ts';
import type { Form } from '../../src/entities/discover/extract.ts';

describe('a new topic with no curated entities', () => {
  it('publishes discovered entities marked 自动识别, with their evidence', () => {
    const root = makeProject({ seeds: [fixture('topics/hog-capacity/seed.txt')], site: true });
    cpSync(join(repo, 'content/metrics'), join(root, 'content/metrics'), { recursive: true });
    const run = runBuild(root);
    expect(run.status, run.stderr).toBe(0);

    const entities = JSON.parse(readFileSync(join(root, 'dist/data/entities.json'), 'utf8')) as { id: string; name: string; aliases: string[]; url: string; claims: string[]; curated: boolean; discovered: { label: string; claims: number; evidence: { claim: string; form: string; text: string }[] } | null }[];
    expect(entities.length).toBeGreaterThanOrEqual(10);
    expect(entities.every((e) => !e.curated && e.discovered?.label === '自动识别' && e.discovered.evidence.length > 0)).toBe(true);
    const company = entities.find((e) => [e.name, ...e.aliases].includes('豫康牧业'))!;
    expect(company.claims.length).toBeGreaterThanOrEqual(10);
    expect(company.discovered!.claims).toBe(company.claims.length);
    // 中国畜牧业协会 is one organisation, not 中国.
    expect(entities.some((e) => e.name === '中国畜牧业协会')).toBe(true);
    expect(entities.some((e) => e.name === '中国')).toBe(false);

    const page = readFileSync(join(root, 'dist', company.url, 'index.html'), 'utf8');
    expect(page).toContain('自动识别');
    expect(page).toContain('尚未经人工审核');
    // Every piece of evidence links to its claim; the same name by the same form is one line, however many claims show it.
    const evidence = company.discovered!.evidence;
    for (const e of evidence.filter((e) => !e.claim.startsWith('title:'))) expect(page).toMatch(new RegExp(`<a href="/articles/[^"]+/#${e.claim}">`));
    const lines = new Set(evidence.map((e) => `${formLabel(e.form as Form)}：(?:<a href="[^"]*">)?${e.text}`));
    expect(lines.size).toBeLessThan(evidence.length);
    for (const line of lines) expect(page.match(new RegExp(line, 'g'))?.length, line).toBe(1);
    // Claims link to it from their articles.
    const claims = JSON.parse(readFileSync(join(root, 'dist/data/claims.json'), 'utf8')) as { url: string; entities: string[] }[];
    const linked = claims.find((c) => c.entities.includes(company.id))!;
    expect(readFileSync(join(root, 'dist', linked.url.split('#')[0]!, 'index.html'), 'utf8')).toContain(`href="${company.url}"`);
  });
});
