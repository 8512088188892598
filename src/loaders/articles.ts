/**
 * Astro content loader for `content/articles/*.mdx`: a thin layer over the
 * core corpus. Content is parsed as data and rendered to HTML here; it is
 * never compiled to JavaScript, so a content file cannot run code.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadCorpus } from '../content/corpus.ts';
import { InputError } from '../core/diagnostic.ts';

export function articlesLoader(): Loader {
  return {
    name: 'kaozheng-articles',
    load: async ({ config, store, parseData, generateDigest, logger }) => {
      let corpus;
      try {
        corpus = loadCorpus(fileURLToPath(config.root));
      } catch (error) {
        if (error instanceof InputError) logger.error(`content does not match its seeds or does not parse:\n${error.message}`);
        throw error;
      }
      store.clear();
      for (const { html, ...article } of corpus) {
        const data = await parseData({ id: article.slug, data: article });
        store.set({ id: article.slug, data, filePath: article.file, rendered: { html }, digest: generateDigest(html) });
      }
    },
  };
}
