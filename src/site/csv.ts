/**
 * CSV as RFC 4180 writes it (CRLF line ends; a field with a comma, a double
 * quote or a line break is quoted, quotes doubled), with a UTF-8 byte order
 * mark first so spreadsheet software reads Chinese as UTF-8. Text is written
 * exactly as it is: nothing is trimmed or prefixed.
 */

/** One field: null is an empty field. */
export type CsvValue = string | number | boolean | null;

/** A column: its header, what it holds (for the /data/ page) and its value for a record. */
export interface CsvColumn<T> {
  name: string;
  description: string;
  value: (record: T) => CsvValue;
}

/** How lists of ids or numbers are written in one field: `a|b|c` (ids and numbers never hold `|`). */
export const LIST_SEPARATOR = '|';
export const joinList = (items: readonly (string | number)[]): string => items.join(LIST_SEPARATOR);

export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (values: readonly CsvValue[]): string => `${values.map(csvField).join(',')}\r\n`;

/** The file's pieces: BOM and header, then one row per record, made as they are read. */
export function* csvLines<T>(columns: readonly CsvColumn<T>[], records: Iterable<T>): Generator<string> {
  yield csvHead(columns);
  for (const record of records) yield csvRecord(columns, record);
}

/** The BOM and the header row. */
export const csvHead = <T>(columns: readonly CsvColumn<T>[]): string => `\uFEFF${csvRow(columns.map((c) => c.name))}`;
export const csvRecord = <T>(columns: readonly CsvColumn<T>[], record: T): string => csvRow(columns.map((c) => c.value(record)));
