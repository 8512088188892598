import { z } from 'zod';

/**
 * How long a figure stays the same thing: a market cap is a daily figure, a GPU's life is timeless.
 * `period` is a flow over a reporting period (营收, 净利润, 销量): figures meet only for the same
 * period as written (2025年 is not 2025年上半年); a figure with no time of its own counts for its month.
 */
export const WINDOWS = ['day', 'month', 'quarter', 'year', 'period', 'none'] as const;
export type Window = (typeof WINDOWS)[number];

/**
 * Dimensions a metric accepts: money (any currency) or money:CNY; unit-price (any) or unit-price:t
 * (元/吨, 美元/吨 …); count or count:vehicle …; the rest as src/quantities/units.ts names them.
 */
const DIMENSION = /^(?:ratio|percentage-points|multiple|money(?::[A-Z]{3})?|unit-price(?::[A-Za-z0-9]+)?|price-per-hour|count(?::[a-z]+)?|power|energy|mass|volume(?::[a-z]+)?|area|length|duration|compute|index-points)$/;

/**
 * How a metric relates to another of its family:
 * - complement: 闲置率 = 100% − 利用率;
 * - proxy: 点亮率 is a weaker stand-in for 利用率 (shown, with a note);
 * - negation: 净亏损 X = 净利润 −X (compared as the negative of the other);
 * - variant: another reading of the same measure (扣非净利润 of 净利润): compared as a different scope, never a conflict.
 */
export const RELATIONS = ['complement', 'proxy', 'negation', 'variant'] as const;

/** One file in `content/metrics/`; strict. */
export const metricSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case ASCII id like "utilization", the file name without .yaml'),
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Metrics of one family are compared with each other (闲置率 with 利用率). Defaults to the id. */
  family: z.string().optional(),
  /** Dimensions a figure must have to be this metric: ratio, money:USD, duration … (money matches any currency). */
  dimensions: z.array(z.string().regex(DIMENSION, 'a dimension: ratio, percentage-points, multiple, money[:CUR], unit-price[:per], count[:kind], count:goods, power, energy, mass, volume, area, length, duration, compute, index-points')).min(1),
  window: z.enum(WINDOWS),
  /** `change`: the metric is itself a change (跌幅); its figures are never levels. */
  kind: z.enum(['level', 'change']).default('level'),
  /** A change word that names a change of the metric written before it (营收增速, 销量降幅); alone it is itself. */
  modifies: z.boolean().default(false),
  /** The metric measures a whole economy or market (GDP, CPI, 社会消费品零售总额): a figure naming no subject is the national figure. */
  aggregate: z.boolean().default(false),
  relation: z
    .strictObject({ kind: z.enum(RELATIONS), of: z.string(), note: z.string().optional() })
    .optional(),
  /**
   * The metric a figure of another dimension after this word is (渠道库存约为1.5个月: 库存 in months is
   * 库存周期): each dimension this metric does not take, and the metric that takes it.
   */
  readings: z.array(z.strictObject({ dimension: z.string().regex(DIMENSION, 'a dimension, as in dimensions'), metric: z.string() })).default([]),
  description: z.string().trim().min(1),
});

export type Metric = z.infer<typeof metricSchema> & { file: string };
