/** Astro content loader for `content/entities/*.yaml`: the validated registry. */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { InputError } from '../core/diagnostic.ts';
import { readRegistry } from '../entities/registry.ts';

export function entitiesLoader(): Loader {
  return {
    name: 'kaozheng-entities',
    load: async ({ config, store, parseData, generateDigest }) => {
      const { entities, diagnostics } = readRegistry(fileURLToPath(config.root));
      if (diagnostics.length > 0) throw new InputError(diagnostics);
      store.clear();
      for (const { file, ...entity } of entities) {
        const data = await parseData({ id: entity.id, data: { ...entity, file } });
        store.set({ id: entity.id, data, filePath: file, digest: generateDigest(data) });
      }
    },
  };
}
