/**
 * What the offline service worker precaches (src/search/build-index.ts): the
 * whole index and every page of a small site; past the budget, only the search
 * runtime and the core pages, the rest cached as used.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/search/build-index.ts';
import { repo, tempDir } from '../helpers/project.ts';

const manifest = (dist: string) => JSON.parse(readFileSync(join(dist, 'sw-precache.json'), 'utf8')) as { version: string; essential: string[]; rest: string[] };
const precached = (dist: string) => [...manifest(dist).essential, ...manifest(dist).rest];

describe('service worker precache', () => {
  it('keeps the whole index and every page of the corpus site', () => {
    const urls = precached(join(repo, 'dist'));
    // sw.js names its list, versioned; the list is fetched once per install.
    const { version, essential } = manifest(join(repo, 'dist'));
    // Relative to sw.js and to its scope, so the same dist/ works under any base path.
    expect(readFileSync(join(repo, 'dist/sw.js'), 'utf8')).toContain(`const MANIFEST = "sw-precache.json?v=${version}";`);
    expect(urls.filter((u) => u.startsWith('/'))).toEqual([]);
    expect(essential).toContain('pagefind/pagefind.js');
    expect(essential).toContain('search/');
    expect(essential).toContain('./');
    expect(urls.filter((u) => u.startsWith('pagefind/fragment/')).length).toBeGreaterThan(0);
    expect(urls).toContain('articles/2025-04-28-bu-fen-guo-chan-xin-pian-xian-zhi/');
  });

  it('past its budget keeps the search runtime and the core pages only', () => {
    const dist = join(tempDir('kaozheng-sw-'), 'dist');
    cpSync(join(repo, 'dist'), dist, { recursive: true });
    writeServiceWorker(dist, 1);
    const urls = precached(dist);
    expect(urls.filter((u) => /^pagefind\/(?:fragment|index|filter)\//.test(u))).toEqual([]);
    for (const u of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', './', 'search/']) expect(urls).toContain(u);
    expect(urls.some((u) => u.startsWith('pagefind/') && u.endsWith('.pf_meta'))).toBe(true);
    expect(urls.some((u) => u.startsWith('articles/'))).toBe(false);
  });
});

describe('the search-index step', () => {
  it('refuses a project with no built site, saying what to run', () => {
    const empty = tempDir('kaozheng-noindex-');
    const r = spawnSync(process.execPath, [join(repo, 'src/cli/search-index.ts'), empty], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/holds no built site; run astro build first \(npm run build does both\)/);
  });
});
