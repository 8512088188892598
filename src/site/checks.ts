/** Findings and metrics (presentation layer over src/check). */
import { getCollection } from 'astro:content';
import type { Metric } from '../check/metric-schema.ts';
import type { Finding } from '../check/model.ts';

export async function getFindings(): Promise<Finding[]> {
  const entries = await getCollection('findings');
  return entries.map((e) => e.data as Finding & { order: number }).sort((a, b) => a.order - b.order).map(({ order: _order, ...f }) => f as Finding);
}

export async function getMetrics(): Promise<Map<string, Metric>> {
  return new Map((await getCollection('metrics')).map((e) => [e.id, e.data as Metric]));
}
