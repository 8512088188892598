/**
 * JSON Schemas (draft 2020-12) of the data files in `dist/data/`, published
 * beside them as `<name>.schema.json`. They list every field the records have
 * today as required and allow more: fields may be added, none are renamed.
 * The descriptions are the field lists of the /data/ page (one source).
 */
import { ENTITY_TYPES } from '../entities/schema.ts';
import { VERDICTS } from '../reviews/schema.ts';

type Schema = Record<string, unknown>;

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const nullable = (schema: Schema): Schema => ({ ...schema, type: [schema.type as string, 'null'] });
const int = (description: string, minimum = 0): Schema => ({ type: 'integer', minimum, description });
const bool = (description: string): Schema => ({ type: 'boolean', description });
const list = (description: string, items: Schema): Schema => ({ type: 'array', description, items });
/** An object whose listed properties are all required; others may be added later. */
const record = (description: string, properties: Record<string, Schema>, optional: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  description,
  required: Object.keys(properties),
  properties: { ...properties, ...optional },
});

const CLAIM_ID = '^c[0-9a-f]{12}$';
const FINDING_ID = '^f[0-9a-f]{12}$';
/** An exact decimal as a string (src/quantities/decimal.ts): never a float. */
const decimal = (description: string) => str(description, { pattern: '^-?[0-9]+(\\.[0-9]+)?$' });
const date = (description: string) => str(description, { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const isoTime = (description: string) => str(description, { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' });
const sitePathOf = (what: string) => str(`${what}的站内地址（含部署路径前缀）`, { pattern: '^/' });

const source = record('在种子文件中的位置', {
  file: str('种子文件，相对于代码仓库'),
  line: int('行号，从 1 起', 1),
  column: int('列号（Unicode 码点），从 1 起', 1),
});

const quantity = record(
  '从论断文字中读出的一个数字',
  {
    start: int('在论断文字中的起点（UTF-16 偏移）'),
    end: int('终点（UTF-16 偏移，不含）'),
    surface: str('原文写法'),
    amount: nullable(decimal('确切数值（规范单位），区间为 null')),
    lower: nullable(decimal('下界，无下界为 null')),
    upper: nullable(decimal('上界，无上界为 null')),
    lowerOpen: bool('下界是否开区间'),
    upperOpen: bool('上界是否开区间'),
    unit: str('规范单位，如 %、美元；空串表示无单位'),
    dimension: str('量纲，如 money:USD、ratio、count'),
    hedge: str('限定语类别：exact、approx、above、below、near、range、rhetoric 等'),
    precision: { type: 'integer', description: '最后一位有效数字的十的幂（规范单位）' },
  },
  {
    hedgeWord: str('限定词原文，如 超过、约'),
    change: { enum: ['up', 'down'], description: '数字本身是变化量时的方向' },
    direction: { enum: ['up', 'down'], description: '方向词（降至、突破）所示方向' },
    directionWord: str('方向词原文'),
    from: record('“从A……至B”的起点与差值、倍数', { amount: decimal('起点数值'), delta: decimal('差值'), ratio: decimal('倍数'), surface: str('起点原文') }),
    startOfChange: { const: true, description: '此数字是“从A……至B”的起点' },
    ambiguous: str('读法有歧义时的说明'),
  },
);

const verdict = record('审核者的当前裁定', {
  verdict: { enum: [...VERDICTS], description: '裁定：准确、基本准确、有误导、错误、无法核实、已过时' },
  explanation: str('理由'),
  evidence: list('证据链接（https）', str('https 链接', { pattern: '^https://' })),
  reviewer: str('审核者'),
  date: date('裁定日期'),
});

export const claimSchema: Schema = record('一条论断', {
  id: str('论断编号（稳定）', { pattern: CLAIM_ID }),
  url: sitePathOf('论断永久链接'),
  article: str('文章 slug'),
  articleTitle: str('文章标题'),
  section: nullable(str('所在小节标题，无小节为 null')),
  text: str('论断原文（不含段落标记）'),
  refs: list('原文段落编号', int('段落编号', 1)),
  source,
  outlet: str('媒体'),
  published: isoTime('发布时间（ISO 8601，按 UTC 读）'),
  entities: list('涉及的实体编号（见 entities.json）', str('实体编号')),
  quantities: list('从文字中读出的数字', quantity),
  findings: list('涉及此论断的核查发现编号（见 findings.json）', str('发现编号', { pattern: FINDING_ID })),
  corrected: nullable(str('更正后的文字，未更正为 null')),
  corrections: list(
    '审核者的更正，最早的在前',
    record('一项更正', { field: { enum: ['text', 'refs'], description: '更正的字段' }, wrong: str('原文'), right: str('更正为'), reason: str('理由'), evidence: list('证据链接', str('https 链接')), reviewer: str('审核者'), date: date('日期') }),
  ),
  verdict: { anyOf: [{ type: 'null' }, verdict], description: '当前裁定，没有为 null' },
});

export const articleSchema: Schema = record('一篇文章', {
  id: str('文章编号（稳定）'),
  slug: str('文章 slug：日期加标题拼音'),
  url: sitePathOf('文章'),
  title: str('标题'),
  outlet: str('媒体'),
  published: isoTime('发布时间（ISO 8601，按 UTC 读）'),
  printed: str('原文印出的时间'),
  topic: str('所属专题'),
  source,
  sections: list('小节标题，无标题的小节为 null', nullable(str('小节标题'))),
  claims: list('论断编号，按原文顺序', str('论断编号', { pattern: CLAIM_ID })),
});

export const entitySchema: Schema = record('一个实体', {
  id: str('实体编号'),
  name: str('规范名称'),
  names: { type: 'object', description: '中英文名称', properties: { zh: str('中文名'), en: str('英文名') } },
  type: { enum: [...ENTITY_TYPES], description: '类型' },
  aliases: list('别名', str('别名')),
  roles: list('指代此人的职务说法', str('职务说法')),
  relations: list('关系', record('一条关系', { kind: str('关系类型，如 part-of、ceo-of'), target: str('目标实体编号') })),
  description: str('简介'),
  wikidata: nullable(str('Wikidata 编号')),
  url: sitePathOf('实体页面'),
  claims: list('关于它的论断编号', str('论断编号', { pattern: CLAIM_ID })),
});

const findingValue = record(
  '比较的一个数字（已规范化）',
  {
    claim: str('论断编号'),
    surface: str('原文写法'),
    metric: nullable(str('指标')),
    entity: nullable(str('实体编号（母公司），行业整体为 null')),
    scope: str('范围，空串表示不限'),
    time: nullable(str('时间：YYYY、YYYY-MM、YYYY-MM-DD、YYYY-Qn、YYYY-H1/H2、YYYY-9M、YYYY-YTDnn、YYYY-MM-D1..D3（上中下旬）或 YYYY-MM-W1..W5（第几周）')),
    amount: nullable(decimal('确切数值')),
    lower: nullable(decimal('下界')),
    upper: nullable(decimal('上界')),
    lowerOpen: bool('下界是否开区间'),
    upperOpen: bool('上界是否开区间'),
    unit: str('规范单位'),
    hedge: str('限定语类别'),
  },
  { mentioned: nullable(str('原文提到的实体编号')), note: str('说明') },
);

const findingClaim = record(
  '发现涉及的一条论断',
  { id: str('论断编号（标题为 title:<slug>）'), text: str('原文'), article: str('文章 slug'), url: sitePathOf('论断'), outlet: str('媒体'), published: isoTime('发布时间'), source },
  { figure: record('比较的数字在文字中的位置', { start: int('起点'), end: int('终点'), surface: str('原文写法') }), label: str('角色：一方、范围、时间、标题……') },
);

export const findingSchema: Schema = record(
  '一致性核查的一项发现',
  {
    id: str('发现编号（稳定）', { pattern: FINDING_ID }),
    kind: { enum: ['conflict', 'scope-mismatch', 'change', 'corroboration', 'syndication', 'headline', 'tension'], description: '类型' },
    severity: { enum: ['high', 'medium', 'low', 'info'], description: '严重程度' },
    summary: str('中文摘要'),
    entity: nullable(str('实体编号')),
    metric: nullable(str('指标')),
    values: list('比较的数字', findingValue),
    claims: list('涉及的论断', findingClaim),
    url: sitePathOf('发现'),
    verdict: { anyOf: [{ type: 'null' }, verdict], description: '当前裁定，没有为 null' },
    earlierVerdicts: list('较早的裁定', verdict),
  },
  { unlisted: int('未列出的其余论断数'), previousIds: { type: 'array', items: { type: 'string' }, description: '此发现曾用的编号' } },
);

/** A file of records: a JSON array of them. */
const arrayOf = (title: string, item: Schema): Schema => ({ $schema: DRAFT, title, type: 'array', items: item });

/** Every published schema, by file name under dist/data/. */
export const DATA_SCHEMAS: Record<string, Schema> = {
  'claims.schema.json': arrayOf('claims.json：全部论断', claimSchema),
  'claim.schema.json': { $schema: DRAFT, title: 'claims.jsonl 的一行：一条论断', ...claimSchema },
  'articles.schema.json': arrayOf('articles.json：全部文章', articleSchema),
  'entities.schema.json': arrayOf('entities.json：全部实体', entitySchema),
  'findings.schema.json': {
    $schema: DRAFT,
    title: 'findings.json：一致性核查的全部发现（与 npm run check -- --json 相同）',
    type: 'object',
    required: ['findings'],
    properties: {
      findings: list('全部发现', findingSchema),
      resolved: { type: 'array', description: '更正后不再成立的发现（原文上的发现）' },
      staleVerdicts: { type: 'array', description: '所针对的发现已变化、待复核的裁定' },
    },
  },
};
