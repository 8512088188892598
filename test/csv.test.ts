/** The CSV writer (src/site/csv.ts): RFC 4180 fields, CRLF rows, a BOM first; read back by an independent reader. */
import { describe, expect, it } from 'vitest';
import { csvField, csvLines, csvRow, joinList } from '../src/site/csv.ts';
import { readCsv } from './helpers/csv.ts';

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvField('英伟达')).toBe('英伟达');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"涨了"')).toBe('"他说""涨了"""');
    expect(csvField('两行\n文字')).toBe('"两行\n文字"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
    // Written as it is: no trimming, no prefix before a leading minus or equals sign.
    expect(csvField(' -5.74% ')).toBe(' -5.74% ');
  });

  it('ends rows with CRLF and starts the file with a BOM and the header', () => {
    expect(csvRow(['a', null, 3])).toBe('a,,3\r\n');
    const text = [...csvLines([{ name: 'id', description: '', value: (r: { id: string }) => r.id }], [{ id: 'x' }])].join('');
    expect(text).toBe('\uFEFFid\r\nx\r\n');
  });

  it('reads back exactly what it wrote, commas, quotes and line breaks included', () => {
    const records = [
      { id: 'c1', text: '算力,过剩"吗"\r\n第二行', refs: [2, 5] },
      { id: 'c2', text: '', refs: [] },
      { id: 'c3', text: '"', refs: [1] },
    ];
    const columns = [
      { name: 'id', description: '', value: (r: (typeof records)[number]) => r.id },
      { name: 'text', description: '', value: (r: (typeof records)[number]) => r.text },
      { name: 'refs', description: '', value: (r: (typeof records)[number]) => joinList(r.refs) },
    ];
    const text = [...csvLines(columns, records)].join('');
    const [header, ...rows] = readCsv(text.slice(1));
    expect(header).toEqual(['id', 'text', 'refs']);
    expect(rows).toEqual(records.map((r) => [r.id, r.text, r.refs.join('|')]));
  });

  it('the test reader refuses malformed CSV (so the data test can fail)', () => {
    expect(() => readCsv('"open')).toThrow(/unterminated/);
    expect(() => readCsv('a"b,c')).toThrow(/quote inside/);
    expect(() => readCsv('"a"b,c')).toThrow(/after a closing quote/);
  });
});
