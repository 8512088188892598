/**
 * The data files as a researcher loads them: claims.jsonl line by line with
 * Node's own line reader, the CSV files with an RFC 4180 reader written for the
 * test, every JSON file against its published JSON Schema (Ajv, draft 2020-12),
 * and the /data/ page listing every file with its fields, size and licence.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../helpers/csv.ts';
import { repo } from '../helpers/project.ts';

const data = join(repo, 'dist/data');
const read = (name: string) => readFileSync(join(data, name), 'utf8');
const json = (name: string) => JSON.parse(read(name)) as unknown;
interface Claim {
  id: string;
  url: string;
  text: string;
  refs: number[];
  source: { file: string; line: number; column: number };
  entities: string[];
  findings: string[];
  quantities: unknown[];
  corrected: string | null;
  section: string | null;
}
const claims = json('claims.json') as Claim[];
const findings = (json('findings.json') as { findings: { id: string; kind: string; summary: string; claims: { id: string }[]; values: unknown[] }[] }).findings;

/** A CSV file as rows of named fields; the BOM is checked and removed. */
function csvRecords(name: string): Record<string, string>[] {
  const text = read(name);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = readCsv(text.slice(1));
  for (const row of rows) expect(row.length).toBe(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}
const list = (field: string) => (field === '' ? [] : field.split('|'));

describe('data files', () => {
  it('claims.json is a JSON array, as it always was', () => {
    expect(Array.isArray(claims)).toBe(true);
    expect(claims.length).toBeGreaterThan(100);
  });

  it('claims.jsonl reads line by line: one JSON object per line, the same records as claims.json', async () => {
    const lines: unknown[] = [];
    for await (const line of createInterface({ input: createReadStream(join(data, 'claims.jsonl'), 'utf8'), crlfDelay: Infinity })) lines.push(JSON.parse(line));
    expect(lines).toEqual(claims);
  });

  it('claims.csv has one row per claim, text exactly as written, lists joined with |', () => {
    const rows = csvRecords('claims.csv');
    expect(rows.map((r) => r.id)).toEqual(claims.map((c) => c.id));
    rows.forEach((row, i) => {
      const c = claims[i]!;
      expect(row.text).toBe(c.text);
      expect(row.url).toBe(c.url);
      expect(row.section).toBe(c.section ?? '');
      expect(list(row.refs!).map(Number)).toEqual(c.refs);
      expect(list(row.entities!)).toEqual(c.entities);
      expect(list(row.findings!)).toEqual(c.findings);
      expect([row.source_file, Number(row.source_line), Number(row.source_column)]).toEqual([c.source.file, c.source.line, c.source.column]);
      expect(JSON.parse(row.quantities!)).toEqual(c.quantities);
      expect(row.corrected).toBe(c.corrected ?? '');
    });
    // Some claim text holds a comma, so quoting was exercised.
    expect(claims.some((c) => c.text.includes(','))).toBe(true);
  });

  it('findings.csv has one row per finding', () => {
    const rows = csvRecords('findings.csv');
    expect(rows.map((r) => [r.id, r.kind, r.summary])).toEqual(findings.map((f) => [f.id, f.kind, f.summary]));
    rows.forEach((row, i) => {
      expect(list(row.claims!)).toEqual(findings[i]!.claims.map((c) => c.id));
      expect(JSON.parse(row.values!)).toEqual(findings[i]!.values);
    });
  });

  it('every JSON file is valid against its schema, and the schemas refuse a record with a field missing', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const pairs: [string, unknown][] = [
      ['claims.schema.json', claims],
      ['articles.schema.json', json('articles.json')],
      ['entities.schema.json', json('entities.json')],
      ['findings.schema.json', json('findings.json')],
      ...read('claims.jsonl').trimEnd().split('\n').map((line): [string, unknown] => ['claim.schema.json', JSON.parse(line)]),
    ];
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    for (const [schema, value] of pairs) {
      if (!validators.has(schema)) validators.set(schema, ajv.compile(json(schema) as object));
      const validate = validators.get(schema)!;
      expect(validate(value) ? [] : validate.errors?.slice(0, 3)).toEqual([]);
    }
    const { text: _text, ...withoutText } = claims[0]!;
    expect(validators.get('claim.schema.json')!(withoutText)).toBe(false);
    expect(validators.get('claim.schema.json')!({ ...claims[0]!, refs: ['2'] })).toBe(false);
  });

  it('the /data/ page lists every file with its size, fields and licence', () => {
    const page = readFileSync(join(repo, 'dist/data/index.html'), 'utf8');
    const files = readdirSync(data).filter((f) => f !== 'index.html');
    expect(files).toEqual(expect.arrayContaining(['claims.json', 'claims.jsonl', 'claims.csv', 'findings.csv', 'claims.schema.json', 'findings.schema.json']));
    for (const name of files) expect(page).toContain(`href="/data/${name}"`);
    // Sizes as measured on the files written.
    const size = statSync(join(data, 'claims.csv')).size;
    expect(page).toContain(`${(size / 1024).toFixed(1)} KB`);
    for (const field of ['articleTitle', 'quantities', 'source_column', 'earlierVerdicts']) expect(page).toContain(`<code>${field}</code>`);
    expect(page).toContain('CC BY 4.0');
  });
});
