/** Chinese labels for finding kinds and severities, shared by badges, pages and the CLI. */
export const FINDING_LABELS: Record<string, string> = {
  conflict: '数字冲突',
  'scope-mismatch': '口径不同',
  change: '随时间变化',
  corroboration: '多方印证',
  syndication: '同源转载',
  headline: '标题核对',
  tension: '说法相反',
};

export const SEVERITY_LABELS: Record<string, string> = {
  high: '严重',
  medium: '需注意',
  low: '提示',
  info: '信息',
};

/** What each severity means: on /checks/ and, in words, on every finding card. */
export const SEVERITY_MEANINGS: Record<string, string> = {
  high: '同一事物、同一时间、同一口径的数字互不相容：至少有一方有误，或说的不是同一件事。',
  medium: '可能误导读者：标题与正文不符、口径不同的数字被并列、方向词与数字相反等，需对照原文判断。',
  low: '观点或预测相反，不涉及数字对错。',
  info: '供参考的核对结果（一致、印证、变化、转载），不表示有错。',
};

/** Who says so: the checker, automatically, or a reviewer's verdict. */
export const AUTOMATIC = '自动核查';
export const HUMAN = '人工裁定';
/** A verdict whose finding changed (split, merged, resolved): it waits for a reviewer. */
export const NEEDS_REVIEW = '待复核';
