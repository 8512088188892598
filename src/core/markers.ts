/**
 * The citation-marker grammar of a seed body (README, "Adding a seed"):
 *
 * ```
 * marker  = open number close        [2]  ［12］
 * open    = "[" | "［"               close = "]" | "］"
 * number  = digit+, value 1–9999     ASCII 0-9 or full-width ０-９
 * run     = marker (space* marker)*  [2][5]  [2] [5]
 * ```
 *
 * A run ends a claim and must be followed by a space or the end of the line.
 * Nothing else is a marker: `[]`, `[ 1 ]`, `[1.5]`, `[1,2]`, `[1-3]`, `[a]`,
 * `[٣]` (Arabic-Indic), `[²]` (superscript) and `[12abc` are not, and one of
 * them where a claim ends is an error, never text joined to the next claim.
 * Lists and ranges are refused rather than expanded: `[1,2]` is written `[1][2]`.
 */

/** The largest paragraph number a marker may carry. */
export const MAX_PARAGRAPH = 9999;

/** One marker `[n]`. */
export const MARKER = /[[［]([0-9０-９]+)[\]］]/g;
/** A run of markers, optionally separated by spaces: `[2][5]`, ` [2] [5]`. */
export const MARKER_RUN = /[ \t\u3000]*[[［][0-9０-９]+[\]］](?:[ \t\u3000]*[[［][0-9０-９]+[\]］])*/g;

/** The paragraph number a marker's digits stand for, or why they are not one. */
export function paragraphNumber(digits: string): number | string {
  const ascii = digits.normalize('NFKC');
  // Compared as text first, so 400 digits never become Infinity.
  const value = ascii.replace(/^0+/, '');
  if (value === '') return `paragraph number ${digits} is not a paragraph: paragraphs count from 1`;
  if (value.length > String(MAX_PARAGRAPH).length || Number(value) > MAX_PARAGRAPH) {
    return `paragraph number ${digits.length > 12 ? `${digits.slice(0, 12)}… (${digits.length} digits)` : digits} is out of range: at most ${MAX_PARAGRAPH}`;
  }
  return Number(value);
}

/**
 * What is wrong with the end of a claim's text when it is bracketed but not a
 * marker (`[1,2]`, `[ 1 ]`, `[a]`, `[12abc`, a stray `]` or `[`), with the
 * UTF-16 index in `text` where the bracketed part starts; undefined when the
 * text does not end in brackets (`公告称[注]合同已解除` is text).
 */
export function bracketedEnd(text: string): { index: number; message: string } | undefined {
  const open = Math.max(text.lastIndexOf('['), text.lastIndexOf('［'));
  const close = Math.max(text.lastIndexOf(']'), text.lastIndexOf('］'));
  if (open > close) {
    const rest = text.slice(open);
    if (/\s/.test(rest)) return undefined;
    const message = /^[[［][0-9０-９]/.test(rest) ? `unterminated citation marker "${rest}": expected "]"` : `"${rest}" is not a citation marker: a marker is [n], n a paragraph number`;
    return { index: open, message };
  }
  if (close >= 0 && close === text.length - 1) {
    const index = open >= 0 ? open : close;
    return { index, message: `"${text.slice(index)}" is not a citation marker: a marker is [n], n a paragraph number from 1 to ${MAX_PARAGRAPH} (write a list or range as [1][2][3])` };
  }
  return undefined;
}

/** A bracketed group that looks like a marker but is not one (`[]`, `[1.5]`, `[-1]`, `[٣]`). */
export const MARKER_LIKE = /[[［][\p{N}\s,，、.．\-－–—~～+]*[\]］]/gu;

/** `2 5`: paragraph numbers as markers allow them (1–9999, no leading zero), one space apart, as content and corrections write refs. */
export function isParagraphList(text: string): boolean {
  return /^[1-9]\d{0,3}( [1-9]\d{0,3})*$/.test(text);
}
