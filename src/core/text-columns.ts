/**
 * Code-point columns of a line, computed once: `columnAt` counts from the line
 * start on every call, which is quadratic when a body line holds 100,000 claims.
 */
export function columnsOf(line: string): (index: number) => number {
  const table = new Uint32Array(line.length + 1);
  let column = 1;
  for (let i = 0; i < line.length; i++) {
    table[i] = column;
    const code = line.charCodeAt(i);
    // The low half of a surrogate pair shares its character's column.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) table[++i] = column;
    }
    column++;
  }
  table[line.length] = column;
  return (index) => table[Math.max(0, Math.min(index, line.length))]!;
}
