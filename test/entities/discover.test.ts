/** Entity discovery: each form with examples it must find and words it must not take for names. */
import { describe, expect, it } from 'vitest';
import { normalizeAlias } from '../../src/core/match-text.ts';
import { readSeeds } from '../../src/core/read-seeds.ts';
import { discoverEntities, entityId } from '../../src/entities/discover/discover.ts';
import { propose } from '../../src/entities/discover/extract.ts';
import { Linker } from '../../src/entities/linker.ts';
import { readRegistry } from '../../src/entities/registry.ts';
import { repo } from '../helpers/project.ts';

const names = (text: string, form?: string) => propose(text).filter((p) => !form || p.form === form).map((p) => p.name);
const corpus = (...claims: string[][]) => claims.map((texts, i) => ({ slug: `a${i}`, title: texts[0]!, claims: texts.slice(1).map((text, k) => ({ id: `c${i}-${k}`, text })) }));

describe('proposals by form', () => {
  it('organisations by their heads, with the place inside the name', () => {
    expect(names('据中国钢铁工业协会统计，粗钢产量下降', 'organisation')).toEqual(['中国钢铁工业协会']);
    expect(names('国家统计局数据显示，上半年产量回落', 'organisation')).toEqual(['国家统计局']);
    expect(names('工业和信息化部2月发布征求意见稿', 'organisation')).toEqual(['工业和信息化部']);
    expect(names('万科企业股份有限公司董事长郁亮表示', 'legal-name')).toEqual(['万科企业股份有限公司']);
    expect(names('天和光能股份有限公司（688607）董事长顾锦帆表示', 'legal-name')).toEqual(['天和光能股份有限公司']);
  });

  it('not generic phrases, times or fragments before a head', () => {
    for (const text of ['头部房企销售额下降，相关公司股价大跌', '内部格局变化，局部地区', '上市被视为公司长远发展的自然步骤', '能源和基础设施公司的优势', '营利部门改制为公益性公司', '2月公司产能利用率回升', '数据中心耗电堪比小型城市', '上年同期公司归母净利润为55.2亿元']) {
      expect(propose(text).filter((p) => p.form === 'organisation' || p.form === 'legal-name' || p.form === 'metric-subject'), text).toEqual([]);
    }
  });

  it('no department the speaker is from in a body’s name (金融监管总局有关司局负责人 is of 金融监管总局)', () => {
    expect(names('金融监管总局有关司局负责人称，将推动银行降低负债成本', 'role-organisation')).toEqual(['金融监管总局']);
    expect(names('国家统计局有关部门负责人介绍，工业生产稳中有升', 'organisation')).toEqual(['国家统计局']);
  });

  it('no end or start of a period in a name (2024年末商业银行, 一季度末商业银行, 6月中旬纳入统计的电厂)', () => {
    for (const text of ['2024年末商业银行不良贷款率为1.50%', '一季度末商业银行净息差为1.43%', '6月中旬纳入统计的燃煤电厂日均耗煤量为612万吨']) {
      expect(propose(text).map((p) => p.name).filter((n) => /^[末初底中旬]/.test(n)), text).toEqual([]);
    }
  });

  it('no goods of trade (我国出口汽车) nor a period (前三季度汽车) as a company', () => {
    for (const text of ['前三季度我国出口汽车458万辆', '国内生产能源总量增长', '前三季度汽车出口增长', '第二季度汽车销量回升']) {
      expect(propose(text).filter((p) => p.type === 'company'), text).toEqual([]);
    }
    expect(names('前三季度东风汽车销量回升', 'organisation')).toEqual(['东风汽车']);
  });

  it('no name right after a unit’s 「/」, no research desk in an organisation’s name, a seller’s goods as a product', () => {
    expect(propose('公司在鄂尔多斯建设的100万吨/年尿素项目预计年底投产')).toEqual([]);
    expect(names('华岳期货能化分析师钟一帆认为，需求集中释放', 'role-organisation')).toEqual(['华岳期货']);
    expect(names('东吴期货宏观研究员李明表示', 'role-organisation')).toEqual(['东吴期货']);
    expect(propose('湘沅股份上半年复合肥销量为315万吨').filter((p) => p.name === '复合肥').map((p) => p.type)).toEqual(['product']);
  });

  it('no analyst’s name in a source’s, no cut inside 摄像头, nothing after a Latin model, 研究经理 a role', () => {
    expect(names('华岳证券姚景澄预计，全年出货量约2.87亿台').filter((n) => n.includes('姚景澄'))).toEqual([]);
    expect(names('瑞视光学上半年手机摄像头模组出货量为2.71亿颗').filter((n) => n === '头模组')).toEqual([]);
    expect(names('沃锐通信表示，Terra 5系列上市首月销量突破120万台').filter((n) => n.includes('上市首月'))).toEqual([]);
    expect(names('Counterpoint研究经理沈牧之认为，高端份额仍在提升', 'person-role')).toEqual(['沈牧之']);
    expect(names('拓普数据显示，一季度一线城市票房合计38.4亿元', 'source')).toEqual(['拓普数据']);
    expect(names('卓创资讯数据显示，开工率回升', 'source')).toEqual(['卓创资讯']);
    // What a survey looked at is no part of who made it: 普川酒业渠道调研 is 普川酒业's.
    expect(names('普川酒业渠道调研', 'source')).toEqual(['普川酒业']);
    expect(names('华岳证券经销商库存调查显示，库存周期约为3个月', 'source')).toEqual(['华岳证券']);
  });

  it('no verb of a source (监测, 统计) in its name, no verb before a price as a product, no business segment as a company', () => {
    expect([...new Set(names('农业农村部监测数据显示，1月第2周主产省份生鲜乳平均价格为3.18元/公斤'))]).toEqual(['农业农村部']);
    expect(names('北牧乳业总裁表示，下半年将控制促销力度，稳定终端价格', 'product-metric')).toEqual([]);
    expect(names('其液态奶业务收入为776.2亿元')).toEqual([]);
    expect(names('公司奶酪板块收入9.8亿元')).toEqual([]);
  });

  it('no sector desk after an organisation in its name (华信证券钢铁行业首席分析师), a unit with its own head kept', () => {
    expect([...new Set(names('华信证券钢铁行业首席分析师罗启明表示', 'role-organisation'))]).toEqual(['华信证券']);
    expect([...new Set(names('东岳证券交通运输行业首席分析师骆文涛认为', 'role-organisation'))]).toEqual(['东岳证券']);
    expect([...new Set(names('国信源证券研究所首席分析师表示', 'role-organisation'))]).toEqual(['国信源证券研究所']);
  });

  it('no part of a month (上旬, 月底) inside a name: the name starts after it', () => {
    expect(names('10月上旬重点统计钢铁企业粗钢日产为198.6万吨')).toEqual([]);
    expect(names('3月下旬华岳钢铁净利润为12亿元', 'metric-subject')).toEqual(['华岳钢铁']);
    expect(names('月底东岳乳业股价收于12元', 'metric-subject')).toEqual(['东岳乳业']);
  });

  it('no measure, document, market, housing kind or ranking as a company (the blind fixtures)', () => {
    for (const text of ['毛利率再降', '年报显示，2024年营业收入下降', '唐思远称，一季度毛利率预计将回落至6%', '6月汽车经销商综合库存系数为1.42', '1-5月全国新建商品房销售面积35870万平方米', '一季度末公司净负债率为63.4%', '公司上半年归母净亏损2.64亿元', '1-5月TOP100房企销售总额下降']) {
      expect(propose(text).filter((p) => p.type === 'company'), text).toEqual([]);
    }
  });

  it('no operations or accounting word as a company (检修预计持续45天, 经调整净利润)', () => {
    for (const text of ['检修预计持续45天', '一季度经调整净亏损3250万元', '公司旗下产线已停产检修，复产预计在6月']) {
      expect(propose(text).filter((p) => p.type === 'company'), text).toEqual([]);
    }
  });

  it('an alliance by its head, a model with its brand, a name before 称', () => {
    expect(names('中国汽车动力电池产业创新联盟数据显示，1月装机量回升', 'organisation')).toContain('中国汽车动力电池产业创新联盟');
    expect(names('2025年将加大苏洋T9在省外市场的投入', 'model')).toEqual(['苏洋T9']);
    expect(names('自1月5日起驰远T5起售价下调', 'model')).toEqual(['驰远T5']);
    expect(names('欣驰电池CEO高岚称，公司将新建工厂', 'person-role')).toEqual(['高岚']);
  });

  it('companies as the subject of company metrics', () => {
    expect(names('万科的净利润为-14亿元', 'metric-subject')).toEqual(['万科']);
    expect(names('华远海控一季度营业收入为562.4亿元', 'metric-subject')).toEqual(['华远海控']);
    expect(names('行业营收与全国销量均下降', 'metric-subject')).toEqual([]);
  });

  it('people next to roles, either order, and the organisation named before the role', () => {
    const p = propose('宝武钢铁集团董事长胡望明表示，产能将压减').find((x) => x.type === 'person')!;
    expect([p.name, p.role?.word, p.role?.organisation]).toEqual(['胡望明', '董事长', '宝武钢铁集团']);
    expect(names('国信源证券研究所分析师孙悦认为，去库存将贯穿全年', 'person-role')).toEqual(['孙悦']);
    expect(names('新易盛董事长高光荣计划减持', 'person-role')).toEqual(['高光荣']);
    expect(names('郑海涛董事长表示，甬港股份下半年', 'person-role')).toEqual(['郑海涛']);
    expect(names('OpenAI首席执行官萨姆·奥尔特曼和微软CEO萨提亚·纳德拉', 'transliterated')).toEqual(['萨姆·奥尔特曼', '萨姆·奥尔特曼', '萨提亚·纳德拉', '萨提亚·纳德拉']);
    expect(names('知名投资者迈克尔·伯里持有看空期权', 'transliterated')).toEqual(['迈克尔·伯里']);
    // Not a person: a role followed by a preposition.
    expect(names('英伟达首席执行官关于“未来两三年”的说法', 'person-role')).toEqual([]);
  });

  it('Latin names, models and tickers; not units or acronyms of ordinary words', () => {
    expect(names('英伟达发布H100和iPhone 16 Pro，CoreWeave跟进')).toEqual(expect.arrayContaining(['H100', 'iPhone 16 Pro', 'CoreWeave']));
    expect(names('AI与GPU需求旺盛，装机10GW，CEO表示', 'latin')).toEqual([]);
    const ticker = propose('贵州茅台(600519)营收增长').find((p) => p.form === 'ticker')!;
    expect([ticker.name, ticker.code]).toEqual(['贵州茅台', '600519']);
  });

  it('list items, accepted by the caller where the list names its kind or another item is known', () => {
    expect(names('参与者包括华为、阿里、百度、寒武纪等', 'enumeration')).toEqual(['华为', '阿里', '百度', '寒武纪']);
    expect(propose('沐曦、摩尔线程等拟上市公司').every((p) => p.form !== 'enumeration' || p.typed)).toBe(true);
  });
});

