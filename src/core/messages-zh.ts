/**
 * Messages in the reader's language: the Chinese text of each content error,
 * keyed by `source/rule` (or by `rule` alone for rules several sources share,
 * such as the YAML and schema rules). The reporter prints it first with the
 * English message beside it, which keeps the specifics (ids, keys, values).
 * A rule missing here prints in English alone: new rules never break output.
 */
import type { Diagnostic } from './diagnostic.ts';

const ZH: Readonly<Record<string, string>> = {
  // Seed exports (src/core/parse-seed.ts, parse-body.ts, read-seeds.ts)
  'seed/encoding': '种子文件不是 UTF-8 编码',
  'seed/header': '不是检索导出文件：缺少“Workflow”开头或检索词行',
  'seed/cut-short': '文章不完整：标题后缺少“媒体· 日期 时间”行或正文',
  'seed/byline': '媒体与时间行格式不对，应为“媒体· YYYY-MM-DD HH:MM”',
  'seed/heading-without-claim': '小标题后没有论断就出现了引用标记',
  'seed/empty-claim': '空论断：引用标记前没有文字',
  'seed/marker-unterminated': '引用标记没有闭合，缺少“]”',
  'seed/marker-missing': '论断没有引用标记：每条论断应以 [2][5] 这样的标记结尾',
  'seed/no-claims': '文章正文没有论断',
  'seed/no-seeds': 'seeds/ 中没有种子文件',
  'seed/duplicate-article': '同一篇文章出现了两次',
  'content/duplicate-article-id': '两篇文章的编号相同',
  'content/duplicate-claim': '同一篇文章中有两条相同的论断',
  // Content files (src/content/)
  'mdx/guard': '内容文件含有不允许的写法（只允许标题、段落和字面属性的 <Claim>），不会执行其中的代码',
  'mdx/parse': '内容文件无法解析为 MDX',
  'content/claim-altered': '内容文件中的论断与种子不一致，且没有记录在案的更正',
  'content/claim-dropped': '内容文件缺少种子中的论断',
  'content/claim-moved': '论断在内容文件中的位置与种子不一致',
  'content/claim-not-in-seed': '内容文件中的论断在种子中不存在',
  'content/refs-altered': '论断的原文段落与种子不一致，且没有记录在案的更正',
  'content/frontmatter-altered': '内容文件的元数据与种子不一致',
  'content/seed-place': '内容文件记录的种子位置不对',
  'content/no-seed': '内容文件指向的种子文件不存在',
  'content/not-ingested': '种子中的文章还没有内容文件：请运行 npm run ingest',
  'content/id-file-name': '文件名与其中的编号不一致',
  'content/unknown-subject': '元数据中的 subject 不是已登记的实体',
  // The entity registry and the metrics lexicon
  'registry/duplicate-alias': '同一别名登记给了多个实体',
  'registry/unknown-relation': '关系指向未登记的实体',
  'registry/roles-not-person': '只有人物可以有职务称谓（roles）',
  'registry/id-file-name': '文件名与实体编号不一致',
  'metrics/id-file-name': '文件名与指标编号不一致',
  'metrics/unknown-family': '指标的 family 或 relation 指向未登记的指标',
  // Corrections and verdicts (src/reviews/)
  'reviews/unknown-claim': '未知的论断编号：请从论断的永久链接或“提出更正”链接复制',
  'reviews/unknown-target': '未知的裁定对象编号：论断见 /data/claims.json，核查项见 /data/findings.json',
  'reviews/wrong-mismatch': 'wrong 必须与论断发表时的文字完全一致',
  'reviews/refs-format': 'right 应为以空格分隔的段落号，如 "2 5"',
  'reviews/no-change': 'right 与原文相同：更正必须有所改变',
  // YAML and schemas, in any file kind
  'invisible-character': '含有不可见字符（双向控制或零宽字符）',
  'yaml-syntax': 'YAML 语法错误',
  'yaml-alias': '不允许使用 YAML 别名（*name）：请直接写出值',
  'unknown-key': '不认识的字段',
  schema: '字段的值不符合要求',
};

/** The Chinese text of a message, or undefined when the catalogue has none (or the message is Chinese already). */
export function chineseText(d: Pick<Diagnostic, 'source' | 'rule' | 'message'>): string | undefined {
  return ZH[`${d.source}/${d.rule}`] ?? ZH[d.rule];
}

/** `中文（English）`, or the message as it is. */
export function bilingual(d: Pick<Diagnostic, 'source' | 'rule' | 'message'>): string {
  const zh = chineseText(d);
  return zh === undefined ? d.message : `${zh}（${d.message}）`;
}
