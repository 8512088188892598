/** Findings and metrics (presentation layer over src/check). */
import { getCollection } from 'astro:content';
import type { Metric } from '../check/metric-schema.ts';
import type { ReviewedFinding } from '../content/corpus.ts';
import { oncePerBuild } from './once.ts';

export const getFindings = oncePerBuild(async (): Promise<ReviewedFinding[]> => {
  const entries = await getCollection('findings');
  return entries.map((e) => e.data as ReviewedFinding & { order: number }).sort((a, b) => a.order - b.order).map(({ order: _order, ...f }) => f as ReviewedFinding);
});

export const getMetrics = oncePerBuild(async (): Promise<Map<string, Metric>> => new Map((await getCollection('metrics')).map((e) => [e.id, e.data as Metric])));
