/** The articles, newest first, and their search tags (presentation layer). */
import type { PublishedArticle } from './publish.ts';
import { articleTags, type PageTags } from './search-tags.ts';
import { getCorpus } from './corpus.ts';
import { oncePerBuild } from './once.ts';

export const getArticles = async (): Promise<readonly PublishedArticle[]> => (await getCorpus()).articles;

const getLookups = oncePerBuild(async () => {
  const { entities, findings } = await getCorpus();
  return { entities: new Map(entities.map((e) => [e.id, e])), findingKinds: new Map(findings.map((f) => [f.id, f.kind])) };
});

export async function getArticleTags(article: PublishedArticle): Promise<PageTags> {
  const { entities, findingKinds } = await getLookups();
  return articleTags(article, entities, findingKinds);
}

/** The slug of each claim's article, made once (a page that links claims by id looks them up here). */
export const getClaimArticles = oncePerBuild(async (): Promise<ReadonlyMap<string, string>> => {
  const slugOf = new Map<string, string>();
  for (const a of await getArticles()) for (const s of a.sections) for (const c of s.claims) slugOf.set(c.id, a.slug);
  return slugOf;
});
