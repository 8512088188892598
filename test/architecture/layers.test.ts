/** No module of src/ imports upwards or closes a cycle between folders (src/layers.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerOf } from '../../src/layers.ts';
import { repo } from '../helpers/project.ts';

const src = join(repo, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro|mdx)$/.test(e.name) ? [join(dir, e.name)] : []));
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every relative import in src/: [importer, imported], both relative to src/. */
function imports(): [string, string][] {
  return files(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => [relative(src, file), relative(src, normalize(join(dirname(file), m[1]!)))] as [string, string]),
  );
}

describe('layers', () => {
  const edges = imports();

  it('places every folder of src/ in a layer', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => layerOf(`${f}/x.ts`) === undefined)).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(100);
  });

  it('has no import that goes up a layer or across to a peer', () => {
    const bad = edges.filter(([from, to]) => {
      const a = layerOf(from);
      const b = layerOf(to);
      if (a === undefined || b === undefined) return false;
      return from.split('/')[0] !== to.split('/')[0] && b >= a;
    });
    expect(bad.map(([from, to]) => `${from} → ${to} (${LAYERS[layerOf(from)!]} may not import ${LAYERS[layerOf(to)!]})`)).toEqual([]);
  });

  it('keeps the core free of Astro and of the site', () => {
    const core = LAYERS.findIndex((l) => l.includes('pipeline'));
    const astro = files(src).filter((f) => (layerOf(relative(src, f)) ?? 99) <= core && /from ['"](astro|astro:[^'"]*)['"]/.test(readFileSync(f, 'utf8')));
    expect(astro.map((f) => relative(src, f))).toEqual([]);
  });
});
