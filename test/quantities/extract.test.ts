/** Every case of ../shared/docs/quantities.md, plus the corpus's own forms. Values are exact decimal strings. */
import { describe, expect, it } from 'vitest';
import { add, dec, sub, toString } from '../../src/quantities/decimal.ts';
import { extract, type Quantity } from '../../src/quantities/extract.ts';

const ref = { reference: '2025-11-12' };
const one = (text: string): Quantity => {
  const { quantities } = extract(text, ref);
  expect(quantities, text).toHaveLength(1);
  return quantities[0]!;
};
/** Interval notation: [a, b), (a, ∞) … */
const iv = (q: Quantity) => `${q.lowerOpen ? '(' : '['}${q.lower ?? '-∞'}, ${q.upper ?? '∞'}${q.upperOpen ? ')' : ']'} ${q.unit}`.trim();

describe('exact decimals', () => {
  it('22.4 − 4.6 is 17.8 exactly (it is not in floats)', () => {
    expect(22.4 - 4.6).not.toBe(17.8);
    expect(toString(sub(dec('22.4'), dec('4.6')))).toBe('17.8');
    expect(toString(add(dec('0.1'), dec('0.2')))).toBe('0.3');
  });
});

describe('quantities.md cases', () => {
  const cases: [string, string, Partial<Quantity>?][] = [
    ['不足20%', '[0, 20) percent', { hedge: 'below' }],
    ['高达70%-80%', '[70, 80] percent', { hedge: 'range' }],
    ['仅2-3年', '[2, 3] year'],
    ['两三年', '[2, 3] year'],
    ['五六年后', '[5, 6] year'],
    ['一两千家', '[1000, 2000] organisation'],
    ['突破5万亿美元', '(5000000000000, ∞) USD', { hedge: 'above', direction: 'up' }],
    ['约1.2万亿元', '[1150000000000, 1250000000000] CNY', { hedge: 'approx', amount: '1200000000000', precision: 11 }],
    ['4.52万', '[45200, 45200]', { amount: '45200' }],
    ['0.7万亿', '[700000000000, 700000000000]', { amount: '700000000000' }],
    ['一万二', '[12000, 12000]', { amount: '12000' }],
    ['二十二点四万', '[224000, 224000]', { amount: '224000' }],
    ['百分之二十', '[20, 20] percent'],
    ['三成', '[30, 30] percent'],
    ['两成', '[20, 20] percent'],
    ['30个百分点', '[30, 30] pp', { dimension: 'percentage-points' }],
    // A basis point is a hundredth of a percentage point, never a count of 个.
    ['10个基点', '[0.1, 0.1] pp', { dimension: 'percentage-points', surface: '10个基点' }],
    ['下调25个基点', '[0.25, 0.25] pp', { change: 'down', surface: '25个基点' }],
    ['下降15bp', '[0.15, 0.15] pp', { change: 'down', surface: '15bp' }],
    ['上升5BPs', '[0.05, 0.05] pp', { change: 'up', surface: '5BPs' }],
    ['翻两番', '[4, 4] times', { change: 'up' }],
    ['十几倍', '[11, 19] times'],
    ['1.5吉瓦', '[1500000000, 1500000000] W', { precision: 8 }],
    ['1.5GW', '[1500000000, 1500000000] W'],
    ['１２０％', '[120, 120] percent', { surface: '１２０％' }],
    ['1,234.5亿元', '[123450000000, 123450000000] CNY'],
    ['近千亿元', '[90000000000, 100000000000) CNY', { hedge: 'near' }],
    ['每小时8美元', '[8, 8] USD/hour'],
    ['数百亿', '[20000000000, 90000000000]'],
    ['5万多', '[50000, 60000)', { hedge: 'more' }],
  ];
  for (const [text, interval, fields] of cases) {
    it(`${text} → ${interval}`, () => {
      const q = one(text);
      expect(iv(q)).toBe(interval);
      if (fields) expect(q).toMatchObject(fields);
    });
  }

  it('从4.6万暴增至22.4万: two values, change +17.8万 exactly, ratio ×4.87', () => {
    const [from, to] = extract('股东户数从4.6万暴增至22.4万', ref).quantities;
    expect(from!.amount).toBe('46000');
    expect(to!.amount).toBe('224000');
    expect(to!.from).toEqual({ amount: '46000', delta: '178000', ratio: '4.87', surface: '4.6万' });
    expect(to!.direction).toBe('up');
  });

  it('市值一夜 / 第三季度 / 二〇二五年: no quantity / a time qualifier / the year 2025', () => {
    expect(extract('市值一夜蒸发', ref).quantities).toEqual([]);
    expect(extract('第三季度', ref)).toMatchObject({ quantities: [], times: [{ start: 0, end: 4, surface: '第三季度', value: '2025-Q3', relative: true, period: { start: '2025-07-01', end: '2025-09-30' } }] });
    expect(extract('二〇二五年', ref).times.map((t) => t.value)).toEqual(['2025']);
  });

  it('除夕 / 大年初一 / 初四至初七: days of the Spring Festival of the year; 月初 and 年初 are not', () => {
    const values = (text: string) => extract(text, { reference: '2025-02-05' }).times.map((t) => t.value);
    expect(values('大年初一单日票房18.21亿元')).toEqual(['2025-01-29']);
    expect(values('除夕至大年初三票房48.6亿元，初四至初七为46.5亿元')).toEqual(['2025-01-28', '2025-01-31', '2025-02-01', '2025-02-04']);
    expect(values('正月初七返程高峰')).toEqual(['2025-02-04']);
    expect(values('初一上映的影片')).toEqual([]);
    expect(values('3月初价格回升')).toEqual(['2025-03']);
  });

  it('reads a date with no year against the article’s month, and after a date of an earlier year from that date', () => {
    const values = (text: string, reference: string, published: string) => extract(text, { reference, published }).times.map((t) => t.value);
    expect(values('截至10月8日，累计票房为80.72亿元', '2025-08-31', '2025-10-09')).toEqual(['2025-10-08']);
    expect(values('6月1日起执行', '2023-05-01', '2025-03-01')).toEqual(['2023-06-01']);
    expect(values('1月3日发布', '2024-12-30', '2025-01-10')).toEqual(['2025-01-03']);
    expect(values('12月5日发布', '2025-03-01', '2025-03-02')).toEqual(['2024-12-05']);
  });

  it('从2024年的X至上半年的Y: the half a change goes to is after the whole year it came from (the article’s); 一季度…至二季度 stays in its year', () => {
    const values = (text: string) => extract(text, { reference: '2025-08-29' }).times.map((t) => t.value);
    expect(values('华信银行净息差从2024年的1.63%收窄至上半年的1.55%')).toEqual(['2024', '2025-H1']);
    expect(values('净息差从2024年一季度的1.70%降至二季度的1.65%')).toEqual(['2024-Q1', '2024-Q2']);
    expect(values('2024年净息差为1.63%，上半年为1.55%')).toEqual(['2024', '2024-H1']);
  });

  it('年末 alone before the middle of the year is last year’s end; 预计年末 and a later article’s are this year’s', () => {
    const values = (text: string, reference: string) => extract(text, { reference }).times.map((t) => t.value);
    expect(values('年末商业银行拨备覆盖率为211.2%', '2025-02-18')).toEqual(['2024-12']);
    expect(values('预计年末商业银行拨备覆盖率为210%', '2025-02-18')).toEqual(['2025-12']);
    expect(values('年末商业银行拨备覆盖率有望保持在210%', '2025-10-18')).toEqual(['2025-12']);
  });

  it('增长两倍 is marked ambiguous', () => {
    const q = one('营收增长两倍');
    expect(q.ambiguous).toMatch(/×3 strictly.*×2 colloquially/);
    expect(iv(q)).toBe('[2, 3] times');
  });
});

