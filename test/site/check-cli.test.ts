/** npm run check: text with causes, --json, --format github; exit 1 only for invalid content. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, repo } from '../helpers/project.ts';

const run = (args: string[], cwd = repo) => spawnSync(process.execPath, [join(repo, 'src/cli/check.ts'), ...args], { cwd, encoding: 'utf8' });

describe('npm run check', () => {
  it('prints seeds/FILE:LINE:COL kind: message, with the other claims as causes, and exits 0', () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^seeds\/000_9e1dc24315306668\.txt:31:\d+ 行业的闲置率、利用率、点亮率数字口径不同.* \[f[0-9a-f]{12}\] {2}check\/scope-mismatch\n {2}seeds\/000_9e1dc24315306668\.txt:\d+:\d+ /m);
    expect(r.stdout).toMatch(/^check: \d+ finding\(s\): /m);
  });

  it('--json prints { findings } in the shape of dist/data/findings.json', () => {
    const r = run(['--json']);
    const json = JSON.parse(r.stdout) as { findings: unknown[] };
    expect(json).toEqual(JSON.parse(readFileSync(join(repo, 'dist/data/findings.json'), 'utf8')));
  });

  it('--format github prints workflow annotations', () => {
    const lines = run(['--format', 'github']).stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line).toMatch(/^::(notice|warning) file=seeds\/[^,]+,line=\d+,col=\d+,title=[^:]+::\S/);
    expect(lines.join('\n')).toContain('%25'); // percent signs escaped
  });

  it('exits 1 for invalid content, with file:line:col (and error annotations)', () => {
    const root = makeProject({ seeds: [join(repo, 'seeds/000_9e1dc24315306668.txt')], content: true });
    writeFileSync(join(root, 'content/metrics/bad.yaml'), 'id: bad\nname: 坏\ndimensions: [ratio]\nwindow: weekly\ndescription: x\n');
    const text = run([root], root);
    expect(text.status).toBe(1);
    expect(text.stderr).toMatch(/^content\/metrics\/bad\.yaml:4:9 window: Invalid option/m);
    const github = run(['--format', 'github', root], root);
    expect(github.status).toBe(1);
    expect(github.stdout).toMatch(/^::error file=content\/metrics\/bad\.yaml,line=4,col=9,title=/m);
  });
});
