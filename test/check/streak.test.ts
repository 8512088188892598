/** A streak between a metric and its figure (销量已连续两个月超过1.5万辆) says how long; the figure is still the metric's. */
import { describe, expect, it } from 'vitest';
import { newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

describe('a streak before the figure', () => {
  const corpus = runNewTopic(newTopicSeed(['澜途L6月销量稳定', '甲财经', '2025-10-02 09:00', '销量 - 澜途L6单月销量已连续两个月超过1.5万辆 [1] - 澜途L6出口量连续三周保持在2000辆以上 [2]']));
  const observations = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.flatMap((c) => c.observations)));

  it('gives the figure after it its metric, and the streak none', () => {
    expect(observations.find((o) => o.surface === '超过1.5万辆')).toMatchObject({ metric: 'sales-volume' });
    expect(observations.find((o) => o.surface.includes('2000辆'))).toMatchObject({ metric: 'exports' });
    expect(observations.some((o) => /两个月|三周/.test(o.surface))).toBe(false);
  });
});
