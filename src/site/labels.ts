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
