/**
 * Render a guarded content tree to HTML through a unified processor:
 * remark-claims, then remark-rehype and rehype-stringify, or for the nodes
 * articles hold, their output written directly (src/site/article-html.ts).
 * Raw HTML is never let through (`allowDangerousHtml` stays off), so whatever
 * the text says is escaped.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { State } from 'mdast-util-to-hast';
import type { Parents, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { type Options as RehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkClaims, { type ElementNode, type FileData } from './remark-claims.ts';
import type { ContentArticle } from '../content/parse.ts';
import { articleTreeHtml } from './article-html.ts';

/**
 * remark-claims' elements carry their hast name and properties, built fresh for each render:
 * turned into hast as they are, without the deep copy mdast-util-to-hast's generic path makes
 * of every node's properties (a tenth of the render time).
 */
const kzElement = (state: State, node: ElementNode): Element => ({ type: 'element', tagName: node.data.hName, properties: (node.data.hProperties ?? {}) as Properties, children: state.all(node as unknown as Parents) as ElementContent[] });
// Handlers are typed by mdast's own node types; kzElement is ours.
const handlers = { kzElement } as unknown as NonNullable<RehypeOptions['handlers']>;

const claims = unified().use(remarkClaims).freeze();
const toHtml = unified().use(remarkRehype, { handlers }).use(rehypeStringify).freeze();

/** What a page shows beside each claim's text (src/site/publish.ts makes them). */
export type Annotations = NonNullable<FileData['kaozheng']>;

/** The article's tree after remark-claims, and its file. */
export function claimsTree(article: ContentArticle, annotations: Annotations): { tree: Root; file: VFile } {
  const file = new VFile({ path: article.file, data: { astro: { frontmatter: article.frontmatter }, kaozheng: annotations } });
  // remark-claims replaces the root's children and reads the rest: a shallow copy keeps the
  // article's own tree intact for another render, without cloning every node. (A canonical
  // article makes its tree on each read: read it once.)
  const source = article.tree;
  return { tree: claims.runSync({ ...source, children: [...source.children] } as Root, file) as Root, file };
}

/** Render an article; mentions (by claim id) link to entity pages, findings get badges. */
export function renderArticleHtml(article: ContentArticle, annotations: Annotations = {}): string {
  const { tree, file } = claimsTree(article, annotations);
  return articleTreeHtml(tree) ?? toHtml.stringify(toHtml.runSync(tree, file), file);
}

/** The same page through hast only: what the direct writer is held to (test/article-html.test.ts). */
export function renderArticleHtmlThroughHast(article: ContentArticle, annotations: Annotations = {}): string {
  const { tree, file } = claimsTree(article, annotations);
  return toHtml.stringify(toHtml.runSync(tree, file), file);
}
