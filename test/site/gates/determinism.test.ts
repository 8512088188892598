/** Two builds of the same input are byte-identical outside dist/pagefind/, whatever the time zone. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, repo, runBuild, snapshot } from '../../helpers/project.ts';

function build(tz: string): Map<string, string> {
  const root = makeProject({ seeds: [join(repo, 'seeds/000_9e1dc24315306668.txt')], content: true, site: true });
  process.env.TZ = tz;
  try {
    const run = runBuild(root);
    if (run.status !== 0) throw new Error(run.stderr);
  } finally {
    delete process.env.TZ;
  }
  return new Map([...snapshot(join(root, 'dist'))].filter(([file]) => !file.startsWith('pagefind/')));
}

describe('determinism', () => {
  it('builds identically under TZ=Asia/Shanghai and TZ=America/Los_Angeles', () => {
    const shanghai = build('Asia/Shanghai');
    const angeles = build('America/Los_Angeles');
    expect([...shanghai.keys()]).toEqual([...angeles.keys()]);
    const differing = [...shanghai].filter(([file, bytes]) => angeles.get(file) !== bytes).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(shanghai.size).toBeGreaterThan(90);
  });
});
