/**
 * What a pull request changes: content (data reviewers edit) or code (what
 * builds the site, including the guard that keeps content from running code).
 * A content pull request that also changes code needs a maintainer's review.
 */
const CONTENT = /^(?:content\/(?:corrections|verdicts|articles|entities|metrics)\/[^/]+\.(?:ya?ml|mdx)|seeds\/[^/]+\.txt)$/;

/** The public record: a correction or verdict, once merged, is never edited or removed. */
const RECORD = /^content\/(?:corrections|verdicts)\//;

export interface Classified {
  content: string[];
  code: string[];
  /** Existing corrections or verdicts that the change edits or deletes. */
  rewritten: string[];
}

/**
 * Classify `git diff --name-status` lines (`A\tpath`, `M\tpath`, `R100\told\tnew`)
 * or bare paths (taken as added).
 */
export function classifyPaths(lines: readonly string[]): Classified {
  const content: string[] = [];
  const code: string[] = [];
  const rewritten: string[] = [];
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    const parts = line.split('\t');
    const status = parts.length > 1 ? parts[0]! : 'A';
    const paths = parts.length > 1 ? parts.slice(1) : parts;
    const path = paths.at(-1)!;
    (CONTENT.test(path) ? content : code).push(path);
    // Modified, deleted or renamed away: the record would change, not grow.
    if (/^[MDR]/.test(status) && RECORD.test(paths[0]!)) rewritten.push(paths[0]!);
  }
  return { content, code, rewritten };
}
