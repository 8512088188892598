/**
 * Pagefind records, one per claim: the result is the claim (its permalink),
 * not the article. The searchable content adds the names and aliases of the
 * claim's entities, so 纳德拉 finds a claim that only says 微软首席执行官; the
 * page shows `meta.text`, the claim as written, never those names.
 */
import type { Finding } from '../check/model.ts';
import type { PublishedArticle } from '../content/corpus.ts';
import { FINDING_LABELS } from '../content/labels.ts';
import { formatRefs } from '../content/format.ts';
import { claimUrl } from '../content/urls.ts';
import type { RegistryEntity } from '../entities/registry.ts';

/** The index language: the site is zh-CN; Pagefind segments Chinese only when told so. */
export const SEARCH_LANGUAGE = 'zh-cn';

/** Filter names as readers see them on the search page. */
export const FILTERS = { type: '类型', outlet: '媒体', entity: '实体', year: '年份', finding: '核查' } as const;
export const TYPE_LABELS = { claim: '论断', article: '文章', entity: '实体' } as const;

export interface ClaimRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export function claimRecords(articles: readonly Omit<PublishedArticle, 'html'>[], entities: readonly RegistryEntity[], findings: readonly Finding[]): ClaimRecord[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const kinds = new Map(findings.map((f) => [f.id, f.kind]));
  return articles.flatMap((article) =>
    article.sections.flatMap((section) =>
      section.claims.map((claim) => {
        const named = claim.entities.map((id) => byId.get(id)).filter((e): e is RegistryEntity => e !== undefined);
        // Names and aliases make the claim findable by any name of what it is about.
        const names = [...new Set(named.flatMap((e) => [e.name, e.names?.zh, e.names?.en, ...e.aliases, ...e.roles].filter((n): n is string => !!n)))];
        const findingLabels = [...new Set(claim.findings.map((id) => FINDING_LABELS[kinds.get(id) ?? ''] ?? ''))].filter(Boolean).sort();
        return {
          url: claimUrl(article.slug, claim.id),
          content: [claim.text, section.heading ?? '', names.join(' ')].join('\n'),
          language: SEARCH_LANGUAGE,
          meta: {
            title: article.title,
            text: claim.text,
            outlet: article.outlet,
            date: article.printed,
            position: formatRefs(claim.refs),
            ...(section.heading ? { section: section.heading } : {}),
            ...(named.length > 0 ? { entities: named.map((e) => e.name).join('、') } : {}),
          },
          filters: {
            [FILTERS.type]: [TYPE_LABELS.claim],
            [FILTERS.outlet]: [article.outlet],
            [FILTERS.year]: [article.published.slice(0, 4)],
            ...(named.length > 0 ? { [FILTERS.entity]: named.map((e) => e.name) } : {}),
            ...(findingLabels.length > 0 ? { [FILTERS.finding]: findingLabels } : {}),
          },
          sort: { date: article.published },
        };
      }),
    ),
  );
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A claim record as a page for Pagefind to index: the searchable content in
 * the body; metadata (with the permalink as `url`), filters and sort keys as
 * elements Pagefind reads. Never served: indexed, then deleted.
 */
export function recordHtml(record: ClaimRecord): string {
  const meta = Object.entries({ ...record.meta, url: record.url }).map(([k, v]) => `<span data-pagefind-meta="${html(k)}">${html(v)}</span>`);
  const filters = Object.entries(record.filters).flatMap(([k, values]) => values.map((v) => `<span data-pagefind-filter="${html(k)}">${html(v)}</span>`));
  const sort = Object.entries(record.sort).map(([k, v]) => `<span data-pagefind-sort="${html(k)}">${html(v)}</span>`);
  return `<!doctype html><html lang="${record.language}"><head><meta charset="utf-8"><title>${html(record.meta.title ?? '')}</title></head><body><main data-pagefind-body>${record.content
    .split('\n')
    .map((line) => `<p>${html(line)}</p>`)
    .join('')}</main><div hidden>${[...meta, ...filters, ...sort].join('')}</div></body></html>\n`;
}
