/**
 * Who reports a figure is not who it is about. A clause's source — 据X统计,
 * X数据显示, X报告称, X表示 — is cut out before its subject is looked for;
 * X is the subject only when it says so (X称其…, X表示公司…) or, for a
 * company speaking of itself, when nothing else follows. See
 * ../shared/docs/new-topics.md, "Who a figure belongs to".
 */

export interface Source {
  /** Span of the source phrase in the claim (UTF-16, as written), verb included. */
  start: number;
  end: number;
  /** Where the reporter is named: 据[X]统计, [X]表示. */
  reporter: { start: number; end: number };
  /** The reporter refers to itself after the verb (X称其, X表示公司): it is also the subject. */
  selfReference: boolean;
  /** A verb of speaking (表示, 称, 预计 …), after which a company's own figures may follow; data verbs (显示, 统计) never make X the subject. */
  speech: boolean;
}

/** 据X统计 / 根据X数据 / 据X报告, up to the first comma; or 据统计, 据悉. */
const ACCORDING = /^\s*(?:据|根据|依据|援引|引用)([^，,。；;]{0,40}?)(?:的)?(?:最新|初步|不完全)?(?:统计数据|统计|数据|测算|调研|调查|报告|监测|研报|研究|显示|消息|预测|估算|估计|了解|悉)(?:显示|表明|称)?/;
/** 据猫眼专业版，…: a clause that is only 据 and its source. */
const ACCORDING_ALONE = /^\s*(?:据|根据|依据)([^，,。；;\d]{2,20}?)\s*[，,]?\s*$/;
/** X数据显示 / X报告称 / X表示 / X指出 / X预计 …, X at most 30 characters from the clause start. */
const REPORTS = /^([^，,。；;]{1,30}?)(?:最新)?(?:发布的|公布的|的)?(?:统计数据|监测数据|调研数据|数据|报告|研报|统计|调研|分析)?(显示(?![屏器])|表明|(?<![简号堪声名俗统宣自])称(?![为作之呼号赞职得重量])|表示|指出|认为|预计|预测|透露|介绍|披露|测算|估计|提到|强调|坦言|公告)[:：,，]?/;
const SPEECH = new Set(['称', '表示', '透露', '介绍', '披露', '提到', '强调', '坦言', '预计', '公告']);
/** After the verb, a pointer back to the reporter. */
const SELF = /^\s*(?:(?:\d{1,2}月(?:份)?|今年|去年|上半年|下半年|一季度|二季度|三季度|四季度|前三季度|全年|目前|当前)\s*)?(?:其|公司|该公司|本公司|自身|自己|集团)/;
/** Reporters that are never the subject of a figure they give: associations, agencies, analysts, data vendors. */
export const REPORTER_ONLY = /(?:协会|学会|联合会|委员会|联盟|研究院|研究所|研究中心|统计局|海关|总署|总局|部|局|署|办|厅|交易所|机构|分析师|经济学家|券商|证券|研究|咨询|数据|媒体|报道|人士|专家|官员|发言人|网|报|社|台)$/;

/** The source phrase of one clause (`from` is the clause start in the claim), if it has one. */
export function clauseSource(text: string, from: number, to: number): Source | undefined {
  const clause = text.slice(from, to);
  const according = ACCORDING.exec(clause) ?? ACCORDING_ALONE.exec(clause);
  if (according) {
    const lead = according[0].length - according[0].trimStart().length;
    const reporterStart = from + lead + (/^\s*(?:根据|依据|援引|引用)/.test(clause) ? 2 : 1);
    return { start: from, end: from + according[0].length, reporter: { start: reporterStart, end: reporterStart + according[1]!.length }, selfReference: false, speech: false };
  }
  const reports = REPORTS.exec(clause);
  if (!reports) return undefined;
  // Not a verb of the figure's own clause: 表示 after a figure (营收增长20%表示…) is not a source.
  if (/\d/.test(reports[1]!)) return undefined;
  const end = from + reports[0].length;
  return { start: from, end, reporter: { start: from, end: from + reports[1]!.length }, selfReference: SELF.test(text.slice(end, to)), speech: SPEECH.has(reports[2]!) };
}

/**
 * `A、B、C净利润分别为1亿、2亿、3亿元`: the names before 分别 (or before the
 * metric) paired in order with the figures after it. Returns the item spans,
 * or undefined when the clause is not such a list.
 */
export function respectiveList(text: string, from: number, before: number): { start: number; end: number }[] | undefined {
  const phrase = text.slice(from, before);
  if (!/[、和与及]/.test(phrase)) return undefined;
  const items: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i <= before; i++) {
    if (i === before || /[、和与及]/.test(text[i]!)) {
      if (i > start) items.push({ start, end: i });
      start = i + 1;
    }
  }
  return items.length >= 2 ? items : undefined;
}
