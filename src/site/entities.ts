/** Entities and their cross-reference (presentation layer over src/entities). */
import { entityIndex, type EntityEntry } from './entity-index.ts';
import { getCorpus } from './corpus.ts';
import { oncePerBuild } from './once.ts';

export const getEntityIndex = oncePerBuild(async (): Promise<Map<string, EntityEntry>> => {
  const { articles, entities } = await getCorpus();
  return entityIndex(articles, entities);
});

/** Chinese names in pinyin order, Latin names alphabetically (ICU's zh collation). */
export const byName = new Intl.Collator('zh-Hans-CN', { sensitivity: 'base', numeric: true }).compare;
