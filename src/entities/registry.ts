/**
 * The entity registry: `content/entities/*.yaml`, one entity per file, named
 * by its id. Validated per file (schema) and across files (unique ids,
 * relation targets that exist).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import { parseYaml } from '../core/yaml.ts';
import type { Discovery } from './discover/discover.ts';
import { type Entity, entitySchema } from './schema.ts';

export const ENTITIES_DIR = 'content/entities';
/** The list of rejected names (src/entities/rejected.ts), not an entity. */
const REJECTED_NAME = 'rejected.yaml';

export interface RegistryEntity extends Entity {
  /** Path relative to the project root (for a discovered entity: where confirming it writes it). */
  file: string;
  /** Present when the entity was discovered in the corpus (自动识别), not curated. */
  discovered?: Discovery;
}

export function readRegistry(root: string): { entities: RegistryEntity[]; diagnostics: Diagnostic[] } {
  const dir = join(root, ENTITIES_DIR);
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml') && n !== REJECTED_NAME).sort() : [];
  const files = names.map((name) => ({ file: `${ENTITIES_DIR}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  return validateRegistry(files);
}

/** Validate registry files given as text (for the loader and for tests). */
export function validateRegistry(files: readonly { file: string; text: string }[]): { entities: RegistryEntity[]; diagnostics: Diagnostic[] } {
  const entities: RegistryEntity[] = [];
  const diagnostics: Diagnostic[] = [];
  const lineOfKey = (text: string, key: string, value?: string) => {
    const lines = text.split('\n');
    const index = lines.findIndex((l) => l.includes(`${key}:`) && (value === undefined || l.includes(value)));
    return index < 0 ? 1 : index + 1;
  };
  for (const { file, text } of files) {
    const result = parseYaml(text, entitySchema, file, { source: 'registry' });
    diagnostics.push(...result.diagnostics);
    if (!result.value) continue;
    const expected = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (result.value.id !== expected) {
      diagnostics.push({ file, line: lineOfKey(text, 'id'), column: 1, source: 'registry', rule: 'id-file-name', fatal: true, message: `id "${result.value.id}" must match the file name "${expected}.yaml"` });
      continue;
    }
    entities.push({ ...result.value, file });
  }
  const ids = new Set(entities.map((e) => e.id));
  for (const entity of entities) {
    const text = files.find((f) => f.file === entity.file)!.text;
    for (const relation of entity.relations) {
      if (!ids.has(relation.target)) {
        diagnostics.push({ file: entity.file, line: lineOfKey(text, 'target', relation.target), column: 1, source: 'registry', rule: 'unknown-relation', fatal: true, message: `relation ${relation.kind} points at unknown entity "${relation.target}"; known ids are the file names in ${ENTITIES_DIR}/` });
      }
    }
    if (entity.roles.length > 0 && entity.type !== 'person') {
      diagnostics.push({ file: entity.file, line: lineOfKey(text, 'roles'), column: 1, source: 'registry', rule: 'roles-not-person', fatal: true, message: 'roles are role phrases naming a person (微软首席执行官); this entity is not a person' });
    }
  }
  return { entities, diagnostics };
}
