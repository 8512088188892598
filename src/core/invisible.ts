/**
 * Characters that hide what a text says: bidi controls and zero-width
 * characters (a reviewer cannot see them in a diff), and C0/C1 controls other
 * than tab (NUL becomes U+FFFD in MDX, so it would not read back). A zero-width
 * joiner between two pictographs is part of an emoji (👨‍👩‍👧) and is allowed.
 */
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/g;
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?$/u;
const PICTOGRAPH_AFTER = /^\p{Extended_Pictographic}/u;

export interface Hidden {
  /** UTF-16 index in the text. */
  index: number;
  /** `U+202E`. */
  code: string;
}

/** Every hidden character in `text`, in order. */
export function findHidden(text: string): Hidden[] {
  const found: Hidden[] = [];
  for (const m of text.matchAll(HIDDEN)) {
    if (m[0] === '\u200D' && PICTOGRAPH_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) && PICTOGRAPH_AFTER.test(text.slice(m.index + 1, m.index + 3))) continue;
    found.push({ index: m.index, code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  return found;
}

/** The message for a hidden character, the same in seeds and in YAML. */
export function hiddenMessage(hidden: Hidden, escaped = false): string {
  const code = Number.parseInt(hidden.code.slice(2), 16);
  const what = code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'control character' : 'invisible character';
  const how = escaped ? ', not even escaped' : '';
  return `${escaped ? 'escaped ' : ''}${what} ${hidden.code} is not allowed${how} (bidi controls and zero-width characters hide changes from reviewers)`;
}
