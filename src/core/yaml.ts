/**
 * Parse reviewer-edited YAML strictly: the `yaml` package (not Astro's loader),
 * duplicate keys and aliases refused, then a zod schema. Every problem comes
 * back as `file:line:col` with what is allowed.
 */
import { isAlias, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic, MessageSource } from './diagnostic.ts';

/** Bidi controls and zero-width characters hide changes from reviewers. */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/g;

export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  { source, firstLine = 1 }: { source: MessageSource; firstLine?: number },
): { value?: z.infer<S>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lineOf = (offset: number) => firstLine + text.slice(0, offset).split('\n').length - 1;
  const columnOf = (offset: number) => [...text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset)].length + 1;
  const at = (rule: string, offset: number, message: string) => diagnostics.push({ file, line: lineOf(offset), column: columnOf(offset), message, source, rule, fatal: true });

  for (const m of text.matchAll(INVISIBLE)) {
    at('invisible-character', m.index, `invisible character U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed (bidi controls and zero-width characters hide changes from reviewers)`);
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) at('yaml-syntax', error.pos[0], `YAML: ${error.message.split('\n')[0]}`);
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node)) at('yaml-alias', node.range?.[0] ?? 0, `YAML aliases (*${node.source}) are not allowed: write the value out`);
    },
  });
  if (diagnostics.length > 0) return { diagnostics };

  const result = schema.safeParse(doc.toJS());
  if (result.success) return { value: result.data, diagnostics };

  const offsetOf = (path: readonly PropertyKey[]): number => {
    const node = doc.getIn(path as (string | number)[], true) as { range?: [number, number] } | undefined;
    return node && typeof node === 'object' && node.range ? node.range[0] : 0;
  };
  /** Offset of the key `name` in the mapping at `path` (a missing value has no range of its own). */
  const keyOffset = (path: readonly PropertyKey[], name: string): number => {
    const map = path.length === 0 ? doc.contents : doc.getIn(path as (string | number)[], true);
    const items = (map as { items?: { key?: { value?: unknown; range?: [number, number] } }[] } | null)?.items ?? [];
    return items.find((pair) => pair.key?.value === name)?.key?.range?.[0] ?? offsetOf(path);
  };
  for (const issue of result.error.issues) {
    const where = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      const allowed = shapeKeys(schema, issue.path);
      for (const key of issue.keys) at('unknown-key', keyOffset(issue.path, key), `unknown key "${[...issue.path, key].join('.')}"${allowed ? `; allowed are ${allowed.join(', ')}` : ''}`);
    } else {
      at('schema', offsetOf(issue.path), `${where || '(document)'}: ${issue.message}`);
    }
  }
  return { diagnostics };
}

/** The keys an object schema allows at `path`, when it can be read off the schema. */
function shapeKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current: unknown = schema;
  for (const key of path) {
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    if (!shape || typeof key !== 'string') return undefined;
    current = unwrap(shape[key]);
  }
  const shape = (current as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : undefined;
}

function unwrap(schema: unknown): unknown {
  let s = schema as { unwrap?: () => unknown; def?: { innerType?: unknown } };
  while (s && (typeof s.unwrap === 'function' || s.def?.innerType)) s = (s.def?.innerType ?? s.unwrap!()) as typeof s;
  return s;
}
