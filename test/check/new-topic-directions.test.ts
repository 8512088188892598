/**
 * Changes written with the many words news has for a rise or a fall (回落, 下挫, 下调, 提高, 降低 …),
 * and percentage points, which are always a change: through ingest, discovery and the checker, with
 * no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { findingTexts, hasFindingIn, newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

type Article = Parameters<typeof newTopicSeed>[number];
const run = (...articles: Article[]) => runNewTopic(newTopicSeed(...articles));
const has = hasFindingIn;
const observationsOf = (corpus: ReturnType<typeof run>, surface: string) => corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.flatMap((c) => c.observations))).filter((o) => o.surface === surface);

describe('a change written with any direction word', () => {
  it('reads 回落, 下挫 and 下调 as falls: the same fall written two ways corroborates, never conflicts', () => {
    const corpus = run(
      ['猪价月报', '证券时报', '2025-02-10 10:00', '价格 - 据农业农村部监测，1月全国猪肉平均批发价格同比回落3.2% [1]'],
      ['猪价走低', '第一财经', '2025-02-11 10:00', '价格 - 农业农村部数据显示，1月全国猪肉平均批发价格同比下降3.2% [1]'],
    );
    expect(observationsOf(corpus, '3.2%').map((o) => [o.kind, o.compared.lower])).toEqual([['change', '-3.2'], ['change', '-3.2']]);
    const list = findingTexts(corpus);
    expect(has(list, 'corroboration', '同比回落3.2%', '同比下降3.2%')).toBe(true);
    expect(list.filter((f) => f.kind === 'conflict')).toEqual([]);
  });

  it('reads 提高 and 降低 before percentage points as changes of the rate, with their signs', () => {
    const corpus = run(['华强股份年报', '证券时报', '2025-03-30 10:00', '业绩 - 华强股份有限公司（600123）2024年毛利率为25.3%，同比提高1.5个百分点 [1] - 净利率同比降低0.8个百分点 [2]']);
    expect(observationsOf(corpus, '1.5个百分点')).toMatchObject([{ kind: 'change', metric: 'gross-margin', compared: { lower: '1.5' } }]);
    expect(observationsOf(corpus, '0.8个百分点')).toMatchObject([{ kind: 'change', compared: { lower: '-0.8' } }]);
  });

  it('says nothing of percentage points whose direction is not told (收窄2个百分点): never a level of the rate', () => {
    const corpus = run(['华强股份年报', '证券时报', '2025-03-30 10:00', '业绩 - 华强股份有限公司（600123）2024年毛利率收窄2个百分点 [1]']);
    expect(observationsOf(corpus, '2个百分点')).toEqual([]);
  });

  it('checks a title’s 收跌1.2% against the body’s 跌幅1.2%, and a title’s 跌去295元 against 从3280元/吨跌至2985元/吨', () => {
    const corpus = run(
      ['热卷期货HC2505收跌1.2%', '财联社', '2025-01-15 09:30', '期货 - 热轧卷板期货HC2505合约收报3450元/吨，跌幅1.2% [1]'],
      ['螺纹钢期货三个月跌去295元', '证券日报', '2025-07-01 08:00', '期货 - 螺纹钢期货RB2510合约从4月1日的3280元/吨跌至6月30日的2985元/吨 [1]'],
      ['某股收涨1.2%', '新浪财经', '2025-01-15 09:30', '行情 - 华强股份收报34.5元，跌幅1.2% [1]'],
    );
    const headlines = corpus.findings.filter((f) => f.kind === 'headline').map((f) => ({ claims: f.claims.map((c) => c.text), summary: f.summary }));
    expect(headlines.find((f) => f.claims[0] === '热卷期货HC2505收跌1.2%')?.summary).toMatch(/与正文一致/);
    expect(headlines.find((f) => f.claims[0] === '螺纹钢期货三个月跌去295元')?.summary).toMatch(/推算/);
    // A rise in the title is not supported by a fall in the body.
    expect(headlines.find((f) => f.claims[0] === '某股收涨1.2%')?.summary).toMatch(/找不到依据/);
  });
  it('reads no direction word across a space of a title: 起上调 800公里以上航段 is a distance, not a rise of it', () => {
    const corpus = run(['燃油附加费7月5日起上调 800公里以上航段升至40元', '经济观察报', '2025-07-03 16:00', '附加费 - 800公里以上航段燃油附加费由20元上调至40元 [1]']);
    const headlines = corpus.findings.filter((f) => f.kind === 'headline').map((f) => f.summary);
    expect(headlines.filter((s) => s.includes('找不到依据'))).toEqual([]);
    expect(headlines.some((s) => s.includes('“800公里以上”与正文一致'))).toBe(true);
  });
});
