/** The articles collection, newest first (presentation layer). */
import { getCollection } from 'astro:content';
import { byPublishedDesc } from '../content/corpus.ts';
import type { ArticleData } from '../content/exports.ts';
import { oncePerBuild } from './once.ts';

export const getArticles = oncePerBuild(async (): Promise<ArticleData[]> => {
  const entries = await getCollection('articles');
  // The loader stores the core's PublishedArticle; the collection schema checks only its outline.
  return entries.map((e) => e.data as unknown as ArticleData).sort(byPublishedDesc);
});
