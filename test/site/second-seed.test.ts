/** Dropping a second export into seeds/ and running npm run build publishes it, claims exact. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/core/parse-seed.ts';
import { fixture, makeProject, repo, runBuild } from '../helpers/project.ts';

describe('a second export', () => {
  it('is published by npm run build beside the first', () => {
    const root = makeProject({ seeds: [join(repo, 'seeds/000_9e1dc24315306668.txt'), fixture('exports/second-export.txt')], content: true, site: true });
    const run = runBuild(root);
    expect(run.status, run.stderr).toBe(0);

    const second = parseSeed('seeds/second-export.txt', readFileSync(fixture('exports/second-export.txt'))).seed!;
    const expected = second.articles.flatMap((a) => a.sections.flatMap((s) => s.claims));
    expect(expected).toHaveLength(7);
    const claims = JSON.parse(readFileSync(join(root, 'dist/data/claims.json'), 'utf8')) as { id: string; text: string; url: string; entities: string[]; source: { file: string; line: number; column: number } }[];
    expect(claims).toHaveLength(147);
    for (const claim of expected) {
      const record = claims.find((c) => c.id === claim.id)!;
      expect(record.text).toBe(claim.text);
      expect(record.source).toEqual(claim.source);
      const [path] = record.url.split('#');
      expect(readFileSync(join(root, 'dist', path!, 'index.html'), 'utf8')).toContain(`id="${claim.id}"`);
    }
    // Display text as written: full-width markers are gone, full-width digits in text stay.
    expect(claims.map((c) => c.text)).toContain('美国总发电量约1200吉瓦,AI数据中心用电占比持续上升');
    expect(claims.map((c) => c.text)).toContain('谷歌表示[注]其数据中心利用率已达80%以上');
    // Its claims link to known entities with no manual step.
    const entitiesOf = (piece: string) => claims.find((c) => c.text.includes(piece))!.entities;
    expect(entitiesOf('微软与核电运营商')).toContain('microsoft');
    expect(entitiesOf('谷歌表示')).toContain('google');
    expect(entitiesOf('美国总发电量')).toContain('united-states');
    expect(entitiesOf('部分智算中心国产算力利用率不足20%')).toEqual(expect.arrayContaining(['intelligent-computing-center', 'domestic-chips']));
    const home = readFileSync(join(root, 'dist/index.html'), 'utf8');
    expect(home).toContain('<h1>算力过剩、数据中心电力</h1>');
    expect(home).toContain('<strong>12</strong> 篇文章');
  });
});
