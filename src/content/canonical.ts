/**
 * Content exactly as ingest wrote it. When a content file is byte for byte
 * what `emitArticleMdx` makes of its seed article, it says exactly what the
 * seed says, so it is read from the seed rather than parsed: no MDX parse, and
 * nothing to verify. Any other file (a reviewer's edit, a curated `subject:`)
 * goes through the guarded parser in parse.ts and verify.ts as before.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { SeedArticle, SeedExport } from '../core/model.ts';
import { emitArticleMdx, frontmatterOf } from './emit.ts';
import { type ContentArticle, type ContentSection, frontmatterKeyLines } from './parse.ts';

/** A seed article and the topic of its export. */
export interface SeedEntry {
  article: SeedArticle;
  topic: string;
}

const ID_LINE = /^---\nid: "([^"\n]+)"\n/;

/** Every seed article by its id, with its export's topic. */
export function seedArticles(seeds: readonly SeedExport[]): Map<string, SeedEntry> {
  return new Map(seeds.flatMap((s) => s.articles.map((article) => [article.id as string, { article, topic: s.topic }] as const)));
}

/** The article `source` stands for, if it is the canonical emission of its seed; else undefined. */
export function canonicalArticle(file: string, source: string, seeds: ReadonlyMap<string, SeedEntry>): ContentArticle | undefined {
  const seed = seeds.get(ID_LINE.exec(source)?.[1] ?? '');
  if (!seed || emitArticleMdx(seed.article, seed.topic) !== source) return undefined;
  const { article } = seed;
  const { places, headings } = claimPlaces(source);
  let heading = 0;
  const sections: ContentSection[] = article.sections.map((s) => ({
    heading: s.heading,
    ...(s.heading === null ? {} : { place: headings[heading++] }),
    claims: s.claims.map((c) => ({ id: c.id, text: c.text, refs: [...c.refs], line: c.source.line, column: c.source.column, place: places.get(c.id)! })),
  }));
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const read: Omit<ContentArticle, 'tree'> = { file, slug, frontmatter: frontmatterOf(article, seed.topic), sections, prose: [], keyLines: frontmatterKeyLines(source) };
  // The tree is made from the sections when a page renders, not held for the whole build: at
  // 10,000 articles some 75 MB of nodes that say nothing the sections do not.
  return Object.defineProperty(read, 'tree', { enumerable: true, get: () => treeOf(sections) }) as ContentArticle;
}

/** What the MDX parser makes of the canonical emission: a level-2 heading per section, a paragraph per claim. */
function treeOf(sections: readonly ContentSection[]): Root {
  const children: RootContent[] = [];
  for (const section of sections) {
    if (section.heading !== null) children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: section.heading }] });
    for (const claim of section.claims) children.push(claimParagraph(claim.id, claim.text, claim.refs, claim.line, claim.column));
  }
  return { type: 'root', children };
}

/** What the MDX parser makes of `<Claim …>text</Claim>` alone in its paragraph. */
function claimParagraph(id: string, text: string, refs: readonly number[], line: number, column: number): Paragraph {
  const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
  const element: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: 'Claim',
    attributes: [attribute('id', id), attribute('refs', refs.join(' ')), attribute('line', String(line)), attribute('column', String(column))],
    children: [{ type: 'text', value: text }],
  };
  return { type: 'paragraph', children: [element] };
}

/** Line and column of each `<Claim id="…"` in the file, and of each `## ` heading in order. */
function claimPlaces(source: string): { places: Map<string, { line: number; column: number }>; headings: { line: number; column: number }[] } {
  const places = new Map<string, { line: number; column: number }>();
  const headings: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    } else if (i === lineStart && source.startsWith('<Claim id="', i)) {
      places.set(source.slice(i + 11, source.indexOf('"', i + 11)), { line, column: 1 });
    } else if (i === lineStart && source.startsWith('## ', i)) {
      headings.push({ line, column: 1 });
    }
  }
  return { places, headings };
}
