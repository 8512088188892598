/** The matching copy of a text (src/core/match-text.ts): NFKC, lower case, one middle dot, mapped back. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeForLinking } from '../src/core/match-text.ts';
import { repo } from './helpers/project.ts';

/** The definition, one character at a time, without shortcuts. */
const reference = (unit: string) => unit.normalize('NFKC').toLowerCase().replace(/[・•‧∙･]/g, '·');

describe('normalizeForLinking', () => {
  it('maps every character as NFKC, lower case and one middle dot do', () => {
    const seed = readFileSync(join(repo, 'seeds/000_9e1dc24315306668.txt'), 'utf8');
    const ranges = [[0x20, 0x7e], [0xa0, 0x24f], [0x2000, 0x206f], [0x3000, 0x30ff], [0x4e00, 0x4e20], [0x9fe0, 0x9fff], [0xf900, 0xf920], [0xff01, 0xff5e]];
    const sample = [...new Set([...seed, ...ranges.flatMap(([a, b]) => Array.from({ length: b! - a! + 1 }, (_, i) => String.fromCodePoint(a! + i))), '𠀀', '𝐀'])];
    for (const unit of sample) expect(normalizeForLinking(unit).text, `U+${unit.codePointAt(0)!.toString(16)}`).toBe(reference(unit));
  });

  it('maps each unit of the copy back to where it came from', () => {
    const { text, origin } = normalizeForLinking('ＡＩ芯片・１２𠀀Ⅻ');
    expect(text).toBe('ai芯片·12𠀀xii');
    expect(origin).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 7, 9, 9, 9, 10]);
  });
});
