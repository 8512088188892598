/**
 * Astro content loader for `content/articles/*.mdx`: a thin layer over the
 * core corpus. Content is parsed as data and rendered to HTML here; it is
 * never compiled to JavaScript, so a content file cannot run code.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadCorpus } from '../content/corpus.ts';

export function articlesLoader(): Loader {
  return {
    name: 'kaozheng-articles',
    load: async ({ config, store, parseData, generateDigest }) => {
      // Throws InputError listing every `file:line:col` problem; Astro prints it and fails the build.
      const { articles } = loadCorpus(fileURLToPath(config.root));
      store.clear();
      for (const { html, ...article } of articles) {
        const data = await parseData({ id: article.slug, data: article });
        store.set({ id: article.slug, data, filePath: article.file, rendered: { html }, digest: generateDigest(html) });
      }
    },
  };
}
