/**
 * The data files of `dist/data/`: what each holds, its fields, and its text as
 * pieces (streamed by src/pages/data/[file].ts, measured by the /data/ page).
 * File names and fields are a promise to researchers' tools: extend, never
 * rename. `claims.json` stays a JSON array; `claims.jsonl` is the same records
 * one per line.
 */
import type { PublishedFinding, PublishedResolvedFinding, PublishedStaleVerdict } from './publish.ts';
import { articleRecords, claimRecords, entityRecords, type CorpusArticle, type ClaimRecord } from './exports.ts';
import { JSON_ARRAY_START, jsonArrayEnd, jsonArrayItem, jsonLines, jsonObjectOfArrays } from './json-stream.ts';
import type { EntityEntry } from './entity-index.ts';
import { csvHead, csvLines, csvRecord, joinList, LIST_SEPARATOR, type CsvColumn } from './csv.ts';
import { articleSchema, claimSchema, DATA_SCHEMAS, entitySchema, findingSchema } from './data-schemas.ts';

export interface DataSources {
  articles: readonly CorpusArticle[];
  entities: ReadonlyMap<string, EntityEntry>;
  findings: readonly PublishedFinding[];
  /** Findings of the published text that corrections resolved. */
  resolved: readonly PublishedResolvedFinding[];
  /** Verdicts whose finding changed: waiting for re-review. */
  staleVerdicts: readonly PublishedStaleVerdict[];
}

export interface DataField {
  name: string;
  description: string;
}

export interface DataFile {
  /** File name under `data/`. */
  name: string;
  /** What it is, in Chinese, for the /data/ page. */
  title: string;
  format: 'JSON' | 'JSON Lines' | 'CSV' | 'JSON Schema';
  /** Fields of one record (JSON) or the columns (CSV); empty for schemas. */
  fields: DataField[];
  /** The schema it is valid against, for JSON files. */
  schema?: string;
  pieces(sources: DataSources): Iterable<string>;
}

const json = (value: unknown) => JSON.stringify(value);

const CLAIM_COLUMNS: CsvColumn<ClaimRecord>[] = [
  { name: 'id', description: '论断编号（稳定）', value: (c) => c.id },
  { name: 'url', description: '论断永久链接（站内地址）', value: (c) => c.url },
  { name: 'article', description: '文章 slug', value: (c) => c.article },
  { name: 'articleTitle', description: '文章标题', value: (c) => c.articleTitle },
  { name: 'section', description: '小节标题（无则为空）', value: (c) => c.section },
  { name: 'text', description: '论断原文', value: (c) => c.text },
  { name: 'refs', description: `原文段落编号，以 ${LIST_SEPARATOR} 分隔`, value: (c) => joinList(c.refs) },
  { name: 'source_file', description: '种子文件', value: (c) => c.source.file },
  { name: 'source_line', description: '种子文件行号', value: (c) => c.source.line },
  { name: 'source_column', description: '种子文件列号（Unicode 码点）', value: (c) => c.source.column },
  { name: 'outlet', description: '媒体', value: (c) => c.outlet },
  { name: 'published', description: '发布时间（ISO 8601）', value: (c) => c.published },
  { name: 'entities', description: `实体编号，以 ${LIST_SEPARATOR} 分隔`, value: (c) => joinList(c.entities) },
  { name: 'findings', description: `核查发现编号，以 ${LIST_SEPARATOR} 分隔`, value: (c) => joinList(c.findings) },
  { name: 'corrected', description: '更正后的文字（未更正为空）', value: (c) => c.corrected },
  { name: 'verdict', description: '当前裁定（无则为空）', value: (c) => c.verdict?.verdict ?? null },
  { name: 'quantities', description: '读出的数字：与 claims.json 的 quantities 相同的 JSON 数组', value: (c) => json(c.quantities) },
];

const FINDING_COLUMNS: CsvColumn<PublishedFinding>[] = [
  { name: 'id', description: '发现编号（稳定）', value: (f) => f.id },
  { name: 'kind', description: '类型', value: (f) => f.kind },
  { name: 'severity', description: '严重程度', value: (f) => f.severity },
  { name: 'summary', description: '中文摘要', value: (f) => f.summary },
  { name: 'entity', description: '实体编号（无则为空）', value: (f) => f.entity },
  { name: 'metric', description: '指标（无则为空）', value: (f) => f.metric },
  { name: 'url', description: '发现的站内地址', value: (f) => f.url },
  { name: 'claims', description: `涉及的论断编号，以 ${LIST_SEPARATOR} 分隔`, value: (f) => joinList(f.claims.map((c) => c.id)) },
  { name: 'verdict', description: '当前裁定（无则为空）', value: (f) => f.verdict?.verdict ?? null },
  { name: 'values', description: '比较的数字：与 findings.json 的 values 相同的 JSON 数组', value: (f) => json(f.values) },
];

/** The fields of one record, from its schema's top-level properties. */
const fieldsOf = (record: Record<string, unknown>): DataField[] =>
  Object.entries(record.properties as Record<string, { description: string }>).map(([name, p]) => ({ name, description: p.description }));

