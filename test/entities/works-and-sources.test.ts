/**
 * A new topic about works and products, and articles opened by a data source: titles in 《》 are
 * works, 该片 / 该车型 point at the product named last, a firm whose acronym is vocabulary elsewhere
 * (IDC) is a name as a source or an employer, and the source of the first claim's figures is not
 * the article's subject. Through ingest, discovery and the checker, with no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { propose } from '../../src/entities/discover/extract.ts';
import { hasFinding, newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

const names = (text: string) => propose(text).map((p) => `${p.form}:${p.name}`);
const claimsOf = (corpus: ReturnType<typeof runNewTopic>) => corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims));

describe('works, products and data sources', () => {
  it('proposes a title in 《》 as a work, not a document or a newspaper', () => {
    expect(names('《天穹之战》单日票房为8.05亿元')).toContain('work:天穹之战');
    for (const text of ['《2025年政府工作报告》提出', '《人民日报》报道', '《关于促进消费的若干意见》发布', '《中国电影产业白皮书》显示']) expect(propose(text).filter((p) => p.form === 'work'), text).toEqual([]);
  });

  it('links 该片 to the work named last, and gives a work its own figures (not the national box office’s)', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['《天穹之战》领跑春节档', '界面新闻', '2025-02-17 09:00', '票房 - 大年初一，《天穹之战》单日票房为8.05亿元 [1] - 截至2月16日，该片累计票房达68.2亿元 [2]'],
      ['春节档票房', '北京商报', '2025-02-05 09:00', '大盘 - 大年初一单日票房为18.21亿元 [1] - 《天穹之战》累计票房67.5亿元 [2]'],
    ));
    const work = corpus.entities.find((e) => e.name === '天穹之战')!;
    expect(work.type).toBe('product');
    expect(claimsOf(corpus).find((c) => c.text.startsWith('截至2月16日'))!.entities).toContain(work.id);
    const conflicts = corpus.findings.filter((f) => f.kind === 'conflict').map((f) => f.claims.map((c) => c.text));
    expect(conflicts.some((claims) => claims.some((t) => t.includes('8.05亿元')) && claims.some((t) => t.includes('18.21亿元')))).toBe(false);
  });

  it('takes an acronym that is vocabulary elsewhere as a firm where it reports figures or employs an analyst', () => {
    expect(names('据IDC数据显示，2024年中国智能手机市场出货量为2.86亿台')).toContain('latin:IDC');
    expect(names('IDC中国研究经理郭思源表示，国补拉动明显')).toEqual(expect.arrayContaining(['latin:IDC', 'person-role:郭思源']));
    expect(names('AI数据中心耗电快速增长').filter((n) => n.endsWith(':AI'))).toEqual([]);
  });

  it('does not make the source of the first claim’s figures the article’s subject', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['暑期档收官', '财联社', '2025-09-01 08:00', '大盘 - 据猫眼专业版数据显示，2025年暑期档总票房为119.8亿元 [1] - 若不含服务费，暑期档票房为111.2亿元 [2]'],
      ['猫眼专业版：暑期档', '第一财经', '2025-09-01 09:00', '大盘 - 猫眼专业版数据显示，暑期档观影人次为2.97亿 [1]'],
    ));
    const source = corpus.entities.find((e) => e.name === '猫眼专业版')!;
    expect(claimsOf(corpus).find((c) => c.text.startsWith('若不含服务费'))!.entities).not.toContain(source.id);
  });

  it('calls a series by its model too, and never a market a company (中国智能手机市场出货量)', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['Terra 5系列热销', '证券日报', '2025-06-01 08:00', '产品 - 沃锐通信董事长钱慕白表示，Terra 5系列上市首月销量突破120万台 [1] - 中国智能手机市场出货量为6950万台 [2]'],
      ['沃锐通信新机', '界面新闻', '2025-08-01 08:00', '产品 - 沃锐通信董事长日前表示，Terra 5系列累计销量已突破500万台 [1] - 中国智能手机市场出货量为7020万台 [2]'],
    ));
    expect(corpus.entities.find((e) => e.name === 'Terra 5系列')?.aliases).toContain('Terra 5');
    expect(corpus.entities.map((e) => e.name)).not.toContain('中国智能手机市场');
  });

  it('gives a place’s figure with no one named to the sector there, compared with the country’s', () => {
    const text = newTopicSeed(
      ['1月快递数据', '中国证券报', '2025-02-20 09:00', '快递 - 国家邮政局数据显示，1月全国快递业务量完成152.6亿件 [1]'],
      ['浙江快递', '证券日报', '2025-02-21 09:00', '地方 - 1月浙江省快递业务量完成29.46亿件 [1]'],
    );
    expect(hasFinding(text, 'scope-mismatch', '全国快递业务量完成152.6亿件', '浙江省快递业务量完成29.46亿件')).toBe(true);
  });

  it('gives a work its maker’s sentence (长风影业出品的《长街少年》) and a running total its 截至 day, a ranking no scope', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['暑期档新片', '每日经济新闻', '2025-08-01 09:00', '公司 - 长风影业股份有限公司（002884）发布公告 [1] 影片 - 长风影业出品的《长街少年》7月18日上映，截至7月31日累计票房9.7亿元 [2] - 截至6月30日，《天穹之战》累计票房为80.5亿元 [3]'],
      ['国庆档前瞻', '中国证券报', '2025-10-09 09:00', '影片 - 截至8月31日，长风影业出品的《长街少年》累计票房达14.6亿元 [1] - 截至10月8日，今年票房冠军《天穹之战》累计票房为80.72亿元 [2]'],
    ));
    const changes = corpus.findings.filter((f) => f.kind === 'change');
    const work = (name: string) => corpus.entities.find((e) => e.name === name)!.id;
    expect(changes.map((f) => f.entity)).toEqual(expect.arrayContaining([work('长街少年'), work('天穹之战')]));
    expect(changes.find((f) => f.entity === work('天穹之战'))!.summary).toContain('2025年10月8日80.72亿元');
  });

  it('reads 其 opening a claim as the company the claim before named, and what a company makes as goods', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['沃锐通信2024年出货8120万台', '界面新闻', '2025-03-28 09:00', '出货 - 沃锐通信股份有限公司2024年手机出货8120万台 [1] 供应链 - 瑞视光学科技股份有限公司（002937）同日披露，2024年手机摄像头模组出货量为5.46亿颗 [2] - 其全年净利润为-3.85亿元 [3]'],
      ['瑞视光学半年报', '证券时报', '2025-08-28 09:00', '业绩 - 瑞视光学上半年手机摄像头模组出货量为2.71亿颗 [1]'],
    ));
    const claim = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims)).find((c) => c.text.startsWith('其全年'))!;
    expect(claim.entities).toEqual([corpus.entities.find((e) => e.name.startsWith('瑞视光学'))!.id]);
    expect(corpus.entities.filter((e) => e.name.includes('模组')).map((e) => e.type)).not.toContain('company');
  });

  it('links 影片 opening a clause to the film named last, not 国产影片, and shows a film’s scope without its name', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['《天穹之战》累计票房67.5亿元', '每日经济新闻', '2025-02-17 09:00', '票房 - 灯塔专业版数据显示，截至2月16日，《天穹之战》累计票房为67.5亿元 [1] - 影片累计观影人次为1.33亿 [2] - 国产影片票房占比九成 [3]'],
      ['《天穹之战》票房', '界面新闻', '2025-02-17 10:00', '票房 - 据猫眼专业版数据，截至2月16日，《天穹之战》累计票房达68.2亿元 [1]'],
    ));
    const work = corpus.entities.find((e) => e.name === '天穹之战')!.id;
    const claims = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims));
    expect(claims.find((c) => c.text.startsWith('影片累计'))!.entities).toContain(work);
    expect(claims.find((c) => c.text.startsWith('国产影片'))!.entities).not.toContain(work);
    const conflict = corpus.findings.find((f) => f.kind === 'conflict')!;
    expect(conflict.summary).not.toContain('天穹之战累计');
  });
});

