import { runPipeline } from './src/pipeline/stages.ts';
import { publish } from './src/site/publish.ts';
const gc = (globalThis as any).gc;
gc(); const m0 = process.memoryUsage().heapUsed;
const t = performance.now();
const corpus = runPipeline(process.argv[2]);
const t1 = performance.now();
gc(); const m1 = process.memoryUsage().heapUsed;
const pub = publish(corpus);
gc(); const m2 = process.memoryUsage().heapUsed;
console.log('pipeline s', ((t1 - t) / 1000).toFixed(2), 'heap MB base', (m0 / 1e6).toFixed(0), 'corpus', ((m1 - m0) / 1e6).toFixed(0), 'published', ((m2 - m1) / 1e6).toFixed(0), 'rss', (process.memoryUsage().rss / 1e6).toFixed(0));
if (process.argv[3]) { (await import('node:v8')).writeHeapSnapshot(process.argv[3]); }
void pub;
