/**
 * A deterministic synthetic corpus shaped like the seeds: exports with the
 * same header and article format, 3–5 sections of 10–20 claims in all, with
 * markers, realistic Chinese figures, and recurring entities and metrics so
 * the checker has work. Same N, same bytes.
 */

/** mulberry32: a small seeded PRNG (no Math.random: the corpus must repeat). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = ['36氪', '钛媒体APP', '创业邦', '搜狐财经', '第一财经', '半导体行业观察', '新浪财经', '智通财经', '财新网', '界面新闻', '澎湃新闻', '证券时报'];
const COMPANIES = ['英伟达', '微软', 'OpenAI', '谷歌', '亚马逊', '苹果', '软银', '寒武纪', '台积电', 'AMD', '华为', '百度', '阿里', 'CoreWeave', '海光信息', '摩尔线程', '新易盛', '中际旭创'];
const PEOPLE = ['黄仁勋', '萨提亚·纳德拉', '萨姆·奥尔特曼', '孙正义'];
/** Names for discovery to find (invented): legal names with their short names and codes, people with roles. */
const LISTED = [
  ['华远算力科技股份有限公司', '华远算力', '688501'], ['星图数据股份有限公司', '星图数据', '688568'], ['东方智联集团有限公司', '东方智联', '600715'],
  ['北辰光电股份有限公司', '北辰光电', '300842'], ['海川能源控股股份有限公司', '海川能源', '601106'], ['天衡云计算有限公司', '天衡云', '002911'],
] as const;
const ROLE_HOLDERS = [['华远算力', '董事长', '周立群'], ['星图数据', '总经理', '林思远'], ['东方智联', '首席执行官', '陈启明'], ['北辰光电', '董事长', '罗文涛'], ['海川能源', '总裁', '顾建华'], ['天衡云', '首席财务官', '马丽娜']] as const;
const INSTITUTIONS = ['中国信息通信研究院', '中国半导体行业协会', '国家数据局', '上海证券交易所'];
const HEADINGS = ['公司财务状况', '市场表现', '行业核心挑战', '算力供需结构', '技术发展与趋势', '主要股东动态', '机构观点', '政策与监管', '能源与基础设施', '估值与风险'];
const SCOPES = ['部分智算中心国产算力', '企业级通用算力中心', '国产芯片', '智算中心设备', '西部地区智算中心'];
const HEDGES = ['', '约', '超过', '不足', '近', '高达'];

export interface SyntheticCorpus {
  /** Export files: name → text. */
  files: Map<string, string>;
  articles: number;
  claims: number;
}

export function generateCorpus(articles: number, perFile = 500, seed = 20251130): SyntheticCorpus {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const decimal = (lo: number, hi: number, places: number) => (lo + random() * (hi - lo)).toFixed(places);
  const claimTemplates: (() => string)[] = [
    () => `${pick(COMPANIES)}市值${pick(['突破', '降至', '达到'])}${decimal(0.5, 5, 2)}万亿美元`,
    () => `${pick(COMPANIES)}股价收于${decimal(20, 400, 2)}美元,单日${pick(['上涨', '下跌'])}${decimal(0.5, 9, 2)}%`,
    () => `${pick(SCOPES)}利用率${pick(HEDGES)}${int(10, 60)}%`,
    () => `${pick(SCOPES)}闲置率可能高达${int(40, 70)}%-${int(71, 90)}%`,
    () => `${pick(COMPANIES)}实际年化收入${pick(['远超', '约', '超过'])}${int(20, 500)}亿美元`,
    () => `${pick(COMPANIES)}规划进行高达${decimal(0.1, 2, 1)}万亿美元的算力基础设施投资`,
    () => `${pick(PEOPLE)}表示算力过剩${pick(['迟早会发生', '并非当前问题', '将在两三年后出现'])}`,
    () => `${pick(COMPANIES)}市盈率达${int(20, 600)}倍,估值${pick(['偏高', '合理', '承压'])}`,
    () => `GPU集群有效使用寿命仅${pick(['2-3年', '两三年', '3-5年'])},折旧速度${pick(['加快', '高于预期'])}`,
    () => `截至${int(2023, 2025)}年${int(1, 12)}月全国已投运智算中心项目近${int(100, 400)}个`,
    () => `${pick(COMPANIES)}与${pick(COMPANIES)}达成价值${int(10, 900)}亿美元的云计算协议`,
    () => `${pick(COMPANIES)}股东户数从${decimal(1, 9, 1)}万暴增至${decimal(10, 40, 1)}万`,
    () => `数据中心总耗电量达${int(1, 20)}吉瓦,电力${pick(['成为瓶颈', '供应紧张', '尚可满足'])}`,
    () => {
      const [legal, , code] = pick(LISTED);
      return `${legal}(${code})${pick(['一季度', '上半年', '全年'])}营业收入为${decimal(5, 300, 1)}亿元`;
    },
    () => `${pick(LISTED)[1]}的净利润${pick(['增长', '下降'])}${decimal(1, 60, 1)}%`,
    () => {
      const [org, role, person] = pick(ROLE_HOLDERS);
      return `${org}${role}${person}表示,公司将${pick(['扩大算力投资', '控制资本开支', '加快海外布局'])}`;
    },
    () => `据${pick(INSTITUTIONS)}统计,国内智算中心规模同比增长${int(5, 80)}%`,
  ];
  const files = new Map<string, string>();
  let claims = 0;
  for (let start = 0; start < articles; start += perFile) {
    const lines = ['Workflow', '算力过剩', 'icon', '搜索文档'];
    for (let i = start; i < Math.min(articles, start + perFile); i++) {
      const company = pick(COMPANIES);
      const month = int(1, 12);
      const day = int(1, 28);
      lines.push(`${company}${pick(['最新动态', '财报解读', '市值变化', '算力布局', '估值争议'])}：第${i + 1}期`);
      lines.push(`${pick(OUTLETS)}· ${pick(['2024', '2025'])}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`);
      const total = int(10, 20);
      const sections = int(3, 5);
      const parts: string[] = [];
      for (let s = 0, written = 0; s < sections; s++) {
        const count = s === sections - 1 ? total - written : Math.max(1, Math.floor(total / sections));
        written += count;
        const items = Array.from({ length: count }, () => ` - ${pick(claimTemplates)()} [${int(1, 20)}]${random() < 0.3 ? `[${int(1, 20)}]` : ''}`);
        parts.push(`${pick(HEADINGS)}${items.join('')}`);
      }
      claims += total;
      lines.push(parts.join(' '));
    }
    files.set(`bench_${String(start / perFile).padStart(3, '0')}.txt`, `${lines.join('\n')}\n`);
  }
  return { files, articles, claims };
}
