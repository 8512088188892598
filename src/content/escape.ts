/**
 * Escape seed text for MDX so that it stays text: no JSX, no `{expressions}`,
 * no links, no emphasis, no character references. Every ASCII punctuation
 * character with meaning in MDX gets a backslash escape, which CommonMark
 * allows for any ASCII punctuation; parsing the result gives back the input.
 */
const SIGNIFICANT = /[\\`*_{}[\]<>&#~|!]/g;

export function escapeMdxText(text: string): string {
  return text.replace(SIGNIFICANT, (c) => `\\${c}`);
}
