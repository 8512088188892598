/** Entities and their cross-reference (presentation layer over src/entities). */
import { getCollection } from 'astro:content';
import { entityIndex, type EntityEntry } from '../entities/index-claims.ts';
import type { RegistryEntity } from '../entities/registry.ts';
import { getArticles } from './articles.ts';
import { oncePerBuild } from './once.ts';

export const getEntityIndex = oncePerBuild(async (): Promise<Map<string, EntityEntry>> => {
  const entities = (await getCollection('entities')).map((e) => e.data as RegistryEntity);
  return entityIndex(await getArticles(), entities);
});

/** Chinese names in pinyin order, Latin names alphabetically (ICU's zh collation). */
export const byName = new Intl.Collator('zh-Hans-CN', { sensitivity: 'base', numeric: true }).compare;
