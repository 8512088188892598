/**
 * Near-duplicate claims whose figures differ: copies of one text with another
 * number are a possible copying error (130亿 in one, 13亿 in the other). Only
 * when the rest is the same text: same dates (3月7日 SCFI and 7月11日 SCFI are
 * two readings, not a copy), nearly the same words (two companies' figures in
 * one template are two facts), and as many figures; a wrong flag is worse than none.
 */
import type { RuleContext } from './context.ts';

/** At most this many characters differ between the two texts with their figures masked. */
const MAX_EDITS = 2;

/** Figures masked; numbers of dates (3月, 7日, 2024年) kept, since they say when. */
const masked = (text: string) => text.replace(/[0-9]+(?:[.,][0-9]+)*(?![0-9.]*(?:年|月|日|号))/g, '#').replace(/[\s，,。；;：:、]/g, '');

/** Dates and periods: copies of one report name the same ones. */
const DATES = /[0-9]+(?:年|月|日|号)|[一二三四前]季度|[上下]半年|全年/g;

function edits(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/** The figures as written of pairs of copies that differ only in their figures; null when there are none. */
export function differingFigures(context: RuleContext, ids: readonly string[]): string[] | null {
  const members = ids.slice(0, 12).map((id) => {
    const quantities = context.quantities.get(id)?.quantities ?? [];
    const text = context.claims.get(id)?.claim.text ?? '';
    return { dates: (text.match(DATES) ?? []).join(' '), text: masked(context.claims.get(id)?.claim.text ?? ''), values: quantities.map((q) => `${q.amount ?? `${q.lower}–${q.upper}`}${q.unit}`), written: quantities.map((q) => q.surface).join('、') };
  });
  const found = new Set<string>();
  for (const [i, a] of members.entries()) {
    for (const b of members.slice(i + 1)) {
      if (a.values.length === 0 || a.values.length !== b.values.length || a.values.join(' ') === b.values.join(' ')) continue;
      if (a.dates !== b.dates || edits(a.text, b.text, MAX_EDITS) > MAX_EDITS) continue;
      found.add(a.written).add(b.written);
    }
  }
  return found.size > 0 ? [...found] : null;
}

/**
 * Two reports in one template, not a copy: their figures differ and so do their
 * times (2月末 / 4月末) or the entities they name (隆晶绿能 / 天和光能).
 */
export function twoReports(context: RuleContext, a: string, b: string): boolean {
  const qa = context.quantities.get(a);
  const qb = context.quantities.get(b);
  const values = (q: typeof qa) => (q?.quantities ?? []).map((x) => `${x.amount ?? `${x.lower}–${x.upper}`}${x.unit}`).join(' ');
  // Only two figured texts can be two reports; a text without figures inside one with them is a copy in part.
  if (values(qa) === values(qb) || values(qa) === '' || values(qb) === '') return false;
  const times = (q: typeof qa) => (q?.times ?? []).map((t) => t.value).join(' ');
  const named = (id: string) => [...new Set((context.claims.get(id)?.claim.mentions ?? []).map((m) => m.entity).filter((e) => e !== null))].sort().join(' ');
  return times(qa) !== times(qb) || named(a) !== named(b);
}
