/**
 * What a pull request changes: content (data reviewers edit) or code (what
 * builds the site, including the guard that keeps content from running code).
 * A content pull request that also changes code needs a maintainer's review.
 */
const CONTENT = /^(?:content\/(?:corrections|verdicts|articles|entities|metrics)\/[^/]+\.(?:ya?ml|mdx)|seeds\/[^/]+\.txt)$/;

export interface Classified {
  content: string[];
  code: string[];
}

export function classifyPaths(paths: readonly string[]): Classified {
  const content: string[] = [];
  const code: string[] = [];
  for (const path of paths.map((p) => p.trim()).filter(Boolean)) (CONTENT.test(path) ? content : code).push(path);
  return { content, code };
}
