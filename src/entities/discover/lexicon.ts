/**
 * Word lists for entity discovery: the forms names take in Chinese business
 * news (organisation heads, roles, surnames) and the words that bound or
 * disqualify a name. They describe the language, not one corpus: a word is
 * here because it is a head, a role, a verb or a common noun anywhere.
 */

/** Full legal suffixes: a name ending in one is a strong form on its own. */
export const LEGAL_HEADS = ['集团股份有限公司', '集团有限责任公司', '集团有限公司', '股份有限公司', '有限责任公司', '有限公司'];

/** Organisation heads, longest first within each family (the regex alternation takes the first that fits). */
export const ORG_HEADS = [
  ...LEGAL_HEADS,
  '会计师事务所', '律师事务所', '事务所', '基金会', '联合会', '委员会', '研究院', '研究所', '研究中心', '交易中心', '交易所', '分会', '科学院', '工程院', '国务院',
  '发改委', '证监会', '银保监会', '金融监管总局', '总局', '总署',
  '公司', '集团', '股份', '控股', '科技', '能源', '汽车', '银行', '证券', '基金', '保险', '协会', '学会', '商会', '中心', '大学', '学院', '医院',
  '部', '局',
];

/** Heads that make a legal or institutional name: strong enough for one mention when the prefix is specific. */
export const INSTITUTION_HEADS = new Set(['交易中心', '分会', '基金会', '联合会', '委员会', '研究院', '研究所', '研究中心', '交易中心', '交易所', '分会', '科学院', '工程院', '协会', '学会', '商会', '大学', '总局', '总署', '证监会', '银保监会', '发改委']);

/** What may not follow a head for it to end a name: 银行业, 科技股, 公司债, 部分, 局势. */
export const NOT_AFTER_HEAD = /^(?:业|股|板块|债|化|类|型|界|领域|行业|分|门|署|势|面|限|级|内|外|间|性|式|用|层)/;

/** Words ending in a one-character head that are not institutions. */
export const NOT_HEAD_WORDS = new Set([
  '内部', '外部', '全部', '局部', '头部', '尾部', '底部', '顶部', '腰部', '东部', '西部', '南部', '北部', '中部', '总部', '本部', '干部', '细部', '一部', '各部', '俱乐部', '事业部',
  '格局', '布局', '结局', '开局', '大局', '全局', '僵局', '困局', '变局', '饭局', '骗局', '终局', '残局', '时局', '政局', '定局', '出局', '入局', '破局', '当局', '棋局', '战局', '新局',
]);

/** Common nouns and modifiers: a prefix made only of these is not a name (相关公司, 钢铁企业, 头部房企, 国内银行). */
export const GENERIC_WORDS = [
  '相关', '上市', '部分', '多家', '其他', '其它', '这家', '该', '此', '本', '各', '大型', '中型', '小型', '中小', '头部', '龙头', '巨头', '国内', '国外', '海外', '境内', '境外', '全球', '全国', '国有', '央企', '国企', '民营', '外资', '合资', '独资', '初创', '新兴', '传统', '主要', '重点', '知名', '大', '小', '新', '老', '子', '母', '分', '总', '旗下', '下属', '关联', '一家', '两家', '几家', '某', '多', '各类', '同类', '同行', '竞争', '对手', '合作', '全资', '控股', '参股', '股份', '集团', '公司', '企业', '机构', '平台', '商业', '地方', '省级', '市级', '县级', '中央', '政府', '监管', '官方',
  '科技', '互联网', '证券', '基金', '银行', '保险', '能源', '新能源', '汽车', '钢铁', '钢', '铁', '煤炭', '煤', '房地产', '地产', '房', '物业', '白酒', '酒', '酒类', '航运', '船舶', '集运', '港口', '码头', '航空', '物流', '快递', '养殖', '生猪', '猪', '畜牧', '饲料', '农业', '光伏', '电池', '锂电', '储能', '芯片', '半导体', '云', '云服务', '电商', '零售', '消费', '食品', '饮料', '家电', '通信', '电信', '运营', '运营商', '电力', '电网', '石油', '石化', '化工', '有色', '矿业', '建筑', '建材', '工程', '医药', '医疗', '金融', '投资', '资产', '管理', '资产管理', '财富', '信托', '期货', '交易', '经纪', '评级', '信用', '咨询', '研究', '数据', '统计', '行业', '产业', '贸易', '制造', '工业', '服务', '科研', '智算', '算力', '计算', '超算', '数据中心', '创新', '孵化', '研发', '营销', '销售', '市场', '业务', '财务', '事业', '设计', '代工', '软件', '硬件', '信息', '技术', '网络', '传媒', '媒体', '文化', '教育', '城投', '融资', '租赁', '担保', '支付', '车', '车企', '房企', '酒企', '猪企', '钢企', '船企', '险企', '券商', '航司', '民航', '铁路', '公路', '国际', '中外', '中资', '美资', '港资', '台资', '日资', '韩资', '欧洲', '美股', 'A股', '港股', '持牌', '专业', '第三方', '独立', '权威', '行业内', '上游', '中游', '下游', '整车', '零部件', '经销', '经销商', '渠道', '终端', '批发', '代理', '私募', '公募', '社保', '养老', '人寿', '财产', '再保险', '商业银行', '城商行', '农商行', '股份制', '国有大行', '政策性', '开发性', '外贸', '进出口', '全资子', '控股子', '项目', '合营', '联营',
];

