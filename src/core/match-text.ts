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

export function normalizeForLinking(original: string): Normalized {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const unit = String.fromCodePoint(cp);
    const mapped = unit.normalize('NFKC').toLowerCase().replace(DOTS, '·');
    for (let k = 0; k < mapped.length; k++) origin.push(i);
    text += mapped;
    i += unit.length;
  }
  origin.push(original.length);
  return { text, origin };
}

/** Normalise an alias the same way (no map needed). */
export function normalizeAlias(alias: string): string {
  return normalizeForLinking(alias).text;
}
