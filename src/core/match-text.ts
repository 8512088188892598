/**
 * A matching copy of a text with a map back to the original: NFKC, lower
 * case, one kind of middle dot. Display text is never touched; spans found
 * in the copy are mapped back through `origin`.
 */
const DOTS = /[・•‧∙･]/g;

export interface Normalized {
  text: string;
  /** `origin[i]` is the index in the original of the unit that produced `text[i]`; `origin[text.length]` is the original's length. */
  origin: number[];
}

/** Other characters' matching form, computed once each. */
const mappedChars = new Map<number, string>();

/** The matching form of one character (code point `cp`, written `unit`). */
function mapChar(cp: number, unit: string): string {
  // Most of a claim: CJK unified ideographs and ASCII, which NFKC leaves as they are.
  if (cp >= 0x4e00 && cp <= 0x9fff) return unit;
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : unit;
  let mapped = mappedChars.get(cp);
  if (mapped === undefined) {
    mapped = unit.normalize('NFKC').toLowerCase().replace(DOTS, '·');
    mappedChars.set(cp, mapped);
  }
  return mapped;
}

export function normalizeForLinking(original: string): Normalized {
  const n = original.length;
  const origin: number[] = new Array<number>(n + 1);
  // Most claims are CJK and ASCII that map to themselves: the text is kept, only changed runs are copied.
  const parts: string[] = [];
  let kept = 0;
  let o = 0;
  for (let i = 0; i < n; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (width === 1 && ((cp >= 0x4e00 && cp <= 0x9fff) || (cp < 0x80 && !(cp >= 0x41 && cp <= 0x5a)))) {
      origin[o++] = i++;
      continue;
    }
    const unit = width === 2 ? original.slice(i, i + 2) : original[i]!;
    const mapped = mapChar(cp, unit);
    if (mapped === unit) {
      for (let k = 0; k < width; k++) origin[o++] = i;
    } else {
      parts.push(original.slice(kept, i), mapped);
      for (let k = 0; k < mapped.length; k++) origin[o++] = i;
    }
    i += width;
    if (mapped !== unit) kept = i;
  }
  origin.length = o;
  origin.push(n);
  if (parts.length === 0) return { text: original, origin };
  parts.push(original.slice(kept));
  return { text: parts.join(''), origin };
}

/** Normalise an alias the same way (no map needed). */
export function normalizeAlias(alias: string): string {
  return normalizeForLinking(alias).text;
}
