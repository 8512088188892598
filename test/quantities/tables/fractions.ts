/** Fractions, 千分之 and 万分之 as percentages; no finite decimal → the six-decimal interval around it. */
import type { Table } from './render.ts';

export const fractions: Table = {
  name: 'fractions',
  cases: [
    ['三分之一', '[33.333333, 33.333334] percent'],
    ['五分之一以上', '[20, ∞) percent'],
    ['千分之三', '0.3 percent'],
    ['万分之五', '0.05 percent'],
    ['万分之一点五', '0.015 percent'],
    ['千分之三到千分之五', '[0.3, 0.5] percent'],
    ['千分之三到五', '[0.3, 0.5] percent'],
    ['四分之三', '75 percent'],
    ['二分之一', '50 percent'],
    ['八分之一', '12.5 percent'],
    ['三分之二', '[66.666666, 66.666667] percent'],
    ['超过三分之一', '(33.333333, ∞) percent'],
    ['不到五分之一', '[0, 20) percent'],
    ['3‰', '0.3 percent'],
    ['5‱', '0.05 percent'],
    ['百分之五到百分之十', '[5, 10] percent'],
    ['百分之三点五', '3.5 percent'],
    ['十分之一', '10 percent'],
    ['4分之1', '25 percent'],
    ['三分之一的企业', '[33.333333, 33.333334] percent'],
    ['手续费为千分之一点五', '0.15 percent'],
    ['二十分之一', '5 percent'],
    ['百分之几'],
    ['三分之四'],
  ],
};
