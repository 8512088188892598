/**
 * Parse reviewer-edited YAML strictly: the `yaml` package (not Astro's loader),
 * duplicate keys and aliases refused, then a zod schema. Every problem comes
 * back as `file:line:col` with what is allowed.
 */
import { isAlias, isMap, isScalar, parseDocument, Scalar, visit } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic, MessageSource } from './diagnostic.ts';
import { findHidden, hiddenMessage } from './invisible.ts';

export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  { source, firstLine = 1, quoted }: { source: MessageSource; firstLine?: number; quoted?: readonly string[] },
): { value?: z.infer<S>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lineOf = (offset: number) => firstLine + text.slice(0, offset).split('\n').length - 1;
  const columnOf = (offset: number) => [...text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset)].length + 1;
  const at = (rule: string, offset: number, message: string) => diagnostics.push({ file, line: lineOf(offset), column: columnOf(offset), message, source, rule, fatal: true });

  // A CR before LF is a Windows line end, not a hidden character.
  const literal = findHidden(text).filter((h) => !(h.code === 'U+000D' && text[h.index + 1] === '\n'));
  for (const hidden of literal) at('invisible-character', hidden.index, hiddenMessage(hidden));
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) at('yaml-syntax', error.pos[0], `YAML: ${error.message.split('\n')[0]}`);
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node)) at('yaml-alias', node.range?.[0] ?? 0, `YAML aliases (*${node.source}) are not allowed: write the value out`);
    },
    // Checked after decoding too: "原文\u202e有误" is escaped in the file but not on the page.
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      const [from, to] = node.range;
      if (literal.some((h) => h.index >= from && h.index < to)) return;
      const decoded = findHidden(node.value)[0];
      if (decoded) at('invisible-character', from, hiddenMessage(decoded, true));
    },
  });
  // `quoted`: top-level keys whose value must be a quoted string (`date: "2025-12-01"`), as the docs ask.
  if (quoted && isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      const value = pair.value;
      if (typeof key !== 'string' || !quoted.includes(key) || !isScalar(value)) continue;
      if (value.type !== Scalar.QUOTE_DOUBLE && value.type !== Scalar.QUOTE_SINGLE) at('unquoted', value.range?.[0] ?? 0, `${key}: must be in quotes, like ${key}: "${String(value.value)}"`);
    }
  }
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
