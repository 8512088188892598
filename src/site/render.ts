/**
 * Render a guarded content tree to HTML through a unified processor:
 * remark-claims, remark-rehype, rehype-stringify. Raw HTML is never let
 * through (`allowDangerousHtml` stays off), so whatever the text says is escaped.
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

/**
 * remark-claims' elements carry their hast name and properties, built fresh for each render:
 * turned into hast as they are, without the deep copy mdast-util-to-hast's generic path makes
 * of every node's properties (a tenth of the render time).
 */
const kzElement = (state: State, node: ElementNode): Element => ({ type: 'element', tagName: node.data.hName, properties: (node.data.hProperties ?? {}) as Properties, children: state.all(node as unknown as Parents) as ElementContent[] });
// Handlers are typed by mdast's own node types; kzElement is ours.
const handlers = { kzElement } as unknown as NonNullable<RehypeOptions['handlers']>;

const processor = unified().use(remarkClaims).use(remarkRehype, { handlers }).use(rehypeStringify).freeze();

/** Render an article; mentions (by claim id) link to entity pages, findings get badges. */
export function renderArticleHtml(article: ContentArticle, annotations: NonNullable<FileData['kaozheng']> = {}): string {
  const file = new VFile({ path: article.file, data: { astro: { frontmatter: article.frontmatter }, kaozheng: annotations } });
  // remark-claims replaces the root's children and reads the rest: a shallow copy keeps the
  // article's own tree intact for another render, without cloning every node.
  const tree = processor.runSync({ ...article.tree, children: [...article.tree.children] } as Root, file);
  return processor.stringify(tree, file);
}
