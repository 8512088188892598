/** Issue 17: a title figure is supported by the body in the ways news writes it, and a duration is no claim of its own. */
import { describe, expect, it } from 'vitest';
import { checkNewTopic } from './new-topic.ts';

const seed = (title: string, ...claims: string[]) => `Workflow\n测试\n${title}\n新浪财经· 2025-07-20 08:00\n${claims.map((c, i) => `要点 - ${c} [${i + 1}]`).join(' ')}\n`;
const headlines = (title: string, ...claims: string[]) => checkNewTopic(seed(title, ...claims)).findings.filter((f) => f.kind === 'headline').map((f) => f.summary);

describe('headline support on any topic', () => {
  it('takes a body bound at the title figure as support, and shows its hedge', () => {
    expect(headlines('新规出台 电池效率门槛提至25.5%', '征求意见稿要求新建电池项目平均光电转换效率不低于25.5%')).toEqual(['标题“25.5%”与正文一致：“不低于25.5%”。']);
  });

  it('reads 翻倍 and 增长约一倍 as one rise', () => {
    expect(headlines('上半年风电新增装机同比翻倍', '上半年全国风电新增装机51.4GW，同比增长约一倍')[0]).toMatch(/^标题“翻倍”与正文一致/);
  });

  it('works out a percent change from the two ends of 从A至B', () => {
    expect(headlines('铜价三个月涨近一成', '长江现货铜均价从4月1日的7.1万元/吨涨至7月1日的7.8万元/吨')[0]).toMatch(/^标题“一成”由正文推算得到.*变化9\.86%/);
  });

  it('never reports a duration in a title as a figure the body lacks', () => {
    expect(headlines('铜价两个月回落', '长江现货铜均价报7.8万元/吨')).toEqual([]);
  });

  it('reads a title part after a space on its own metric', () => {
    expect(headlines('某公司2024年净利润52.3亿元 拟每10股派息3.1元', '公司2024年净利润52.3亿元', '公司拟向全体股东每10股派发现金红利3.1元').filter((s) => s.includes('3.1元'))).toEqual(['标题“3.1元”与正文一致：“3.1元”。']);
  });

  it('takes a shorter word in the title for the body’s measure (销售额 for 商品房销售额, 销售面积 for 商品房销售面积)', () => {
    expect(headlines('前三季度新房销售额同比降3.4%', '前三季度全国新建商品房销售额68215亿元，同比下降3.4%')[0]).toMatch(/^标题“3.4%”与正文一致/);
    expect(headlines('前5月新房销售面积同比降2.9%', '1-5月全国新建商品房销售面积35870万平方米，同比下降2.9%')[0]).toMatch(/^标题“2.9%”与正文一致/);
  });

  it('reads the longer of two measure words ending at one place (净负债率, not its 负债率)', () => {
    expect(headlines('某地产净负债率降至58.2%', '某地产股份有限公司净负债率从3月末的63.4%降至6月末的58.2%')[0]).toMatch(/^标题“58.2%”与正文一致/);
  });

  it('shows the body’s breakdown of a title figure with the figure itself (其中A、B分别为…; 其中A至B为…，C至D为…)', () => {
    expect(headlines('五月车市销量210万辆', '5月全国乘用车销量为210万辆', '其中新能源车、燃油车销量分别为110万辆和100万辆')).toEqual([
      '标题“210万辆”与正文一致：“210万辆”；也等于正文所列分项之和：110万辆 + 100万辆 = 210万辆。',
    ]);
    expect(headlines('五一假期客流1.2亿人次', '五一假期全国铁路发送旅客1.2亿人次', '其中5月1日至3日发送旅客0.75亿人次，4日至5日为0.45亿人次')[0]).toMatch(/；也等于正文所列分项之和：0\.75亿人次 \+ 0\.45亿人次 = 1\.2亿人次。$/);
    // Parts that add up to something else are no breakdown of it.
    expect(headlines('五月车市销量210万辆', '5月全国乘用车销量为210万辆', '其中新能源车、燃油车销量分别为110万辆和90万辆')).toEqual(['标题“210万辆”与正文一致：“210万辆”。']);
  });

  it('takes a title loss as the sum of two losses of the body (上半年亏损23亿元 = 一季度13.2亿 + 二季度9.8亿)', () => {
    expect(headlines('某汽车上半年亏损23亿元', '某汽车股份有限公司第一季度净亏损13.2亿元', '某汽车股份有限公司第二季度净亏损9.8亿元')[0]).toBe('标题“23亿元”由正文同一指标的两个数字推算得到，核对一致：(−13.2亿元) + (−9.8亿元) = -23亿元，即亏损23亿元。');
  });

  it('reads 跌破 as a bound and cites the nearest body figure', () => {
    expect(headlines('现货价跌破5000元', '7月18日现货均价为4920元/吨', '7月1日期货合约收于4100元/吨')[0]).toMatch(/^标题“5000元”与正文一致：“4920元\/吨”/);
  });
});

describe('volumes and changes without a metric word', () => {
  it('reads 销售X…万头 as a sales volume and its 环比 change as the volume’s, not a share price', () => {
    const { observations } = checkNewTopic(`Workflow\n测试\n月度销售\n界面新闻· 2025-06-12 08:30\n要点 - 江南牧业股份有限公司5月销售生猪152.4万头，环比增长12.5% [1]\n`);
    expect(observations.map((o) => [o.quantity.surface, o.metric, o.kind])).toEqual([['152.4万', 'sales-volume', 'level'], ['12.5%', 'sales-volume', 'change']]);
  });
});
