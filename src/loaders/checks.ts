/** Astro content loaders for the checker's findings and the metrics lexicon (from the shared corpus load). */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadCorpus } from '../content/corpus.ts';

export function findingsLoader(): Loader {
  return {
    name: 'kaozheng-findings',
    load: async ({ config, store, generateDigest }) => {
      const { findings } = loadCorpus(fileURLToPath(config.root));
      store.clear();
      // Keep the checker's order (severity, kind, id) in the entry data: collections come back by id.
      findings.forEach((finding, order) => store.set({ id: finding.id, data: { ...finding, order }, digest: generateDigest({ ...finding, order }) }));
    },
  };
}

export function metricsLoader(): Loader {
  return {
    name: 'kaozheng-metrics',
    load: async ({ config, store, generateDigest }) => {
      const { metrics } = loadCorpus(fileURLToPath(config.root));
      store.clear();
      for (const { file, ...metric } of metrics) store.set({ id: metric.id, data: { ...metric, file }, filePath: file, digest: generateDigest(metric) });
    },
  };
}
