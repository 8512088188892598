/** Split text at mention spans so a page can highlight or link them. */
export interface Segment {
  text: string;
  /** The entity the segment mentions, if it is a mention. */
  entity?: string;
}

export function segments(text: string, mentions: readonly { start: number; end: number; entity: string | null }[]): Segment[] {
  const out: Segment[] = [];
  let cursor = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.entity === null || m.start < cursor) continue;
    if (m.start > cursor) out.push({ text: text.slice(cursor, m.start) });
    out.push({ text: text.slice(m.start, m.end), entity: m.entity });
    cursor = m.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor) });
  return out;
}