/** Time words and quantities that end the text before a name (10月28日, 上半年, 3家). */
export const TIME_OR_COUNT = /(?:\d+|[一二两三四五六七八九十百千万几数多]+)(?:年|月|日|号|季度|家|个|只|位|名)|[上下]半年|全年|年内|年初|年末|年底|同期|今年|去年|明年|前年|近日|日前|目前|此前|随后|当日|次日|同日|本周|上周|本月|上月|季度/g;

/** Words that end the text before a name: prepositions, conjunctions, verbs of saying (据X, 与X, X称). */
export const LEFT_STOPS = [
  '根据', '据', '与', '和', '及', '以及', '跟', '对', '由', '向', '从', '在', '于', '至', '到', '称', '是', '为', '被', '将', '把', '让', '给', '较', '包括', '例如', '比如', '如', '像', '其中', '其', '即', '或', '并', '而', '但', '也', '还', '又', '均', '都', '则', '就', '因为', '由于', '随着', '通过', '经过', '针对', '关于', '对于', '除了', '截至', '截止', '使', '令',
  '宣布', '表示', '显示', '指出', '认为', '预计', '预测', '披露', '发布', '公布', '公告', '报道', '透露', '援引', '引述', '称', '说', '提到', '强调', '介绍', '测算', '估算',
  '的', '了', '着', '过', '等', '这些', '那些', '该', '此', '某', '各', '每', '已', '曾', '亦', '全部', '卖出', '买入', '持有', '减持', '增持', '投资', '收购', '入股', '清仓', '出售', '参股', '押注', '看好', '看空', '对比', '相比', '超过', '不及', '高于', '低于', '达到', '实现', '完成', '成为', '作为', '选择', '包含', '涵盖', '涉及', '覆盖',
];

/** Nouns that end the text before a name (龙头万科, 客户宝武) but may also end a name's own words (万科企业股份有限公司). */
export const LEFT_NOUNS = [
  '报告', '数据', '统计', '消息', '分析', '调研', '调查', '研报', '研究',
  '龙头', '巨头', '头部', '旗下', '下属', '控股股东', '股东', '子公司', '母公司', '竞争对手', '对手', '客户', '供应商', '合作伙伴', '伙伴', '投资者', '投资人', '机构', '企业', '公司', '集团', '厂商', '厂家', '服务商', '运营商', '开发商', '供应商', '投资者', '者',
];

/**
 * Roles that name a person, longest first, and the relation the role gives
 * the person to the organisation named before it (董事长 → chair-of).
 */
export const ROLES: [role: string, relation: RoleRelation | null][] = [
  ['联合创始人', 'founder-of'], ['创始人', 'founder-of'],
  ['副董事长', null], ['董事长', 'chair-of'], ['董事会秘书', null], ['董秘', null],
  ['首席执行官', 'ceo-of'], ['CEO', 'ceo-of'], ['首席财务官', 'cfo-of'], ['CFO', 'cfo-of'], ['首席技术官', null], ['CTO', null], ['首席运营官', null], ['COO', null],
  ['首席经济学家', 'analyst-at'], ['首席分析师', 'analyst-at'], ['首席策略师', 'analyst-at'], ['分析师', 'analyst-at'], ['研究员', 'analyst-at'], ['经济学家', 'analyst-at'], ['策略师', 'analyst-at'],
  ['副总裁', null], ['总裁', 'president-of'], ['副总经理', null], ['总经理', 'president-of'],
  ['副秘书长', null], ['秘书长', 'head-of'], ['副会长', null], ['会长', 'head-of'], ['理事长', 'head-of'], ['副部长', null], ['部长', 'head-of'], ['副局长', null], ['局长', 'head-of'], ['院长', 'head-of'], ['所长', 'head-of'], ['行长', 'head-of'], ['副主任', null], ['主任', 'head-of'], ['总监', null], ['合伙人', null], ['发言人', null], ['负责人', null],
];
export type RoleRelation = 'chair-of' | 'ceo-of' | 'cfo-of' | 'founder-of' | 'president-of' | 'head-of' | 'analyst-at';

