import type { Diagnostic } from './diagnostic.ts';

/** A decoded text file split into lines, with LF line ends and no BOM. */
export interface TextFile {
  file: string;
  lines: string[];
}

/**
 * Decode bytes as UTF-8, strictly: a GBK or otherwise non-UTF-8 file fails
 * with a located message instead of turning into replacement characters.
 * One leading BOM is stripped; CRLF and lone CR become LF before lines count.
 */
export function decodeText(file: string, bytes: Uint8Array): TextFile | Diagnostic {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { file, ...locateInvalidUtf8(bytes), source: 'seed', rule: 'encoding', fatal: true, message: 'file is not valid UTF-8 (GBK or another encoding?): re-export it as UTF-8' };
  }
  return { file, lines: text.replace(/\r\n?/g, '\n').split('\n') };
}

/** Line and column of the first byte sequence that is not UTF-8. */
function locateInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) break;
    let ok = true;
    for (let k = 1; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (!ok) break;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += size;
  }
  return { line, column };
}

/** 1-based code-point column of UTF-16 index `index` in `line`. */
export function columnAt(line: string, index: number): number {
  let column = 1;
  for (let i = 0; i < index; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < index) i++;
    column++;
  }
  return column;
}

/**
 * A copy of `text` for matching only: NFKC (full-width digits, brackets and
 * letters become ASCII), whitespace runs collapsed, trimmed. Never displayed.
 */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
