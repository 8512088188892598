import { z } from 'zod';

/** How long a figure stays the same thing: a market cap is a daily figure, a GPU's life is timeless. */
export const WINDOWS = ['day', 'month', 'quarter', 'year', 'none'] as const;
export type Window = (typeof WINDOWS)[number];

/** One file in `content/metrics/`; strict. */
export const metricSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case ASCII id like "utilization", the file name without .yaml'),
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Metrics of one family are compared with each other (闲置率 with 利用率). Defaults to the id. */
  family: z.string().optional(),
  /** Dimensions a figure must have to be this metric: ratio, money:USD, duration … (money matches any currency). */
  dimensions: z.array(z.string()).min(1),
  window: z.enum(WINDOWS),
  /** `change`: the metric is itself a change (跌幅); its figures are never levels. */
  kind: z.enum(['level', 'change']).default('level'),
  /** 闲置率 = 100% − 利用率; 点亮率 is a weaker proxy of 利用率. */
  relation: z
    .strictObject({ kind: z.enum(['complement', 'proxy']), of: z.string(), note: z.string().optional() })
    .optional(),
  description: z.string().trim().min(1),
});

export type Metric = z.infer<typeof metricSchema> & { file: string };
