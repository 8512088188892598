/** Display helpers shared by the renderer and the pages (pure, no Astro). */

/** `[2, 5]` → `原文第2、5段`: where the claim stands in the original article. */
export function formatRefs(refs: readonly number[]): string {
  return `原文第${refs.join('、')}段`;
}

/** `seeds/x.txt`, 7, 12 → `seeds/x.txt:7:12`. */
export function formatSource(file: string, line: number, column: number): string {
  return `${file}:${line}:${column}`;
}
