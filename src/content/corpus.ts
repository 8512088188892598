/**
 * The published corpus: content articles verified against their seeds, linked
 * to the entity registry and rendered. Shared by the Astro loaders and the
 * CLI; throws `InputError` with every problem when anything does not parse or
 * content and seeds disagree.
 */
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
import { readSeeds } from '../core/read-seeds.ts';
import { Linker, type Mention } from '../entities/linker.ts';
import { readRegistry, type RegistryEntity } from '../entities/registry.ts';
import { articleSubject } from '../entities/subject.ts';
import type { ContentArticle } from './parse.ts';
import { readContent } from './read-content.ts';
import { renderArticleHtml } from './render.ts';
import { verifyContent } from './verify.ts';

export interface PublishedClaim {
  id: string;
  text: string;
  refs: number[];
  line: number;
  column: number;
  mentions: Mention[];
  /** Entity ids the claim is about, in order of first mention. */
  entities: string[];
}

export interface PublishedArticle {
  id: string;
  slug: string;
  file: string;
  title: string;
  outlet: string;
  printed: string;
  published: string;
  topic: string;
  /** The entity 公司 refers to in this article, if one. */
  subject: string | null;
  titleMentions: Mention[];
  seed: { file: string; line: number; column: number };
  sections: { heading: string | null; anchor: string; claims: PublishedClaim[] }[];
  html: string;
}

export interface Corpus {
  articles: PublishedArticle[];
  entities: RegistryEntity[];
}

/** Newest first; ties by slug, so the order never depends on the file system. */
export function byPublishedDesc(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  return a.published < b.published ? 1 : a.published > b.published ? -1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function loadCorpus(root: string): Corpus {
  const seeds = readSeeds(root);
  const content = readContent(root);
  const registry = readRegistry(root);
  const diagnostics = [...seeds.diagnostics, ...content.diagnostics, ...registry.diagnostics];
  if (diagnostics.length === 0) diagnostics.push(...verifyContent(seeds.seeds, content.articles), ...checkSubjects(content.articles, registry.entities));
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  const linker = new Linker(registry.entities);
  return { articles: content.articles.map((a) => publish(a, linker)).sort(byPublishedDesc), entities: registry.entities };
}

function checkSubjects(articles: readonly ContentArticle[], entities: readonly RegistryEntity[]): Diagnostic[] {
  const ids = new Set(entities.map((e) => e.id));
  return articles
    .filter((a) => a.frontmatter.subject !== undefined && !ids.has(a.frontmatter.subject))
    .map((a) => ({ file: a.file, line: 1, column: 1, message: `frontmatter subject "${a.frontmatter.subject}" is not an entity in content/entities/` }));
}

function publish(article: ContentArticle, linker: Linker): PublishedArticle {
  const fm = article.frontmatter;
  const subject = articleSubject(linker, fm.title, fm.subject);
  let anchor = 0;
  const sections = article.sections.map((s) => ({
    heading: s.heading,
    // Anchors count headings only, as remark-claims does.
    anchor: s.heading === null ? '' : `s${++anchor}`,
    claims: s.claims.map(({ id, text, refs, line, column }) => ({ id, text, refs, line, column, ...linker.link(text, subject) })),
  }));
  const mentions = Object.fromEntries(sections.flatMap((s) => s.claims.map((c) => [c.id, c.mentions])));
  return {
    id: fm.id,
    slug: article.slug,
    file: article.file,
    title: fm.title,
    outlet: fm.outlet,
    printed: fm.printed,
    published: fm.published,
    topic: fm.topic,
    subject: subject ?? null,
    titleMentions: linker.link(fm.title).mentions,
    seed: fm.seed,
    sections,
    html: renderArticleHtml(article, mentions),
  };
}
