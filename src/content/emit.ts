/**
 * Emit one article as MDX: YAML frontmatter, a `##` heading per section and a
 * `<Claim>` element per claim carrying its id, markers and seed position.
 */
import { stringify } from 'yaml';
import type { SeedArticle } from '../core/model.ts';
import { escapeMdxText } from './escape.ts';

export interface ArticleFrontmatter {
  id: string;
  title: string;
  outlet: string;
  /** Time as printed in the seed. */
  printed: string;
  /** ISO 8601 with the configured seed zone. */
  published: string;
  topic: string;
  subject?: string;
  seed: { file: string; line: number; column: number };
}

export function frontmatterOf(article: SeedArticle, topic: string): ArticleFrontmatter {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    printed: article.printed,
    published: article.published,
    topic,
    seed: { file: article.source.file, line: article.source.line, column: article.source.column },
  };
}

export function emitArticleMdx(article: SeedArticle, topic: string): string {
  const yaml = stringify(frontmatterOf(article, topic), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const blocks: string[] = [];
  for (const section of article.sections) {
    if (section.heading !== null) blocks.push(`## ${escapeMdxText(section.heading)}`);
    for (const claim of section.claims) {
      const attrs = `id="${claim.id}" refs="${claim.refs.join(' ')}" line="${claim.source.line}" column="${claim.source.column}"`;
      blocks.push(`<Claim ${attrs}>${escapeMdxText(claim.text)}</Claim>`);
    }
  }
  return `---\n${yaml}---\n\n${blocks.join('\n\n')}\n`;
}
