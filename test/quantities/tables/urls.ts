/** Addresses and parameters are never figures. */
import type { Table } from './render.ts';

export const urls: Table = {
  name: 'urls',
  cases: [
    ['https://example.com/search?q=30%25'],
    ['来源www.example.com/2025/100亿'],
    ['?q=30%25'],
    ['utm=50%'],
    ['http://x.cn/a?rate=5%'],
    ['见https://a.com/p?id=100元'],
    ['链接https://a.com/x 增长30%', '30 percent'],
    ['https://a.com/x增长30%', '30 percent'],
    ['v1.5版'],
    ['#30%'],
    ['详见http://news.cn/2025-11/12/c_1.htm'],
  ],
};
