/**
 * Corrections flow into the checker (issue 17): findings are computed on the
 * corrected text, show the original beside it, and a finding the correction
 * resolves is listed as resolved by it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, repo } from '../helpers/project.ts';
import { runPipeline } from '../../src/pipeline/stages.ts';

describe('a correction that changes a figure', () => {
  it('changes the findings the claim took part in', () => {
    const root = makeProject({ seeds: [join(repo, 'seeds/000_9e1dc24315306668.txt')], content: true });
    const before = runPipeline(root);
    const agreed = before.findings.find((f) => f.kind === 'corroboration' && f.claims.some((c) => c.text.includes('1.4万亿美元')))!;
    const claim = agreed.claims.find((c) => c.text.includes('1.4万亿美元'))!;
    mkdirSync(join(root, 'content/corrections'), { recursive: true });
    const right = claim.text.replace('1.4万亿美元', '2万亿美元');
    writeFileSync(join(root, 'content/corrections', `${claim.id}-1.yaml`), `claim: "${claim.id}"\nfield: "text"\nright: "${right}"\nreason: "原文数字有误。"\nevidence:\n  - "https://example.org/fix"\nreviewer: "测试"\ndate: "2025-12-05"\n`);
    const after = runPipeline(root);
    // The agreement is gone, resolved by the correction; the figures now conflict.
    expect(after.findings.map((f) => f.id)).not.toContain(agreed.id);
    expect(after.resolved.map((f) => [f.id, f.corrections])).toContainEqual([agreed.id, [`content/corrections/${claim.id}-1.yaml`]]);
    const conflict = after.findings.find((f) => f.kind === 'conflict' && f.claims.some((c) => c.id === claim.id))!;
    expect(conflict.claims.find((c) => c.id === claim.id)).toMatchObject({ text: right, original: claim.text });
    expect(conflict.summary).toContain('2万亿美元');
  });
});
