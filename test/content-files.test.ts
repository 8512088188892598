/** What content/articles may hold: every file is an article, and an article says only what its seed says. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, InputError } from '../src/core/diagnostic.ts';
import { ingest } from '../src/content/ingest.ts';
import { makeProject, repo, snapshot } from './helpers/project.ts';

const seed = join(repo, 'seeds/000_9e1dc24315306668.txt');
const article = 'content/articles/2025-11-12-ying-wei-da-sheng-ji-er-shuai';

function refusal(edit: (root: string) => void): string {
  const root = makeProject({ seeds: [seed], content: true });
  edit(root);
  const before = snapshot(join(root, 'content'));
  try {
    ingest(root);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(snapshot(join(root, 'content'))).toEqual(before);
    return error.diagnostics.map(formatDiagnostic).join('\n');
  }
  throw new Error('ingest accepted it');
}

describe('content/articles', () => {
  it('names an article renamed to .md instead of leaving it out', () => {
    const errors = refusal((root) => renameSync(join(root, `${article}.mdx`), join(root, `${article}.md`)));
    expect(errors).toContain(`${article}.md:1:1 not an article: content/articles/ holds *.mdx files only (rename it to 2025-11-12-ying-wei-da-sheng-ji-er-shuai.mdx)`);
  });

  it('names any other file', () => {
    const errors = refusal((root) => writeFileSync(join(root, 'content/articles/notes.txt'), 'x'));
    expect(errors).toMatch(/^content\/articles\/notes\.txt:1:1 not an article/m);
  });

  it('refuses a paragraph that is in no seed, with its place', () => {
    const errors = refusal((root) => writeFileSync(join(root, `${article}.mdx`), `${readFileSync(join(root, `${article}.mdx`), 'utf8')}\n编者按：这一段不在任何种子里。\n`));
    expect(errors).toMatch(new RegExp(`^${article}\\.mdx:\\d+:1 paragraph "编者按：这一段不在任何种子里。" is in no seed`, 'm'));
  });

  it('refuses a heading that is in no seed', () => {
    const errors = refusal((root) => {
      const file = join(root, `${article}.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^## .*$/m, '## 伪造的小节'));
    });
    expect(errors).toMatch(new RegExp(`^${article}\\.mdx:\\d+:1 heading "伪造的小节" is in no seed`, 'm'));
  });
});
