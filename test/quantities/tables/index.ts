/** Every quantity table, by class. */
import { cheng } from './cheng.ts';
import { chineseScale } from './chinese-scale.ts';
import { directionWords } from './direction-words.ts';
import { fractions } from './fractions.ts';
import { fromTo } from './from-to.ts';
import { hedges } from './hedges.ts';
import { mixed } from './mixed.ts';
import { more } from './more.ts';
import { none } from './none.ts';
import type { Table } from './render.ts';
import { sign } from './sign.ts';
import { units } from './units.ts';
import { urls } from './urls.ts';
import { zero } from './zero.ts';

export const TABLES: Table[] = [sign, more, zero, chineseScale, cheng, hedges, fractions, units, mixed, fromTo, directionWords, urls, none];
