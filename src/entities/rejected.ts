/**
 * Names reviewers rejected: `content/entities/rejected.yaml`, a list of
 * `{ name, reason }`. Discovery never publishes an entity whose name, alias
 * or id is on it. The file is not an entity (the registry skips it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../core/diagnostic.ts';
import { parseYaml } from '../core/yaml.ts';

export const REJECTED_FILE = 'content/entities/rejected.yaml';

const nonEmpty = z.string().trim().min(1);
export const rejectedSchema = z.array(z.strictObject({ name: nonEmpty, reason: nonEmpty }));
export type Rejected = z.infer<typeof rejectedSchema>;

export function readRejected(root: string): { rejected: Rejected; diagnostics: Diagnostic[] } {
  const path = join(root, REJECTED_FILE);
  if (!existsSync(path)) return { rejected: [], diagnostics: [] };
  const result = parseYaml(readFileSync(path, 'utf8'), rejectedSchema, REJECTED_FILE, { source: 'registry' });
  return { rejected: result.value ?? [], diagnostics: result.diagnostics };
}
