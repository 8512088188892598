import { runPipeline } from './src/pipeline/stages.ts';
import { publish } from './src/site/publish.ts';
import { DATA_FILES } from './src/site/data-files.ts';
import { entityIndex } from './src/site/entity-index.ts';
const corpus = publish(runPipeline(process.argv[2]), { html: false });
const sources = { articles: corpus.articles, entities: entityIndex(corpus.articles, corpus.entities as any), findings: corpus.findings, resolved: corpus.resolved, staleVerdicts: corpus.staleVerdicts } as any;
for (let round = 0; round < 2; round++) for (const f of DATA_FILES) { const t = performance.now(); let n = 0; for (const p of f.pieces(sources)) n += p.length; const ms = performance.now() - t; if (ms > 20) console.log(round, f.name, ms.toFixed(0), 'ms', (n / 1e6).toFixed(1), 'M chars'); }
