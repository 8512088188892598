/**
 * Content exactly as ingest wrote it is read from its seed, not parsed
 * (src/content/canonical.ts): for every such file of the corpus the result,
 * and the page rendered from it, are the parser's to the byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../src/core/read-seeds.ts';
import { canonicalArticle, seedArticles } from '../src/content/canonical.ts';
import { parseContentArticle } from '../src/content/parse.ts';
import { renderArticleHtml } from '../src/site/render.ts';
import { repo } from './helpers/project.ts';

const { seeds } = readSeeds(repo);
const bySeed = seedArticles(seeds);
const files = readdirSync(join(repo, 'content/articles')).sort().map((name) => ({ file: `content/articles/${name}`, source: readFileSync(join(repo, 'content/articles', name), 'utf8') }));

describe('canonical content', () => {
  it('reads every untouched file from its seed, and only those', () => {
    const canonical = files.filter((f) => canonicalArticle(f.file, f.source, bySeed));
    // Two articles carry a curated `subject:` line: edited by hand, so parsed.
    expect(canonical).toHaveLength(files.length - 2);
    for (const f of files.filter((f) => !canonical.includes(f))) expect(f.source).toMatch(/^subject: /m);
  });

  it('gives what the parser gives: frontmatter, sections, claims, their places, and the rendered page', () => {
    for (const { file, source } of files) {
      const fast = canonicalArticle(file, source, bySeed);
      if (!fast) continue;
      const parsed = parseContentArticle(file, source).article!;
      const { tree: _a, ...fastData } = fast;
      const { tree: _b, ...parsedData } = parsed;
      expect(fastData, file).toEqual(parsedData);
      const mentions = { [fast.sections.at(-1)!.claims[0]!.id]: [{ start: 0, end: 2, entity: 'x' }] };
      expect(renderArticleHtml(fast, { mentions }), file).toBe(renderArticleHtml(parsed, { mentions }));
      // Rendering leaves the article's tree as it was: a second render is the same page.
      expect(renderArticleHtml(fast, { mentions }), file).toBe(renderArticleHtml(parsed, { mentions }));
    }
  });

  it('parses a file that differs from the emission by one byte', () => {
    const { file, source } = files.find((f) => canonicalArticle(f.file, f.source, bySeed))!;
    expect(canonicalArticle(file, source.replace('</Claim>', ' </Claim>'), bySeed)).toBeUndefined();
    expect(canonicalArticle(file, `${source}\n`, bySeed)).toBeUndefined();
  });
});
