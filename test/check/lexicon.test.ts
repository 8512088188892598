/** The shipped metrics lexicon: large, valid, and saying what the families say. */
import { describe, expect, it } from 'vitest';
import { readMetrics, validateMetrics } from '../../src/check/metrics.ts';
import { adhocMetricBefore } from '../../src/check/adhoc-metric.ts';
import { repo } from '../helpers/project.ts';

const { metrics, diagnostics } = readMetrics(repo);
const byAlias = new Map(metrics.flatMap((m) => [m.name, ...m.aliases].map((a) => [a, m] as const)));
const family = (alias: string) => {
  const m = byAlias.get(alias);
  return m && (m.family ?? m.id);
};

describe('the metrics lexicon', () => {
  it('has 120 metrics or more, all valid', () => {
    expect(diagnostics).toEqual([]);
    expect(metrics.length).toBeGreaterThanOrEqual(120);
  });

  it('puts the names of one measure in one family', () => {
    for (const group of [['营收', '营业收入', '收入', '营业总收入'], ['净利润', '归母净利润', '扣非净利润', '利润总额', '净亏损', '亏损'], ['产能利用率', '开工率', '利用率', '闲置率'], ['价格', '均价', '出厂价']]) {
      expect(new Set(group.map(family)), group.join('/')).toHaveProperty('size', 1);
    }
    expect(byAlias.get('净亏损')!.relation).toMatchObject({ kind: 'negation', of: 'net-profit' });
    expect(byAlias.get('扣非净利润')!.relation).toMatchObject({ kind: 'variant' });
    expect(family('毛利率')).not.toBe(family('净利率'));
    for (const alias of ['GDP', 'CPI', 'PPI', 'PMI', '社会消费品零售总额', 'M2']) expect(byAlias.get(alias)!.aggregate, alias).toBe(true);
    for (const alias of ['销量', '交付量', '出货量', '产量', '装机量', '出口量', '进口量', '出栏量', '存栏量', '库存', '库存系数', '去化周期', '渗透率', '市场份额', '占比', '资本支出', '市值', '股价', '市盈率', '涨跌幅']) expect(byAlias.has(alias), alias).toBe(true);
  });

  it('refuses an unknown dimension, window or relation, naming the file and line', () => {
    const { diagnostics: d } = validateMetrics([{ file: 'content/metrics/x.yaml', text: 'id: x\nname: X\ndimensions:\n- money:cny\nwindow: week\nrelation:\n  kind: opposite\n  of: y\ndescription: x\n' }]);
    expect(d.map((x) => `${x.line} ${x.message.split(':')[0]}`)).toEqual(expect.arrayContaining(['4 dimensions.0', '5 window', '7 relation.kind']));
  });

  it('refuses a reading that points at no metric, or at one that does not take its dimension', () => {
    const file = (id: string, body: string) => ({ file: `content/metrics/${id}.yaml`, text: `id: ${id}\nname: ${id}\n${body}window: day\ndescription: x\n` });
    const { diagnostics: d } = validateMetrics([
      file('stock', 'dimensions:\n- mass\nreadings:\n- dimension: duration\n  metric: cover\n- dimension: ratio\n  metric: nowhere\n'),
      file('cover', 'dimensions:\n- count\n'),
    ]);
    expect(d.map((x) => `${x.file}:${x.line} ${x.rule}`)).toEqual(['content/metrics/stock.yaml:5 reading-dimension', 'content/metrics/stock.yaml:5 unknown-reading']);
  });

  it('reads 库存 in months as 库存周期', () => {
    const stock = metrics.find((m) => m.id === 'inventory')!;
    expect(stock.readings).toEqual([{ dimension: 'duration', metric: 'inventory-cycle' }]);
  });
});

describe('the productive rule', () => {
  it('makes a metric of a word ending in a measure head right before a figure', () => {
    expect(adhocMetricBefore('黔台飞仙原箱批价为2150元/瓶', 0, 9)).toMatchObject({ key: '批价' });
    expect(adhocMetricBefore('光伏玻璃日熔量达9万吨', 0, 8)).toMatchObject({ key: '熔量' });
    expect(adhocMetricBefore('集运运价指数报1620点', 0, 7)).toMatchObject({ key: '运价指数' });
    // An aside in brackets, and 由A…至B, between the word and the figure.
    expect(adhocMetricBefore('经济舱平均票价(含税)为914元', 0, 12)).toMatchObject({ key: '票价' });
    expect(adhocMetricBefore('经济舱平均票价（含税）为914元', 0, 12)).toMatchObject({ key: '票价' });
    expect(adhocMetricBefore('单票派费由0.45元', 0, 5)).toMatchObject({ key: '派费' });
    // A verb of cutting or raising (削减, 下调) before a change; a verb bound to its noun (投片量) stays in the key.
    expect(adhocMetricBefore('晶圆投片量削减约20%', 0, 7)).toMatchObject({ key: '投片量' });
    expect(adhocMetricBefore('晶圆投片量下调约15%', 0, 7)).toMatchObject({ key: '投片量' });
    // 保有量 and 持仓量 are measures whole: not 有量 of 保, 仓量 of 持.
    expect(adhocMetricBefore('仍为正常保有量3900万头', 0, 7)).toMatchObject({ key: '保有量' });
    expect(adhocMetricBefore('主力合约持仓量为41.2万手', 0, 8)).toMatchObject({ key: '持仓量' });
  });

  it('makes none of a word that is no measure, or of a word far from the figure', () => {
    expect(adhocMetricBefore('产品质量为100分', 0, 5)).toBeUndefined();
    expect(adhocMetricBefore('批价大幅波动的公司有3家', 0, 10)).toBeUndefined();
  });
});
