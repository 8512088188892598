/**
 * The search page, in the browser: Pagefind's JS API (the index is static
 * files; no server) finds candidate pages; each candidate's claims are then
 * checked against every term of the query (claims.ts, verify.ts) on the data
 * Pagefind already fetched, and only the claims that hold them are listed.
 * Facets with counts, sort, the query kept in the URL (/search/?q=利用率).
 */
import { CLAIM_FIELDS, type ClaimHit, pageClaims, type PageResult, parseJson } from './claims.ts';
import { type EntityNames, FILTERS, TYPE_LABELS } from '../site/search-tags.ts';
import { formatRefs } from '../site/format.ts';
import { claimLink, readState, type SearchState, writeState } from './query.ts';
import { nearNames } from './suggest.ts';
import { candidateQueries, parseQuery, type Term } from './terms.ts';
import { verify } from './verify.ts';

/** The site was served without its search index: pages only, as `npm run dev` and a bare `astro build` make them. */
class MissingIndex extends Error {
  constructor() {
    super('搜索索引尚未生成（npm run dev 和单独的 astro build 只生成页面）：运行 npm run build，再用 npm start 预览即可搜索。');
  }
}

interface PagefindResultData extends PageResult {
  content: string;
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Candidate pages fetched and checked at a time. */
const PAGE_SIZE = 6;
/** Candidate pages checked at most per round (each is one fragment download, an article's text, about 2 KB gzip). */
const CHECK_ROUND = 24;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Text with the given spans in <mark>, built as nodes (never innerHTML). */
function marked(text: string, marks: readonly [number, number][]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [s, e] of marks) {
    if (s > at) nodes.push(document.createTextNode(text.slice(at, s)));
    nodes.push(el('mark', {}, text.slice(s, e)));
    at = e;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** A checked candidate page: what is listed for it (maybe nothing), and what it tells an empty result. */
interface Checked {
  item: HTMLLIElement | undefined;
  claims: number;
  holders: number[];
  names: string[];
}

export function startSearch(): void {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('q');
  const sort = $<HTMLSelectElement>('sort');
  const facets = $<HTMLDivElement>('facets');
  const status = $<HTMLParagraphElement>('result-status');
  const list = $<HTMLOListElement>('results');
  const empty = $<HTMLDivElement>('search-empty');
  const emptyFound = $<HTMLDivElement>('search-empty-found');
  const more = $<HTMLButtonElement>('search-more');
  const filterNames = JSON.parse(facets.dataset.filters ?? '[]') as string[];
  // Every entity's other names, sent once with the page rather than with each article a query fetches.
  const entityNames = parseJson<EntityNames>(form.dataset.names);
  let state: SearchState = readState(location.search, filterNames);
  let pagefind: Pagefind | undefined;
  const showFilters = $<HTMLButtonElement>('show-filters');
  let wantFilters = false;
  let filtersLoaded = false;
  showFilters.disabled = false;
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

  // The current search: its terms, its candidates, what has been checked so far.
  let terms: Term[] = [];
  let pending: PagefindResult[] = [];
  let checked = 0;
  let listedPages = 0;
  let listedClaims = 0;
  let holders: number[] = [];
  const names = new Set<string>();
  let ms = 0;
  more.addEventListener('click', () => {
    const mine = run;
    more.disabled = true;
    check(mine)
      .then((done) => {
        if (done) report();
      })
      .catch((error: unknown) => console.error(error))
      .finally(() => (more.disabled = false));
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
      more.hidden = true;
      status.textContent = '输入搜索词开始搜索，或按媒体、实体、年份筛选。';
      delete status.dataset.count;
      return;
    }
    const started = performance.now();
    const options: Record<string, unknown> = { filters: state.filters };
    if (state.sort) options.sort = { date: state.sort.slice(5) };
    terms = parseQuery(state.q);
    // Pagefind finds the candidates; each other form of a figure is a query of its own (1.4万亿, 14000亿).
    const queries = state.q ? candidateQueries(state.q, terms) : [null];
    const results = await Promise.all(queries.map((q) => pf.search(q, options)));
    if (mine !== run || results.some((r) => !r)) return;
    const seen = new Set<string>();
    pending = results.flatMap((r) => r!.results).filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
    checked = listedPages = listedClaims = 0;
    holders = terms.map(() => 0);
    names.clear();
    list.replaceChildren();
    if (filtersLoaded) renderFacets(results[0]!.totalFilters, results[0]!.filters);
    if (!(await check(mine))) return;
    ms = Math.round(performance.now() - started);
    report();
  }

  /**
   * Check the next six candidates, and six more while none of them is listed,
   * up to a round's worth: a result costs no more downloads than before, and an
   * empty one has looked further. Returns false when a newer search took over.
   */
  async function check(mine: number): Promise<boolean> {
    const stop = Math.min(pending.length, checked + CHECK_ROUND);
    const before = listedPages;
    while (checked < stop && listedPages === before) {
      const batch = pending.slice(checked, Math.min(stop, checked + PAGE_SIZE));
      const data = await Promise.all(batch.map((r) => r.data()));
      if (mine !== run) return false;
      checked += batch.length;
      for (const page of data.map(checkPage)) {
        page.holders.forEach((n, i) => (holders[i]! += n));
        for (const n of page.names) names.add(n);
        if (!page.item) continue;
        list.append(page.item);
        listedPages++;
        listedClaims += page.claims;
      }
    }
    const left = pending.length - checked;
    more.hidden = left === 0;
    more.textContent = `继续查找（还有 ${left} 个候选页面待核对）`;
    return true;
  }

  /** The status line and, when nothing holds the query, what does exist. */
  function report(): void {
    const what = state.q ? `“${state.q}”` : '所选条件';
    const left = pending.length - checked;
    const unchecked = left > 0 ? `；还有 ${left} 个候选页面待核对` : '';
    status.textContent =
      listedPages === 0
        ? `没有找到含有${what}的论断${left > 0 ? `（已核对 ${checked} 个候选页面，还有 ${left} 个）` : ''}。`
        : `${listedClaims > 0 ? `${listedClaims} 条论断` : ''}${listedClaims > 0 && listedPages > 0 ? '，' : ''}${listedPages} 个页面含有${what}${unchecked}（${ms} 毫秒）。`;
    status.dataset.count = String(listedPages);
    status.dataset.claims = String(listedClaims);
    status.dataset.ms = String(ms);
    status.dataset.q = state.q;
    empty.hidden = listedPages > 0;
    if (listedPages === 0) renderEmpty();
  }

  /** An honest empty result: the names it may have meant, and which terms do occur on their own. */
  function renderEmpty(): void {
    const parts: Node[] = [];
    const near = [...new Set(terms.filter((t) => t.kind === 'text').flatMap((t) => nearNames(t.text, names)))].slice(0, 5);
    if (near.length > 0) {
      const links = near.flatMap((name, i) => [...(i > 0 ? ['、'] : []), el('a', { href: `${location.pathname}${writeState({ ...state, q: name })}` }, name)]);
      parts.push(el('p', { className: 'search-near' }, '您是不是要找：', ...links, '？'));
    }
    if (terms.length > 1) {
      const each = terms.map((t, i) => (holders[i]! > 0 ? `“${t.text}”出现在 ${holders[i]} 条论断中` : `“${t.text}”没有出现在论断中`));
      parts.push(el('p', { className: 'search-terms' }, `分开来看（已核对的候选页面）：${each.join('；')}。`));
    }
    emptyFound.replaceChildren(...parts);
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
        // Pagefind counts pages: the count says so.
        return el('li', {}, el('label', {}, box, ` ${value} `, el('span', { className: 'count' }, `(${count} 页)`)));
      });
      return items.length === 0 ? [] : [el('fieldset', {}, el('legend', {}, name), el('ul', {}, ...items))];
    });
    facets.replaceChildren(...groups);
    $<HTMLParagraphElement>('facet-note').hidden = groups.length === 0;
  }

  /** A candidate page, checked: listed when its claims (or, for an entity, its names) hold every term. */
  function checkPage(r: PagefindResultData): Checked {
    const type = r.filters[FILTERS.type]?.[0] ?? '';
    const title = r.meta.title ?? r.url;
    if (type === TYPE_LABELS.entity) return checkEntity(r, title);
    const claimLevel = Object.keys(state.filters).some((name) => name in CLAIM_FIELDS);
    const found = pageClaims(r, { terms, filters: state.filters, names: entityNames });
    // Without a query or a claim-level filter every claim would match: the page stands for them.
    const hits = terms.length > 0 || claimLevel ? found.hits : [];
    const inTitle = terms.length > 0 && hits.length === 0 && verify(terms, { text: title, entities: [] });
    const listed = hits.length > 0 || (terms.length === 0 && !claimLevel) || (inTitle && inTitle.holds);
    const details = [r.meta.outlet, r.meta.date, r.meta.count ? `${r.meta.count} 条论断` : ''].filter(Boolean).join(' · ');
    const item = !listed
      ? undefined
      : el(
          'li',
          { className: 'result result-article' },
          el('p', { className: 'result-head' }, el('span', { className: 'result-type' }, type), ' ', el('a', { href: r.url }, ...(inTitle ? marked(title, inTitle.marks) : [title]))),
          el('p', { className: 'result-meta' }, details),
          inTitle ? el('p', { className: 'result-via' }, '标题含有搜索词；没有一条论断含有全部搜索词。') : '',
          hits.length > 0 ? el('ol', { className: 'result-claims' }, ...hits.map(renderClaim)) : '',
        );
    return { item, claims: hits.length, holders: found.holders, names: found.names };
  }

  /** An entity page: its name, description and other names (all shown on the page) hold the terms. */
  function checkEntity(r: PagefindResultData, title: string): Checked {
    const description = r.meta.description ?? '';
    // Pagefind's content of an entity page: its names, description and roles, with zero-width spaces between words.
    const names = r.content.replace(/\u200b/g, '');
    const verdict = verify(terms, { text: `${title} ${description}`, entities: [{ name: title, names: [names] }] });
    const listed = terms.length === 0 || verdict.holds;
    const shown = verify(terms, { text: description, entities: [] });
    const item = !listed
      ? undefined
      : el(
          'li',
          { className: 'result result-entity' },
          el('p', { className: 'result-head' }, el('span', { className: 'result-type' }, TYPE_LABELS.entity), ' ', el('a', { href: r.url }, title)),
          el('p', { className: 'result-meta' }, [r.meta.kind, r.meta.count ? `${r.meta.count} 条论断` : ''].filter(Boolean).join(' · ')),
          description ? el('p', { className: 'result-text' }, ...marked(description, shown.marks)) : '',
          verdict.via.length > 0 ? el('p', { className: 'result-via' }, `通过其他名称匹配：${verdict.via.map((v) => v.term).join('、')}`) : '',
        );
    return { item, claims: 0, holders: terms.map(() => 0), names: [title] };
  }

  function renderClaim(hit: ClaimHit): HTMLLIElement {
    // A corrected claim reads as corrected; the link opens the page with both.
    const shown = hit.corrected ?? hit.text;
    const first = hit.marks[0];
    // Found through an entity the claim is linked to (纳德拉 for 微软首席执行官): say so, with the entity.
    const why = [...new Set(hit.via.map((v) => (v.name === v.entity ? `论断所链接的实体“${v.entity}”` : `${v.entity}的其他名称“${v.name}”`)))];
    const via = why.length > 0 ? el('p', { className: 'result-via' }, `通过${why.join('、')}匹配`) : '';
    const details = [formatRefs(hit.refs), hit.entities.join('、'), hit.findings.join('、')].filter(Boolean).join(' · ');
    return el(
      'li',
      { className: 'result-claim' },
      el('p', { className: 'result-text' }, hit.corrected !== null ? el('span', { className: 'result-corrected' }, '已更正 ') : '', el('a', { href: claimLink(hit.url, first && shown.slice(first[0], first[1])) }, ...marked(shown, hit.marks))),
      via,
      el('p', { className: 'result-meta' }, details),
    );
  }

  safely();
}