const columns = <T>(list: CsvColumn<T>[]): DataField[] => list.map(({ name, description }) => ({ name, description }));

/**
 * Files written in one pass over the same records (src/site/data-writer.ts): claims.json and
 * claims.jsonl hold the same JSON of each claim, one line each, and claims.csv the same claims, so
 * each claim's record is made once and stringified once for the three.
 */
export interface DataFilePass {
  names: readonly string[];
  /** The files' text as steps: each step one piece per file, in the order of `names`. */
  steps(sources: DataSources): Iterable<readonly string[]>;
}

/** claims.json (a JSON array, one record per line), claims.jsonl (one JSON object per line, what pandas `lines=True` and jq expect) and claims.csv. */
function* claimFileSteps(sources: DataSources): Generator<readonly [json: string, jsonl: string, csv: string]> {
  let count = 0;
  yield [JSON_ARRAY_START, '', csvHead(CLAIM_COLUMNS)];
  for (const record of claimRecords(sources.articles)) {
    const line = JSON.stringify(record);
    yield [jsonArrayItem(line, count++), `${line}\n`, csvRecord(CLAIM_COLUMNS, record)];
  }
  yield [jsonArrayEnd(count), '', ''];
}

const CLAIM_FILES: DataFilePass = { names: ['claims.json', 'claims.jsonl', 'claims.csv'], steps: claimFileSteps };

/** One file of a pass, on its own (for `astro dev`'s endpoint and for measuring). */
function* piecesOf(pass: DataFilePass, name: string, sources: DataSources): Generator<string> {
  const at = pass.names.indexOf(name);
  if (at < 0) throw new Error(`${name} is not one of ${pass.names.join(', ')}`);
  for (const step of pass.steps(sources)) if (step[at]) yield step[at];
}

export const DATA_FILES: DataFile[] = [
  { name: 'claims.json', title: '全部论断：一个 JSON 数组，每行一条记录，按语料顺序（文章由新到旧）', format: 'JSON', fields: fieldsOf(claimSchema), schema: 'claims.schema.json', pieces: (s) => piecesOf(CLAIM_FILES, 'claims.json', s) },
  { name: 'claims.jsonl', title: '全部论断：JSON Lines，每行一个 JSON 对象，记录与 claims.json 相同', format: 'JSON Lines', fields: fieldsOf(claimSchema), schema: 'claim.schema.json', pieces: (s) => piecesOf(CLAIM_FILES, 'claims.jsonl', s) },
  { name: 'claims.csv', title: '全部论断：CSV（UTF-8，带 BOM），每条论断一行', format: 'CSV', fields: columns(CLAIM_COLUMNS), pieces: (s) => piecesOf(CLAIM_FILES, 'claims.csv', s) },
  { name: 'articles.json', title: '全部文章及其论断编号', format: 'JSON', fields: fieldsOf(articleSchema), schema: 'articles.schema.json', pieces: (s) => jsonLines(articleRecords(s.articles)) },
  { name: 'entities.json', title: '全部实体及其论断编号', format: 'JSON', fields: fieldsOf(entitySchema), schema: 'entities.schema.json', pieces: (s) => jsonLines(entityRecords(s.entities)) },
  { name: 'findings.json', title: '一致性核查的全部发现：{ "findings": [...] }，与 npm run check -- --json 相同', format: 'JSON', fields: fieldsOf(findingSchema), schema: 'findings.schema.json', pieces: (s) => jsonObjectOfArrays([['findings', s.findings], ['resolved', s.resolved], ['staleVerdicts', s.staleVerdicts]]) },
  { name: 'findings.csv', title: '一致性核查的全部发现：CSV（UTF-8，带 BOM），每项发现一行', format: 'CSV', fields: columns(FINDING_COLUMNS), pieces: (s) => csvLines(FINDING_COLUMNS, s.findings) },
  ...Object.entries(DATA_SCHEMAS).map(([name, schema]): DataFile => ({ name, title: `JSON Schema：${String(schema.title)}`, format: 'JSON Schema', fields: [], pieces: () => [`${JSON.stringify(schema, null, 2)}\n`] })),
];

/** How the build writes DATA_FILES: the claim files in one pass, every other file on its own; each file once, in DATA_FILES order within a pass. */
export const DATA_FILE_PASSES: readonly DataFilePass[] = [
  CLAIM_FILES,
  ...DATA_FILES.filter((file) => !CLAIM_FILES.names.includes(file.name)).map((file): DataFilePass => ({ names: [file.name], steps: (s) => stepsOf(file.pieces(s)) })),
];

function* stepsOf(pieces: Iterable<string>): Generator<readonly [string]> {
  for (const piece of pieces) yield [piece];
}

/** A file's size in bytes, counted piece by piece (the text is never held whole). */
export function byteSize(file: DataFile, sources: DataSources): number {
  let bytes = 0;
  for (const piece of file.pieces(sources)) bytes += Buffer.byteLength(piece, 'utf8');
  return bytes;
}
