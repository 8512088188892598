/** Display helpers shared by the renderer and the pages (pure, no Astro). */

/** `[2, 5]` → `原文第2、5段`: where the claim stands in the original article. */
export function formatRefs(refs: readonly number[]): string {
  return `原文第${refs.join('、')}段`;
}

/** `seeds/x.txt`, 7, 12 → `seeds/x.txt:7:12`. */
export function formatSource(file: string, line: number, column: number): string {
  return `${file}:${line}:${column}`;
}

/**
 * Where a seed place may wrap on a narrow screen: after each `/` and before
 * `:line:column` (`seeds/` | `x.txt` | `:31:441`), so it never breaks inside a
 * name or a number. The pieces joined are the place as written.
 */
export function sourceBreaks(place: string): string[] {
  const at = /:\d+(?::\d+)?$/.exec(place);
  const path = at ? place.slice(0, at.index) : place;
  return [...path.split(/(?<=\/)/), ...(at ? [at[0]] : [])].filter((piece) => piece !== '');
}
