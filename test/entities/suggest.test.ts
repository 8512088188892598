/** `npm run entities -- --suggest` on a fixture project: names the registry does not know, with counts. */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, repo, runIngest, tempDir } from '../helpers/project.ts';

describe('npm run entities -- --suggest', () => {
  it('lists unknown Latin, organisation and quoted names with counts; not known names (微软) nor common words (AI)', () => {
    const root = tempDir('kaozheng-suggest-');
    cpSync(fixture('suggest'), root, { recursive: true });
    expect(runIngest(root).status).toBe(0);
    const run = spawnSync(process.execPath, [join(repo, 'src/cli/entities.ts'), '--suggest', '--json', root], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { suggestions } = JSON.parse(run.stdout) as { suggestions: { name: string; count: number; kind: string }[] };
    expect(suggestions.map(({ name, count, kind }) => ({ name, count, kind }))).toEqual([
      { name: 'CoreWeave', count: 2, kind: 'latin' },
      { name: '海南华铁', count: 1, kind: 'organisation' },
      { name: '野火', count: 1, kind: 'quoted' },
    ]);
  });
});
