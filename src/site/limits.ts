/** How much one page shows, so large corpora stay readable (and light to build and index). */

/** Claims per entity page; the first page also carries the summary, findings and figures. */
export const CLAIMS_PER_PAGE = 100;
/** Finding cards on an entity page; the rest are counted and linked to their kind's pages. */
export const FINDINGS_SHOWN = 20;
/** Rows of a metric's figures table on an entity page (the most recent). */
export const FIGURE_ROWS = 100;
/** Points of a metric's timeline on an entity page (the most recent). */
export const TIMELINE_POINTS = 200;
/** Findings of each kind shown in full on the /checks/ overview. */
export const CHECKS_PREVIEW = 10;
/** Newest articles listed on the home page; all of them are on /articles/. */
export const HOME_ARTICLES = 20;
/** Articles per page of the /articles/ list. */
export const ARTICLES_PER_PAGE = 100;
