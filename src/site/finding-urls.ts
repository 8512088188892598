/**
 * Where findings live on the site: one list per kind, in pages of
 * FINDINGS_PER_PAGE, in the checker's order (severity, then id). Badges,
 * the corrections log and feeds link to a finding's canonical page.
 */
import type { Finding } from '../check/model.ts';
import { sitePath } from './urls.ts';

export const FINDINGS_PER_PAGE = 50;

/** `/checks/conflict/`, `/checks/conflict/2/` … */
export const kindPageUrl = (kind: string, page: number): string => sitePath(`/checks/${kind}/${page > 1 ? `${page}/` : ''}`);

/** Finding id → its URL on its kind's page, with the anchor. */
export function findingUrls(findings: readonly Pick<Finding, 'id' | 'kind'>[]): Map<string, string> {
  const seen = new Map<string, number>();
  const urls = new Map<string, string>();
  for (const f of findings) {
    const index = seen.get(f.kind) ?? 0;
    seen.set(f.kind, index + 1);
    urls.set(f.id, `${kindPageUrl(f.kind, Math.floor(index / FINDINGS_PER_PAGE) + 1)}#${f.id}`);
  }
  return urls;
}
