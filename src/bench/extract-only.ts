#!/usr/bin/env node
/**
 * extract() alone over the claims of the synthetic corpus (src/bench/generate.ts),
 * timed in-process: `node src/bench/extract-only.ts [articles] [module]`. Prints one
 * JSON line. The module argument lets a copy of an older extractor be timed the same way.
 */
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './generate.ts';

const articles = Number(process.argv[2] ?? 10000);
const modulePath = process.argv[3];
const { extract } = (await import(modulePath ? pathToFileURL(modulePath).href : '../quantities/extract.ts')) as typeof import('../quantities/extract.ts');
const claims: string[] = [];
for (const text of generateCorpus(articles).files.values()) {
  for (const m of text.matchAll(/ - ([^\n]+?) (?:\[\d+\])+/g)) claims.push(m[1]!);
}
// CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
const run = () => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let found = 0;
  for (const claim of claims) found += extract(claim, { reference: '2025-11-12' }).quantities.length;
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, found };
};
run(); // warm up the JIT
const { seconds, cpuSeconds, found } = run();
console.log(JSON.stringify({ claims: claims.length, quantities: found, seconds, cpuSeconds }));
