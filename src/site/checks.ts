/** Findings and metrics (presentation layer over src/check). */
import type { Metric } from '../check/metric-schema.ts';
import type { PublishedFinding } from './publish.ts';
import { getCorpus } from './corpus.ts';
import { oncePerBuild } from './once.ts';

/** In the checker's order: severity, kind, id. */
export const getFindings = async (): Promise<readonly PublishedFinding[]> => (await getCorpus()).findings;

export const getMetrics = oncePerBuild(async (): Promise<Map<string, Metric>> => new Map((await getCorpus()).metrics.map((m) => [m.id, m])));
