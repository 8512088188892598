/**
 * Length limits of reviewers' text fields, in characters (code points). A
 * field past its limit is refused with its place: a 3 MB `reason` would pass
 * the checker in a second and then stall the build for minutes. The README
 * states these figures.
 */
export const LIMITS = {
  /** `right` and `wrong` of a correction: a claim's text (seed claims run to a few hundred). */
  claimText: 2000,
  /** `reason` of a correction, `explanation` of a verdict. */
  reasoning: 4000,
  reviewer: 100,
  /** One evidence URL. */
  url: 2000,
  /** Evidence links per file. */
  links: 20,
} as const;

/** Length in code points, as readers count characters. */
export const lengthOf = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};
