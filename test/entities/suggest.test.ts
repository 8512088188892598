/** `npm run entities -- --suggest [--write]` on a fixture project: discovered entities, names nothing knows, and confirming by writing the registry file. */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostic.ts';
import { loadCorpus } from '../../src/pipeline/load.ts';
import { entityUrl } from '../../src/site/urls.ts';
import { readRegistry } from '../../src/entities/registry.ts';
import { fixture, repo, runIngest, tempDir } from '../helpers/project.ts';

const project = () => {
  const root = tempDir('kaozheng-suggest-');
  cpSync(fixture('suggest'), root, { recursive: true });
  expect(runIngest(root).status).toBe(0);
  return root;
};
const entities = (root: string, ...flags: string[]) => {
  const run = spawnSync(process.execPath, [join(repo, 'src/cli/entities.ts'), '--suggest', '--json', ...flags, root], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { discovered: { id: string; name: string; claims: number; file: string }[]; suggestions: { name: string; count: number; kind: string }[]; written: string[] };
};

describe('npm run entities -- --suggest', () => {
  it('lists discovered entities (CoreWeave, in two claims) and other names nothing knows; not known names (微软) nor common words (AI)', () => {
    const { discovered, suggestions } = entities(project());
    expect(discovered.map(({ id, name, claims }) => ({ id, name, claims }))).toEqual([{ id: 'coreweave', name: 'CoreWeave', claims: 2 }]);
    expect(suggestions.map(({ name, count, kind }) => ({ name, count, kind }))).toEqual([
      { name: '海南华铁', count: 1, kind: 'organisation' },
      { name: '野火', count: 1, kind: 'quoted' },
    ]);
  });

  it('--write turns discovered entities into registry files that validate; the confirmed entry replaces the discovered one at the same URL', () => {
    const root = project();
    const before = loadCorpus(root);
    const discovered = before.entities.find((e) => e.id === 'coreweave')!;
    expect(discovered.discovered?.evidence.length).toBeGreaterThan(0);
    const claimsBefore = before.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.filter((c) => c.entities.includes('coreweave')).map((c) => c.id)));

    const { written } = entities(root, '--write');
    expect(written).toEqual(['content/entities/coreweave.yaml']);
    const registry = readRegistry(root);
    expect(registry.diagnostics.map(formatDiagnostic)).toEqual([]);
    // A reviewer edits the description: the curated entry wins, under the same id and URL.
    const path = join(root, 'content/entities/coreweave.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^description: .*$/m, 'description: 美国 AI 云服务商。'));
    const after = loadCorpus(root);
    const confirmed = after.entities.filter((e) => e.id === 'coreweave');
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]!.discovered).toBeUndefined();
    expect(confirmed[0]!.description).toBe('美国 AI 云服务商。');
    expect(entityUrl(confirmed[0]!.id)).toBe(entityUrl(discovered.id));
    expect(after.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.filter((c) => c.entities.includes('coreweave')).map((c) => c.id)))).toEqual(claimsBefore);
    // A second run writes nothing: existing files are kept.
    expect(entities(root, '--write').written).toEqual([]);
  });

  it('a rejected name is never published', () => {
    const root = project();
    writeFileSync(join(root, 'content/entities/rejected.yaml'), '- name: CoreWeave\n  reason: 测试否决\n');
    const { discovered } = entities(root);
    expect(discovered).toEqual([]);
    expect(readRegistry(root).diagnostics).toEqual([]);
    writeFileSync(join(root, 'content/entities/rejected.yaml'), '- name: CoreWeave\n');
    const run = spawnSync(process.execPath, [join(repo, 'src/cli/entities.ts'), root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/entities\/rejected\.yaml:1:1 .*reason/);
  });
});
