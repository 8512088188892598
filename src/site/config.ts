/** Site-wide settings for the presentation layer. */
export const SITE = {
  name: '考证',
  latinName: 'Kaozheng',
  tagline: '新闻摘要论断核查',
  /** Shown after seed times, which carry no zone (see src/core/config.ts). */
  timeZoneLabel: 'UTC',
} as const;
