/**
 * Identity that survives growth (issue 17): a verdict on every finding of the
 * seed, then an export on another topic whose figures join those findings.
 * Checking passes, at least 95% of the verdicts stay attached, and the rest
 * wait for re-review (待复核) naming their verdict file and nearest finding.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, makeProject, repo, runIngest } from '../helpers/project.ts';
import { runPipeline } from '../../src/pipeline/stages.ts';
import type { Corpus } from '../../src/pipeline/model.ts';

let root: string;
let before: Corpus;
let after: Corpus;

const verdict = (target: string) => `target: "${target}"\nverdict: "基本准确"\nexplanation: "核对过原文。"\nevidence:\n  - "https://example.org/${target}"\nreviewer: "测试"\ndate: "2025-12-05"\n`;

beforeAll(() => {
  root = makeProject({ seeds: [join(repo, 'seeds/000_9e1dc24315306668.txt')], content: true });
  before = runPipeline(root);
  mkdirSync(join(root, 'content/verdicts'), { recursive: true });
  for (const f of before.findings) writeFileSync(join(root, 'content/verdicts', `${f.id}-1.yaml`), verdict(f.id));
  cpSync(fixture('exports/growth-export.txt'), join(root, 'seeds/growth-export.txt'));
  const ingest = runIngest(root);
  if (ingest.status !== 0) throw new Error(ingest.stderr);
  after = runPipeline(root);
}, 120_000);

describe('finding ids when the corpus grows', () => {
  it('the new export joins existing findings', () => {
    const grown = after.findings.filter((f) => {
      const old = before.findings.find((o) => o.id === f.id);
      return old !== undefined && f.claims.length + (f.unlisted ?? 0) > old.claims.length + (old.unlisted ?? 0);
    });
    expect(grown.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps at least 95% of the verdicts attached, the rest 待复核 with the nearest finding', () => {
    const attached = after.findings.filter((f) => f.verdict !== null).length;
    expect(attached + after.staleVerdicts.length).toBe(before.findings.length);
    console.log(`[growth] ${before.findings.length} verdicts, ${attached} attached, ${after.staleVerdicts.length} 待复核`);
    expect(attached / before.findings.length).toBeGreaterThanOrEqual(0.95);
    for (const s of after.staleVerdicts) expect(after.findings.map((f) => f.id)).toContain(s.nearest);
  });

  it('lists the id of the formula before issue 17 among previousIds', () => {
    for (const f of after.findings) expect(f.previousIds).toHaveLength(1);
    // A verdict on an earlier id attaches to its finding.
    const f = after.findings[0]!;
    writeFileSync(join(root, 'content/verdicts', `${f.previousIds[0]}-1.yaml`), verdict(f.previousIds[0]!).replace('2025-12-05', '2025-12-06').replace('基本准确', '准确'));
    const again = runPipeline(root);
    expect(again.findings.find((x) => x.id === f.id)!.verdict).toMatchObject({ verdict: '准确', target: f.previousIds[0] });
  });

  it('npm run check passes and warns about a verdict waiting for re-review, naming the file and the nearest finding', () => {
    const target = `f${after.findings[0]!.id.slice(1, 7)}000000`;
    writeFileSync(join(root, 'content/verdicts', 'gone-1.yaml'), verdict(target));
    const run = spawnSync(process.execPath, [join(repo, 'src/cli/check.ts'), root], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`content/verdicts/gone-1\\.yaml:1:9 待复核.*${target}.*${after.findings[0]!.id}`));
  });
});
