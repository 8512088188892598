/**
 * Render a guarded content tree to HTML through a unified processor:
 * remark-claims, remark-rehype, rehype-stringify. Raw HTML is never let
 * through (`allowDangerousHtml` stays off), so whatever the text says is escaped.
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkClaims, { type FileData } from './remark-claims.ts';
import type { ContentArticle } from './parse.ts';

const processor = unified().use(remarkClaims).use(remarkRehype).use(rehypeStringify).freeze();

/** Render an article; mentions (by claim id) link to entity pages, findings get badges. */
export function renderArticleHtml(article: ContentArticle, annotations: NonNullable<FileData['kaozheng']> = {}): string {
  const file = new VFile({ path: article.file, data: { astro: { frontmatter: article.frontmatter }, kaozheng: annotations } });
  // remark-claims replaces the root's children and reads the rest: a shallow copy keeps the
  // article's own tree intact for another render, without cloning every node.
  const tree = processor.runSync({ ...article.tree, children: [...article.tree.children] } as Root, file);
  return processor.stringify(tree, file);
}
