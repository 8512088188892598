/** The generated service worker (src/search/service-worker.ts) is valid JavaScript: a syntax error would silently leave the site without its offline copy. */
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../src/search/service-worker.ts';

describe('service worker source', () => {
  it('compiles, and resolves every URL against its scope', () => {
    const source = serviceWorkerSource({ version: '0123456789abcdef', manifest: 'sw-precache.json?v=0123456789abcdef' });
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain('const SCOPE = self.registration.scope;');
    expect(source).not.toMatch(/['"`]\/(?:search|pagefind|sw-precache)/);
  });
});
