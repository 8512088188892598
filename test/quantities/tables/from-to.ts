/** 从A…至B: both ends, each with its own time when written. */
import type { Table } from './render.ts';

export const fromTo: Table = {
  name: 'from-to',
  cases: [
    ['股东户数从4.6万暴增至22.4万', '46000 -', '224000 -'],
    ['价格从3月5日的1.2万元/吨涨至5月8日的1.5万元/吨', '1.2万 CNY/t @2025-03-05', '1.5万 CNY/t @2025-05-08'],
    ['从2024年的100亿元增长到2025年的150亿元', '100亿 CNY @2024', '150亿 CNY @2025'],
    ['利用率从1月的5%降至3月的3%', '5 percent @2025-01', '3 percent @2025-03'],
    ['营收从100亿元增至120亿元', '100亿 CNY', '120亿 CNY'],
    ['毛利率从-5%升至3%', '-5 percent', '3 percent'],
    ['从十多万人增至二十多万人', '[10万, 20万) person', '[20万, 30万) person'],
  ],
};
