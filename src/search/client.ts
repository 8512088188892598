/**
 * The search page, in the browser: Pagefind's JS API (the index is static
 * files; no server), facets with counts, sort, results as the matching claims
 * of each page with the query highlighted, and the query kept in the URL
 * (/search/?q=利用率).
 */
import { CLAIM_FIELDS, type ClaimHit, claimHits, type PageResult } from './claims.ts';
import { FILTERS, TYPE_LABELS } from './tags.ts';
import { formatRefs } from '../content/format.ts';
import { claimLink, highlightTerms, readState, type SearchState, splitHighlights, writeState } from './query.ts';

/** The site was served without its search index: pages only, as `npm run dev` and a bare `astro build` make them. */
class MissingIndex extends Error {
  constructor() {
    super('搜索索引尚未生成（npm run dev 和单独的 astro build 只生成页面）：运行 npm run build，再用 npm start 预览即可搜索。');
  }
}

interface PagefindResultData extends PageResult {
  excerpt: string;
  filters: Record<string, string[]>;
}

interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Pages whose data is fetched at a time: each is one fragment download (an article's text, about 3 KB gzip). */
const PAGE_SIZE = 6;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Text with terms in <mark>, built as nodes (never innerHTML). */
function highlighted(text: string, terms: readonly string[]): Node[] {
  return splitHighlights(text, terms).map((r) => (r.mark ? el('mark', {}, r.text) : document.createTextNode(r.text)));
}

/** Pagefind's excerpt is HTML with <mark>; keep only its text and marks. */
function excerptNodes(excerpt: string): Node[] {
  const text = (s: string) => new DOMParser().parseFromString(s, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((part) => (part.startsWith('<mark>') ? el('mark', {}, text(part.slice(6, -7))) : document.createTextNode(text(part))));
}

export function startSearch(): void {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('q');
  const sort = $<HTMLSelectElement>('sort');
  const facets = $<HTMLDivElement>('facets');
  const status = $<HTMLParagraphElement>('result-status');
  const list = $<HTMLOListElement>('results');
  const empty = $<HTMLDivElement>('search-empty');
  const more = $<HTMLButtonElement>('search-more');
  const filterNames = JSON.parse(facets.dataset.filters ?? '[]') as string[];
  let state: SearchState = readState(location.search, filterNames);
  let pagefind: Pagefind | undefined;
  const showFilters = $<HTMLButtonElement>('show-filters');
  let wantFilters = false;
  let filtersLoaded = false;
  showFilters.hidden = false;
  showFilters.addEventListener('click', () => {
    wantFilters = true;
    showFilters.disabled = true;
    showFilters.textContent = '正在载入筛选条件…';
    safely();
  });
  let run = 0;

  input.value = state.q;
  sort.value = state.sort;

  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input && !(document.activeElement instanceof HTMLInputElement)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ q: input.value.trim() });
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => update({ q: input.value.trim() }), 250);
  });
  sort.addEventListener('change', () => update({ sort: sort.value as SearchState['sort'] }));
  let pending: PagefindSearch['results'] = [];
  let shownPages = 0;
  let reported = { total: 0, ms: 0 };
  more.addEventListener('click', () => {
    showMore(run)
      .then((claims) => {
        if (claims !== undefined) report(reported.total, claims, reported.ms);
      })
      .catch((error: unknown) => console.error(error));
  });

  function update(change: Partial<SearchState>): void {
    state = { ...state, ...change };
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    safely();
  }

  /** Run a search; a failure (index not reachable offline, say) is shown, not swallowed. */
  function safely(): void {
    search().catch((error: unknown) => {
      if (error instanceof MissingIndex) {
        status.textContent = error.message;
        return;
      }
      console.error(error);
      status.textContent = `搜索出错：${error instanceof Error ? error.message : String(error)}。请刷新页面重试。`;
    });
  }

  async function load(): Promise<Pagefind> {
    if (!pagefind) {
      // Under the site's base path (KAOZHENG_BASE); Pagefind's result URLs are site-relative, so it is given the base too.
      const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
      const url = `${base}pagefind/pagefind.js`;
      try {
        pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      } catch (error) {
        // Not there at all (`npm run dev`, a bare `astro build`), or not reachable (offline, uncached)?
        const missing = await fetch(`${base}pagefind/pagefind-entry.json`, { method: 'HEAD' }).then((r) => r.status === 404, () => false);
        throw missing ? new MissingIndex() : error;
      }
      await pagefind.options({ excerptLength: 40, baseUrl: base });
      await pagefind.init();
    }
    // The filter index is fetched only when filters are wanted: at 10,000 articles it is
    // larger than everything else a query needs. Without it, counts come back empty.
    if (wantFilters && !filtersLoaded) {
      await pagefind.filters();
      filtersLoaded = true;
      showFilters.hidden = true;
    }
    return pagefind;
  }

  async function search(): Promise<void> {
    const mine = ++run;
    const hasFilters = Object.keys(state.filters).length > 0;
    if (hasFilters) wantFilters = true;
    const pf = await load();
    if (!state.q && !hasFilters) {
      if (filtersLoaded) renderFacets(await pf.filters(), undefined);
      list.replaceChildren();
      empty.hidden = true;
      status.textContent = '输入搜索词开始搜索，或在左侧按媒体、实体、年份筛选。';
      return;
    }
    const started = performance.now();
    const options: Record<string, unknown> = { filters: state.filters };
    if (state.sort) options.sort = { date: state.sort.slice(5) };
    const result = await pf.search(state.q || null, options);
    if (mine !== run || !result) return;
    pending = result.results;
    shownPages = 0;
    list.replaceChildren();
    if (filtersLoaded) renderFacets(result.totalFilters, result.filters);
    const claims = await showMore(mine);
    if (claims === undefined) return;
    const ms = Math.round(performance.now() - started);
    empty.hidden = result.results.length > 0;
    report(result.results.length, claims, ms);
  }

  /** The status line: how many pages match, how many of their claims are listed, how long it took. */
  function report(total: number, claims: number, ms: number): void {
    reported = { total, ms };
    const what = state.q ? `“${state.q}”` : '所选条件';
    status.textContent = total === 0 ? `没有找到与${what}相关的结果。` : `${total} 个页面与${what}相关${claims > 0 ? `，已列出其中 ${claims} 条论断` : ''}（${ms} 毫秒）。`;
    status.dataset.count = String(total);
    status.dataset.ms = String(ms);
    status.dataset.q = state.q;
  }

  /** Fetch and show the next pages' results; returns the number of claims listed so far. */
  async function showMore(mine: number): Promise<number | undefined> {
    const batch = pending.slice(shownPages, shownPages + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data() as Promise<PagefindResultData>));
    if (mine !== run) return undefined;
    shownPages += batch.length;
    list.append(...data.map(renderResult));
    more.hidden = shownPages >= pending.length;
    more.textContent = `显示更多（还有 ${pending.length - shownPages} 个页面）`;
    return list.querySelectorAll('.result-claim').length;
  }

  function renderFacets(total: Record<string, Record<string, number>>, current: Record<string, Record<string, number>> | undefined): void {
    const groups = filterNames.filter((name) => total[name] && Object.keys(total[name]!).length > 0).flatMap((name) => {
      // Values by their count under the current query; empty ones hidden unless selected.
      const countOf = (value: string) => current?.[name]?.[value] ?? total[name]![value]!;
      const values = Object.keys(total[name]!)
        .filter((value) => countOf(value) > 0 || state.filters[name]?.includes(value))
        .sort((a, b) => countOf(b) - countOf(a) || a.localeCompare(b, 'zh-Hans-CN'));
      const items = values.map((value) => {
        const count = countOf(value);
        const checked = state.filters[name]?.includes(value) ?? false;
        const box = el('input', { type: 'checkbox', value, checked, name });
        box.addEventListener('change', () => {
          const selected = new Set(state.filters[name] ?? []);
          if (box.checked) selected.add(value);
          else selected.delete(value);
          const filters = { ...state.filters, [name]: [...selected] };
          if (selected.size === 0) delete filters[name];
          update({ filters });
        });
        return el('li', {}, el('label', {}, box, ` ${value} `, el('span', { className: 'count' }, `(${count})`)));
      });
      return items.length === 0 ? [] : [el('fieldset', {}, el('legend', {}, name), el('ul', {}, ...items))];
    });
    facets.replaceChildren(...groups);
    $<HTMLParagraphElement>('facet-note').hidden = groups.length === 0;
  }

  function renderResult(r: PagefindResultData): HTMLLIElement {
    const type = r.filters[FILTERS.type]?.[0] ?? '';
    const claimLevel = Object.keys(state.filters).some((name) => name in CLAIM_FIELDS);
    // Without a query or a claim-level filter every claim would match: the page stands for them.
    const hits = state.q || claimLevel ? claimHits(r, { query: state.q, filters: state.filters }) : [];
    const details = [r.meta.outlet, r.meta.date, r.meta.kind, r.meta.count ? `${r.meta.count} 条论断` : ''].filter(Boolean).join(' · ');
    const summary = r.meta.description
      ? el('p', { className: 'result-text' }, ...highlighted(r.meta.description, highlightTerms(state.q, r.meta.description)))
      : hits.length === 0 && state.q
        ? el('p', { className: 'result-text' }, ...excerptNodes(r.excerpt))
        : '';
    return el(
      'li',
      { className: `result result-${type === TYPE_LABELS.entity ? 'entity' : 'article'}` },
      el('p', { className: 'result-head' }, el('span', { className: 'result-type' }, type), ' ', el('a', { href: r.url }, r.meta.title ?? r.url)),
      el('p', { className: 'result-meta' }, details),
      summary,
      hits.length > 0 ? el('ol', { className: 'result-claims' }, ...hits.map(renderClaim)) : '',
    );
  }

  function renderClaim(hit: ClaimHit): HTMLLIElement {
    // A corrected claim reads as corrected; the link opens the page with both.
    const shown = hit.corrected ?? hit.text;
    const terms = highlightTerms(state.q, shown);
    // Found by another name of an entity (纳德拉 for 微软首席执行官): say so, with the entities.
    const byName = !!state.q && highlightTerms(state.q, `${hit.text} ${hit.corrected ?? ''}`).length === 0 && hit.entities.length > 0;
    const via = byName ? el('p', { className: 'result-via' }, `通过实体名称匹配：${hit.entities.join('、')}`) : '';
    const details = [formatRefs(hit.refs), byName ? '' : hit.entities.join('、'), hit.findings.join('、')].filter(Boolean).join(' · ');
    return el(
      'li',
      { className: 'result-claim' },
      el('p', { className: 'result-text' }, hit.corrected !== null ? el('span', { className: 'result-corrected' }, '已更正 ') : '', el('a', { href: claimLink(hit.url, terms[0]) }, ...highlighted(shown, terms))),
      via,
      el('p', { className: 'result-meta' }, details),
    );
  }

  safely();
}
