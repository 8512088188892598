#!/usr/bin/env node
/**
 * Score an extractor on the case tables: right / wrong / none per class.
 * `node test/quantities/tables/score.ts [path/to/extract.ts] [--list]`; the
 * path lets an older copy be scored the same way (before/after figures).
 */
import { pathToFileURL } from 'node:url';
import type { extract as Extract } from '../../../src/quantities/extract.ts';
import { TABLES } from './index.ts';
import { judge, render, type Verdict } from './render.ts';
import { renderTimes, times } from './times.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const path = args.find((a) => !a.startsWith('--'));
const { extract } = (await import(path ? pathToFileURL(path).href : '../../../src/quantities/extract.ts')) as { extract: typeof Extract };
const reference = { reference: '2025-11-12' };
const totals: Record<Verdict, number> = { right: 0, wrong: 0, none: 0 };
for (const table of [...TABLES, times]) {
  const counts: Record<Verdict, number> = { right: 0, wrong: 0, none: 0 };
  for (const [text, ...want] of table.cases) {
    let got: string[];
    try {
      const x = extract(text, reference);
      got = table === times ? renderTimes(x) : render(x);
    } catch (error) {
      got = [`error: ${(error as Error).message}`];
    }
    const verdict = judge(got, want);
    counts[verdict]++;
    totals[verdict]++;
    if (list && verdict !== 'right') console.log(`  ${verdict.padEnd(5)} ${text} → ${JSON.stringify(got)} (want ${JSON.stringify(want)})`);
  }
  console.log(`${table.name.padEnd(14)} right ${String(counts.right).padStart(3)}  wrong ${String(counts.wrong).padStart(3)}  none ${String(counts.none).padStart(3)}`);
}
const all = totals.right + totals.wrong + totals.none;
console.log(`${'all'.padEnd(14)} right ${totals.right}  wrong ${totals.wrong}  none ${totals.none}  of ${all} cases`);