describe('corpus forms', () => {
  it('reads changes and levels with their direction words', () => {
    const qs = extract('当日收涨近5%,股价历史性突破200美元,次日再涨近3%,市值突破5万亿美元', ref).quantities;
    expect(qs.map((q) => [q.surface, q.change ?? null, q.direction ?? null, q.hedge])).toEqual([
      ['5%', 'up', null, 'near'],
      ['200美元', null, 'up', 'above'],
      ['3%', 'up', null, 'near'],
      ['5万亿美元', null, 'up', 'above'],
    ]);
    expect(extract('市值缩水超过4600亿美元', ref).quantities[0]).toMatchObject({ change: 'down', hedge: 'above', amount: '460000000000' });
    expect(extract('市值降至4.69万亿美元', ref).quantities[0]).toMatchObject({ direction: 'down', directionWord: '降至', amount: '4690000000000' });
  });

  it('does not read names, codes, ordinals or times as figures', () => {
    const text = '纳指100ETF(159660)及其联接基金(A类:018966)第一,H100与Q1';
    expect(extract(text, { ...ref, skip: [{ start: 0, end: 16 }] }).quantities).toEqual([]);
    const { quantities, times } = extract('截至2024年11月全国已投运智算中心项目近150个', ref);
    expect(times.map((t) => t.value)).toEqual(['2024-11']);
    expect(quantities.map((q) => q.surface)).toEqual(['150个']);
  });

  it('resolves relative times against the reference date and the last date named', () => {
    const { times } = extract('10月28日举办大会,当日收涨,次日再涨;今年4月以来,明年上市', ref);
    expect(times.map((t) => t.value)).toEqual(['2025-10-28', '2025-10-28', '2025-10-29', '2025-04', '2026']);
  });

  it('maps spans back to the text as written', () => {
    const text = '利用率不足２０％，闲置率高达70%-80%';
    const qs = extract(text, ref).quantities;
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(['２０％', '70%-80%']);
  });
});

describe('bases: times a figure is measured against, not dated by', () => {
  const bases = (text: string) => extract(text, ref).times.map((t) => `${t.surface}${t.base ? ' base' : ''}`);
  it.each([
    ['较2019年同期增长15%', ['2019年 base', '同期 base']],
    ['比上月增长3%', ['上月 base']],
    ['运输旅客622万人次，恢复至2019年同期的九成左右', ['2019年 base', '同期 base']],
    ['国际航线运力今年将恢复至2019年的105%', ['今年', '2019年 base']],
    ['营收为2024年的1.2倍', ['2024年 base']],
    ['市值降至4月28日的4.69万亿美元', ['4月28日']],
    ['2024年营收为88.6亿元', ['2024年']],
  ])('%s', (text, want) => {
    expect(bases(text)).toEqual(want);
  });
});
