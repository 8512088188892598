/**
 * What a change is measured against, and a change written after the figure it
 * changes. A change meets only changes against the same base: 同比 (较上年同期,
 * 比去年), 环比, or the base it names (较上周, 较年初, 比4月末, 较春节前), so
 * 较上周下跌1.9% never contradicts 较年初下跌15% of the same price on one day.
 */
import { CHANGE_WORDS, type DirectionWord } from '../quantities/direction-words.ts';

/** Words that change a length or a loss, beside the figures reader's direction words. */
const MORE_CHANGE_WORDS: readonly DirectionWord[] = [['缩短', 'down'], ['延长', 'up'], ['收窄', 'down'], ['扩大', 'up'], ['减亏', 'down'], ['增亏', 'up']];
const DIRECTION = new Map([...CHANGE_WORDS, ...MORE_CHANGE_WORDS]);
/** Words that say a figure is a change (a regular-expression alternation, longest first). */
export const CHANGE_WORD = [...DIRECTION.keys()].sort((a, b) => b.length - a.length).join('|');
const COMPARED_WITH = '(?:较|比|相比|相较)于?';
/** Against the same time a year before; not 上年末 / 去年底 (the end of last year is a base of its own). */
const YEAR_BEFORE = new RegExp(`同比|${COMPARED_WITH}(?:上年|去年|上一年度?)(?:同期)?(?![末底初])`);
const NAMED_BASE = new RegExp(`${COMPARED_WITH}([^，,。；;、]{1,12}?)的?(?:大幅|小幅)?(?=${CHANGE_WORD})`);

/** The base of a change from the words before its figure: '同比', '环比', '较上周', '较上年末', or '' when none is named. */
export function changeBasis(text: string): string {
  // The clause of the figure says it: 环比持平，同比下降5.2% is against the year before.
  const words = text.slice(Math.max(text.lastIndexOf('，'), text.lastIndexOf(',')) + 1);
  if (/环比/.test(words)) return '环比';
  if (YEAR_BEFORE.test(words)) return '同比';
  const named = NAMED_BASE.exec(words);
  return named ? `较${named[1]!.replace(/^去年/, '上年').replace(/底$/, '末')}` : '';
}

/**
 * Between a figure and a change of it with no metric of its own: ，同比增长 (营收1000亿元，同比增长20%),
 * ，较上周下跌约 (均价为7.62万元/吨，较上周下跌1.9%), ，较上年同期减亏. Group 1 or 2 is the change word.
 */
const CARRY = new RegExp(
  `^[，,、\\s]*(?:(?:同比|环比|${COMPARED_WITH}(?:上年|去年)(?:同期)?)(?:大幅|小幅)?(${CHANGE_WORD})?|${COMPARED_WITH}[^，,。；;、]{1,12}?的?(?:大幅|小幅)?(${CHANGE_WORD}))了?(?:约|近|逾|超过|超)?$`,
);

/** A change after a figure: its base and, when a word says it, its direction; undefined when the words are no such change. */
export function carriedChange(gap: string): { basis: string; direction?: 'up' | 'down' } | undefined {
  const m = CARRY.exec(gap);
  if (!m) return undefined;
  const word = m[1] ?? m[2];
  return { basis: changeBasis(gap), ...(word ? { direction: DIRECTION.get(word)! } : {}) };
}
