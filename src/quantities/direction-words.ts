/**
 * The words news writes a direction with, right before a figure: a change (回落3%, 提高1.5个百分点)
 * or the level a direction reached (回落至3%). One list for the figures reader and the checker's
 * change bases (src/check/change-basis.ts). Longest first, so 下降至 is read before 下降.
 */
export type DirectionWord = [word: string, direction: 'up' | 'down'];

const longestFirst = (list: DirectionWord[]): DirectionWord[] => list.sort((a, b) => b[0].length - a[0].length);

/** Words before a figure that make it a change, not a level. */
export const CHANGE_WORDS: readonly DirectionWord[] = longestFirst([
  ['暴增', 'up'], ['增长', 'up'], ['增加', 'up'], ['上涨', 'up'], ['收涨', 'up'], ['大涨', 'up'], ['再涨', 'up'], ['提升', 'up'], ['上升', 'up'], ['涨', 'up'], ['增', 'up'],
  ['提高', 'up'], ['上调', 'up'], ['攀升', 'up'], ['飙升', 'up'], ['回升', 'up'], ['上扬', 'up'], ['走高', 'up'], ['上浮', 'up'], ['跃升', 'up'], ['激增', 'up'], ['猛增', 'up'], ['大增', 'up'], ['增多', 'up'], ['抬升', 'up'], ['拉升', 'up'], ['反弹', 'up'],
  ['下跌', 'down'], ['收跌', 'down'], ['大跌', 'down'], ['下降', 'down'], ['下滑', 'down'], ['缩水', 'down'], ['蒸发', 'down'], ['减少', 'down'], ['跌', 'down'], ['降', 'down'],
  ['降低', 'down'], ['下调', 'down'], ['回落', 'down'], ['下挫', 'down'], ['走低', 'down'], ['下行', 'down'], ['萎缩', 'down'], ['缩减', 'down'], ['削减', 'down'], ['下浮', 'down'], ['回调', 'down'], ['跌去', 'down'], ['锐减', 'down'], ['骤降', 'down'], ['大降', 'down'], ['暴跌', 'down'], ['重挫', 'down'],
]);

/** Words before a level that say how it was reached: 降至 4.69万亿美元. */
export const LEVEL_WORDS: readonly DirectionWord[] = longestFirst([
  ['暴增至', 'up'], ['增至', 'up'], ['涨至', 'up'], ['升至', 'up'], ['提升至', 'up'], ['扩建至', 'up'], ['突破', 'up'], ['跃升至', 'up'], ['增长至', 'up'], ['上涨至', 'up'],
  ['提高至', 'up'], ['上调至', 'up'], ['攀升至', 'up'], ['飙升至', 'up'], ['回升至', 'up'], ['上扬至', 'up'], ['增加至', 'up'], ['上升至', 'up'], ['反弹至', 'up'], ['上浮至', 'up'],
  ['增到', 'up'], ['涨到', 'up'], ['升到', 'up'], ['提升到', 'up'], ['提高到', 'up'], ['增加到', 'up'], ['增长到', 'up'], ['上涨到', 'up'], ['上升到', 'up'], ['回升到', 'up'], ['上调到', 'up'],
  ['降至', 'down'], ['跌至', 'down'], ['下降至', 'down'], ['缩水至', 'down'], ['减少至', 'down'], ['跌破', 'down'], ['下跌至', 'down'],
  ['降低至', 'down'], ['下调至', 'down'], ['回落至', 'down'], ['下挫至', 'down'], ['下滑至', 'down'], ['萎缩至', 'down'], ['缩减至', 'down'], ['削减至', 'down'], ['回调至', 'down'], ['下探至', 'down'], ['下修至', 'down'], ['下浮至', 'down'],
  ['降到', 'down'], ['跌到', 'down'], ['下降到', 'down'], ['减少到', 'down'], ['降低到', 'down'], ['下跌到', 'down'], ['下滑到', 'down'], ['回落到', 'down'], ['下调到', 'down'],
]);

