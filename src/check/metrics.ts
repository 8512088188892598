/** The metrics lexicon: `content/metrics/*.yaml`, validated per file and across files. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import { parseYaml } from '../core/yaml.ts';
import { type Metric, metricSchema } from './metric-schema.ts';

export const METRICS_DIR = 'content/metrics';

export function readMetrics(root: string): { metrics: Metric[]; diagnostics: Diagnostic[] } {
  const dir = join(root, METRICS_DIR);
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort() : [];
  return validateMetrics(names.map((name) => ({ file: `${METRICS_DIR}/${name}`, text: readFileSync(join(dir, name), 'utf8') })));
}

export function validateMetrics(files: readonly { file: string; text: string }[]): { metrics: Metric[]; diagnostics: Diagnostic[] } {
  const metrics: Metric[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, text } of files) {
    const result = parseYaml(text, metricSchema, file, { source: 'metrics' });
    diagnostics.push(...result.diagnostics);
    if (!result.value) continue;
    const expected = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (result.value.id !== expected) diagnostics.push({ file, line: 1, column: 1, source: 'metrics', rule: 'id-file-name', fatal: true, message: `id "${result.value.id}" must match the file name "${expected}.yaml"` });
    else metrics.push({ ...result.value, file });
  }
  const ids = new Set(metrics.map((m) => m.id));
  const owner = new Map<string, string>();
  for (const metric of metrics) {
    const line = (key: string) => files.find((f) => f.file === metric.file)!.text.split('\n').findIndex((l) => l.startsWith(key)) + 1 || 1;
    if (metric.relation && !ids.has(metric.relation.of)) diagnostics.push({ file: metric.file, line: line('relation'), column: 1, source: 'metrics', rule: 'unknown-relation', fatal: true, message: `relation points at unknown metric "${metric.relation.of}"` });
    for (const reading of metric.readings) {
      const target = metrics.find((m) => m.id === reading.metric);
      if (!target) diagnostics.push({ file: metric.file, line: line('readings'), column: 1, source: 'metrics', rule: 'unknown-reading', fatal: true, message: `reading for ${reading.dimension} points at unknown metric "${reading.metric}"` });
      else if (!target.dimensions.includes(reading.dimension)) diagnostics.push({ file: metric.file, line: line('readings'), column: 1, source: 'metrics', rule: 'reading-dimension', fatal: true, message: `metric "${reading.metric}" does not take ${reading.dimension}: add it to its dimensions or read ${reading.dimension} as another metric` });
    }
    if (metric.family && !ids.has(metric.family)) diagnostics.push({ file: metric.file, line: line('family'), column: 1, source: 'metrics', rule: 'unknown-family', fatal: true, message: `family "${metric.family}" is not a metric id` });
    for (const alias of [metric.name, ...metric.aliases]) {
      const other = owner.get(alias);
      if (other && other !== metric.id) diagnostics.push({ file: metric.file, line: line('aliases'), column: 1, source: 'metrics', rule: 'duplicate-alias', fatal: true, message: `alias "${alias}" is also an alias of metric "${other}": a metric name must say one thing` });
      owner.set(alias, metric.id);
    }
  }
  return { metrics, diagnostics };
}