/** Role words that say the same (CEO = 首席执行官): a person named in one is found by the others. */
export const ROLE_SYNONYMS: Record<string, string[]> = {
  CEO: ['首席执行官'], 首席执行官: ['CEO'], CFO: ['首席财务官'], 首席财务官: ['CFO'], CTO: ['首席技术官'], 首席技术官: ['CTO'], COO: ['首席运营官'], 首席运营官: ['COO'], 董秘: ['董事会秘书'], 董事会秘书: ['董秘'],
};

/** Words that end a name after it (张三表示, 奥尔特曼和纳德拉, 郁亮在…). */
export const RIGHT_STOPS = [
  '表示', '认为', '指出', '称', '说', '透露', '预计', '预测', '介绍', '强调', '坦言', '直言', '提到', '提出', '谈到', '谈及', '回应', '回答', '解释', '补充', '承认', '否认', '警告', '呼吁', '建议', '判断', '担心', '分析', '宣布', '发布', '出席', '接受', '计划', '拟', '将', '已', '曾', '也', '还', '则', '又', '就', '对', '在', '于', '从', '向', '与', '和', '及', '等', '的', '是', '为', '被', '把', '均', '都', '此前', '近日', '日前', '今年', '去年', '明确', '公开', '首次', '再次', '亲自', '本人', '先生', '女士', '持有', '减持', '增持', '出售', '卖出', '买入', '辞职', '离职', '卸任', '上任', '履新', '带领', '领导', '主导', '签署', '致信', '发文', '撰文', '发言', '演讲', '会见', '看好', '看空', '押注', '通过', '旗下', '个人', '家族', '团队',
];

/** Common Chinese surnames: a two- or three-character name next to a role starts with one. */
export const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝郁', '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '宇文', '尉迟', '长孙', '公孙', '端木']);

/** Metric words whose subject before them is a company (X的净利润, X市值). */
export const COMPANY_METRICS = [
  '归母净利润', '扣非净利润', '净利润', '净亏损', '营业收入', '营业总收入', '营收', '总营收', '总市值', '市值', '股价', '市盈率', '市净率', '毛利率', '净利率', '资产负债率', '负债率', '股东户数', '销售额', '销售面积', '签约销售', '合同销售', '出货量', '交付量', '销量', '市占率', '市场份额', '存货', '库存', '合同负债', '现金流', '经营现金流', '业绩', '财报', '年报', '半年报', '季报', '股票',
];

/** Latin words that are vocabulary, not names (units, roles, acronyms of ordinary terms). */
export const NOT_LATIN_NAMES = new Set([
  'ai', 'agi', 'aigc', 'ceo', 'cfo', 'cto', 'coo', 'cio', 'gpu', 'cpu', 'tpu', 'npu', 'dpu', 'asic', 'fpga', 'api', 'apis', 'roi', 'etf', 'etfs', 'lof', 'ipo', 'pe', 'pb', 'ps', 'eps', 'roe', 'roa', 'gdp', 'cpi', 'ppi', 'pmi', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'gw', 'mw', 'kw', 'tw', 'gwh', 'mwh', 'kwh', 'twh', 'teu', 'feu', 'pflops', 'eflops', 'tflops', 'flops', 'app', 'apps', 'pbc', 'hk', 'sh', 'sz', 'bj', 'us', 'usd', 'rmb', 'cny', 'hkd', 'eur', 'vs', 'ok', 'm0', 'm1', 'm2', 'b2b', 'b2c', 'saas', 'iaas', 'paas', 'llm', 'llms', 'idc', 'ev', 'evs', 'suv', 'mpv', 'pcb', 'led', 'oled', 'lcd', 'ar', 'vr', 'xr', 'iot', '5g', '4g', '6g', 'esg', 'reits', 'reit', 'cbd', 'gmv', 'arpu', 'dau', 'mau', 'yoy', 'qoq', 'mom', 'fob', 'cif', 'lng', 'lpg', 'tco', 'oem', 'odm', 'ip', 'id', 'pc', 'pcs', 'tv', 'pdf', 'ppt', 'kpi', 'okr', 'ipo', 'spac', 'ebitda', 'capex', 'opex', 'bps', 'bp', 'ytd', 'ttm', 'nav', 'aum', 'm&a', 'r&d', 'hr', 'it', 'ict', 'ui', 'ux', 'www', 'http', 'https', 'com', 'cn', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'no', 'top', 'new', 'the', 'and', 'of', 'a', 'b', 'c', 'd', 'e', 'h', 'n', 's', 't', 'x', 'kg', 'km', 'cm', 'mm', 'nm', 'gb', 'tb', 'mb', 'pb', 'hz', 'ghz', 'dwt', 'cbm', 'm3', 'm²', 'gdp', 'pue', 'wue', 'tokens', 'token',
]);