describe('a measure’s own name', () => {
  it('is never an entity when the lexicon names it (LPR, not a company that moves)', () => {
    const articles = corpus(
      ['5月LPR下调10个基点', '5月20日1年期LPR从3.1%下调至3.0%', '5年期以上LPR从3.6%下调至3.5%'],
      ['LPR再度下调', 'LPR下调后房贷利率随之下行', '分析师认为LPR仍有下调空间'],
    );
    const named = (options?: { measures: string[] }) => discoverEntities(articles, [], options).entities.map((e) => e.name);
    expect(named()).toContain('LPR');
    expect(named({ measures: ['贷款市场报价利率', 'LPR'] })).not.toContain('LPR');
  });
});

describe('discoverEntities', () => {
  const articles = corpus(
    ['万科企业股份有限公司发布年报', '万科企业股份有限公司（000002）全年营收4657亿元', '公司全年净利润为-494亿元', '万科董事长郁亮表示，公司将继续降负债'],
    ['房企销售额普遍下滑', '据中国房地产业协会统计，百强房企销售额同比下降', '万科的销售额为2460亿元', '郁亮称，其经营现金流已连续转正'],
    ['中国钢铁工业协会：粗钢产量下降', '中国钢铁工业协会数据显示，1月粗钢产量同比下降', '该协会认为，产能压减将持续'],
  );
  const { entities } = discoverEntities(articles, []);
  const byName = (name: string) => entities.find((e) => [e.name, ...e.aliases].includes(name));

  it('groups a legal name with the short names the same corpus uses, with a ticker as an alias', () => {
    const vanke = byName('万科')!;
    expect(vanke.name).toBe('万科企业股份有限公司');
    expect(vanke.aliases).toEqual(expect.arrayContaining(['万科', '000002']));
    expect(vanke.type).toBe('company');
    expect(vanke.discovered.strong).toBe('legal-name');
    expect(vanke.discovered.evidence.map((e) => e.form)).toEqual(expect.arrayContaining(['legal-name', 'ticker', 'metric-subject']));
  });

  it('gives a person the role phrases of the organisation named with the role, and the relation', () => {
    const person = byName('郁亮')!;
    expect(person.type).toBe('person');
    expect(person.roles).toEqual(expect.arrayContaining(['万科董事长', '万科企业股份有限公司董事长']));
    expect(person.relations).toEqual([{ kind: 'chair-of', target: byName('万科')!.id }]);
  });

  it('keeps a place inside an organisation name: 中国钢铁工业协会, never 中国', () => {
    expect(byName('中国钢铁工业协会')!.type).toBe('organisation');
    expect(byName('中国')).toBeUndefined();
    const linker = new Linker(entities);
    expect(linker.link('中国钢铁工业协会数据显示').mentions.map((m) => m.text)).toEqual(['中国钢铁工业协会']);
  });

  it('links role mentions, article subjects and 其/该协会 back to the entity', () => {
    const linker = new Linker(entities);
    const vanke = byName('万科')!.id;
    expect(linker.link('万科董事长表示').entities).toEqual([byName('郁亮')!.id, vanke]);
    expect(linker.link('郁亮称，其经营现金流已连续转正').entities).toEqual([byName('郁亮')!.id, vanke]);
    expect(linker.link('该协会认为，产能压减将持续', byName('中国钢铁工业协会')!.id).entities).toEqual([byName('中国钢铁工业协会')!.id]);
    expect(linker.link('其中二季度亏损收窄', vanke).entities).toEqual([vanke]);
    expect(linker.link('尤其是中小房企', vanke).entities).toEqual([]);
  });

  it('derives ids from the canonical name in pinyin, deterministically', () => {
    expect(entityId('中国钢铁工业协会')).toBe('zhong-guo-gang-tie-gong-ye-xie-hui');
    expect(entityId('CoreWeave')).toBe('coreweave');
    expect(discoverEntities(articles, []).entities).toEqual(entities);
  });

  it('leaves out what the registry knows and what reviewers rejected', () => {
    const curated = [{ id: 'vanke', name: '万科', type: 'company' as const, aliases: [], roles: [], relations: [], description: '万科' }];
    const withRegistry = discoverEntities(articles, curated, { rejected: ['中国钢铁工业协会'] }).entities;
    expect(withRegistry.map((e) => e.name)).not.toContain('万科企业股份有限公司');
    expect(withRegistry.map((e) => e.name)).not.toContain('中国钢铁工业协会');
    // The person's role now names the curated company.
    expect(withRegistry.find((e) => e.name === '郁亮')!.relations).toEqual([{ kind: 'chair-of', target: 'vanke' }]);
  });
});

  it('takes the name after a place as a short name (川窖股份), not a generic word after the company’s own name (动力电池)', () => {
    const { entities: found } = discoverEntities(corpus(
      ['白酒一季报', '宜宾川窖股份有限公司（000799）一季度营收369.6亿元', '川窖股份一季度归母净利润142.2亿元'],
      ['电池装机', '欣驰动力电池有限公司发布公告', '欣驰电池CEO高岚称，海外订单增长', '1月动力电池装机量为38.9GWh', '其中动力电池出货量为381GWh'],
    ), []);
    const named = (name: string) => found.find((e) => [e.name, ...e.aliases].includes(name));
    expect(named('川窖股份')?.name).toBe('宜宾川窖股份有限公司');
    expect(named('欣驰电池')?.name).toBe('欣驰动力电池有限公司');
    expect(named('动力电池')?.name).not.toBe('欣驰动力电池有限公司');
  });

