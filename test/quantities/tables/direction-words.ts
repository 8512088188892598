/**
 * The words news writes a change with, each way: a change is signed (回落3% is −3%), a level reached
 * by a direction word is not (回落至3% is 3%), and a word that only contains a change verb is no change.
 */
import type { Table } from './render.ts';

export const directionWords: Table = {
  name: 'direction words',
  cases: [
    ['价格同比回落3%', '-3 percent'],
    ['股价下挫3.2%', '-3.2 percent'],
    ['营收同比下调5%', '-5 percent'],
    ['净利润萎缩20%', '-20 percent'],
    ['产量缩减10%', '-10 percent'],
    ['开支削减两成', '-20 percent'],
    ['收入下行3%', '-3 percent'],
    ['价格走低1.5%', '-1.5 percent'],
    ['指数回调2%', '-2 percent'],
    ['三个月跌去295元', '3 month', '-295 CNY'],
    ['出口锐减三成', '-30 percent'],
    ['毛利率降低2个百分点', '-2 pp'],
    ['客座率同比提高1.5个百分点', '1.5 pp'],
    ['票价上调5%', '5 percent'],
    ['指数攀升3%', '3 percent'],
    ['股价飙升20%', '20 percent'],
    ['价格回升3%', '3 percent'],
    ['价格上扬0.8%', '0.8 percent'],
    ['订单激增两成', '20 percent'],
    ['股价反弹4%', '4 percent'],
    ['回落至3%', '3 percent'],
    ['开工率回升至65%', '65 percent'],
    ['票价下调至800元', '800 CNY'],
    ['价格降到5元', '5 CNY'],
    ['产能利用率提高到78%', '78 percent'],
    ['减持1143万股', '1143万 share'],
    ['减亏14.5亿元', '14.5亿 CNY'],
    ['计划压减粗钢产量约5%', '[4.5, 5.5] percent'],
    // A doubling written in words, with or without 了.
    ['营收翻倍', '2 times'],
    ['销量翻了一番', '2 times'],
    ['利润翻了两番', '4 times'],
    // A range after a change word is a range of the change when its start has no unit of its own.
    ['下降3至5个百分点', '[-5, -3] pp'],
    ['提高2到3个百分点', '[2, 3] pp'],
    ['增加12亿元至150亿元', '12亿 CNY', '150亿 CNY'],
  ],
};
