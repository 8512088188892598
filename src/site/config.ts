/** Site-wide settings for the presentation layer. */
export const SITE = {
  name: '考证',
  latinName: 'Kaozheng',
  tagline: '新闻摘要论断核查',
  /** Shown after seed times, which carry no zone (see src/core/config.ts). */
  timeZoneLabel: 'UTC',
  /**
   * The licence of the data files (/data/): what the site compiled (ids, entities, figures,
   * findings, corrections, verdicts). The claims' wording is quoted from the outlets named.
   */
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' },
} as const;