describe('institutions by the shorter names news gives them', () => {
  const found = discoverEntities(corpus(
    ['车市月报', '据中国汽车工业协会统计，1月汽车销量为242万辆', '中汽协数据显示，2月汽车销量为158万辆', '中国汽车流通协会数据显示，3月经销商库存系数为1.61'],
    ['期货收盘', '大连商品交易所铁矿石期货主力合约收于786元/吨', '大商所铁矿石期货I2505合约收于786元/吨', '上海证券交易所发布公告', '上交所表示，将优化退市流程'],
    ['宏观数据', '国家统计局数据显示，2月CPI同比下降0.7%', '统计局数据显示，3月PPI同比下降2.5%', '中国证监会表示，将加强监管', '证监会表示，将进一步完善退市制度'],
  ), []).entities;
  const named = (name: string) => found.find((e) => [e.name, ...e.aliases].includes(name));

  it('joins an abbreviation used on its own to the full name (大商所, 上交所)', () => {
    expect(named('大商所')?.name).toBe('大连商品交易所');
    expect(named('上交所')?.name).toBe('上海证券交易所');
    expect(named('大商所')?.type).toBe('organisation');
  });

  it('joins an institution’s name without the nation before it (统计局, 证监会)', () => {
    expect(named('统计局')?.name).toBe('国家统计局');
    expect(named('证监会')?.name).toBe('中国证监会');
  });

  it('takes a national body called by its head alone for its name (证监会表示, 国家发展改革委称), never a board (董事会)', () => {
    expect(names('证监会表示，将进一步完善退市制度', 'organisation')).toEqual(['证监会']);
    expect(names('国家发展改革委表示，将加强煤炭价格监测', 'organisation')).toEqual(['国家发展改革委']);
    expect(names('董事会审议通过利润分配方案', 'organisation')).toEqual([]);
    // 将加强煤炭价格监测 is what the body will do, not a source named 加强煤炭价格.
    expect(names('国家发展改革委表示，将加强煤炭价格监测', 'source')).toEqual([]);
  });

  it('types an association by its abbreviation alone as an organisation (中钢协, 中汽协副秘书长)', () => {
    const alone = discoverEntities(corpus(['钢铁周报', '据中钢协统计，10月上旬粗钢日产为203.5万吨', '中钢协数据显示，10月中旬粗钢日产为201万吨', '中汽协副秘书长陈士华表示，汽车市场稳中向好', '中汽协数据显示，2月汽车销量为158万辆']), []).entities;
    expect(alone.find((e) => e.name === '中钢协')?.type).toBe('organisation');
    expect(alone.find((e) => e.name === '中汽协')?.type).toBe('organisation');
  });

  it('takes the holder before the goods measured (秦皇岛港煤炭库存 is 秦皇岛港’s), a research head’s organisation without 研究, no verb as a name', () => {
    expect(names('截至2月7日，秦皇岛港煤炭库存为710万吨', 'metric-subject')).toEqual(['秦皇岛港']);
    expect(names('卓煤资讯研究总监苏曼认为，7月现货价有望反弹', 'role-organisation')).toEqual(['卓煤资讯']);
    expect(names('中电联数据显示，7月下旬纳入统计的燃煤电厂日均耗煤量达到652万吨').filter((n) => n.includes('纳入'))).toEqual([]);
  });

  it('joins a Latin name written against a Chinese one (TrendForce集邦咨询, 我的钢铁网（Mysteel）) and takes no chip technology for a company (HBM)', () => {
    const found = discoverEntities(corpus(
      ['存储周报', '据TrendForce集邦咨询统计，DRAM合约价上涨', '集邦咨询数据显示，6月DDR4合约价为2.90美元', 'TrendForce预计三季度继续上涨', '长芯存储上半年HBM收入同比增长', 'HBM产品收入为41.2亿元'],
      ['钢价周报', '据我的钢铁网（Mysteel）监测，螺纹钢现货价下跌', 'Mysteel数据显示，库存回落', '据我的钢铁网监测，6月30日上海螺纹钢现货价为3090元/吨'],
    ), []).entities;
    const named = (name: string) => found.find((e) => [e.name, ...e.aliases].includes(name));
    expect(named('集邦咨询')?.id).toBe(named('TrendForce')?.id);
    expect(named('钢铁网')?.id).toBe(named('Mysteel')?.id);
    expect(named('HBM')).toBeUndefined();
  });

  it('joins no abbreviation two names could have (中汽协 of 中国汽车工业协会 and of 中国汽车流通协会)', () => {
    expect(named('中国汽车工业协会')?.id).not.toBe(named('中国汽车流通协会')?.id);
    expect(named('中汽协')?.name).not.toBe('中国汽车流通协会');
  });
});

describe('on the original seed with its registry removed', () => {
  it('discovery alone proposes at least 70% of the curated entities', () => {
    const { seeds } = readSeeds(repo);
    const articles = seeds.flatMap((s) => s.articles.map((a, i) => ({ slug: `a${i}`, title: a.title, claims: a.sections.flatMap((x) => x.claims.map((c) => ({ id: c.id, text: c.text }))) })));
    const { candidates } = discoverEntities(articles, []);
    const curated = readRegistry(repo).entities;
    const forms = (e: { name: string; aliases: string[]; names?: { zh?: string; en?: string } }) => new Set([e.name, e.names?.zh, e.names?.en, ...e.aliases].filter((n): n is string => !!n).map(normalizeAlias));
    const found = curated.filter((c) => candidates.some((d) => [...forms(d)].some((n) => forms(c).has(n))));
    console.log(`[discovery] seed without registry: ${found.length}/${curated.length} curated entities proposed`);
    expect(found.length / curated.length).toBeGreaterThanOrEqual(0.7);
  });
});
