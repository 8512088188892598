/** 成 is tenths after Arabic digits too: 2成, 约3成, 2-3成. */
import type { Table } from './render.ts';

export const cheng: Table = {
  name: 'cheng',
  cases: [
    ['2成', '20 percent'],
    ['约3成', '[25, 35] percent'],
    ['2-3成', '[20, 30] percent'],
    ['七八成', '[70, 80] percent'],
    ['超过5成', '(50, ∞) percent'],
    ['不到1成', '[0, 10) percent'],
    ['近4成', '[36, 40) percent'],
    ['三成', '30 percent'],
    ['5成以上', '[50, ∞) percent'],
    ['1.5成', '15 percent'],
    ['两成', '20 percent'],
    ['六成以上', '[60, ∞) percent'],
    ['约两成', '[15, 25] percent'],
    ['四到五成', '[40, 50] percent'],
    ['逾六成', '(60, ∞) percent'],
    ['8成企业', '80 percent'],
    ['降低3成本'],
    ['一成不变'],
    ['2成为'],
    ['六成八', '68 percent'],
    ['两成半', '25 percent'],
  ],
};
