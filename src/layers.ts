/**
 * The layers of src/, lowest first. A folder may import its own files and
 * folders of lower layers only; never a higher layer, never a peer of its
 * own layer, so no two folders form a cycle. Type-only imports count too.
 * test/architecture/layers.test.ts enforces it; ARCHITECTURE.md explains it.
 */
export const LAYERS: readonly (readonly string[])[] = [
  // The core: pure TypeScript, no Astro, no URLs.
  ['core'], // seed parsing, ids, slugs, text, messages
  ['quantities'], // exact decimals, numerals, units, figures and times
  ['entities'], // the registry, the linker, subjects
  ['check'], // the consistency checker and its rules
  ['reviews'], // corrections and verdicts: schemas and validation
  ['content'], // content files: MDX emit, parse, guard, verification, ingest
  ['pipeline'], // the stages read → verify → link → check → review, the corpus model
  // Presentation: the site's view of the corpus.
  ['site'], // publish (URLs, HTML), remark-claims, labels, data exports, search tags, pagination
  ['search'], // the search index, the service worker, the search page's client
  ['integrations'], // the Astro integration
  ['styles'], // the site's CSS
  ['layouts'], // page frames (Astro)
  ['components'], // parts of pages that only map props (Astro)
  ['pages'], // routes and data endpoints (Astro)
  // Programs.
  ['bench'], // the benchmark's corpus and measurements
  ['cli'], // npm run build, ingest, check, entities, bench, the search-index step
];

/** The layer index of a path under src/ (`check/rules/x.ts` → check's), or undefined for top-level files. */
export function layerOf(path: string): number | undefined {
  const folder = path.split('/')[0]!;
  const index = LAYERS.findIndex((layer) => layer.includes(folder));
  return index < 0 ? undefined : index;
}
