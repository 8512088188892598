/**
 * remark plugin: render `<Claim id refs line column>text</Claim>` paragraphs as
 * list items of an `<ol class="claims">`, each with its permalink anchor, its
 * position in the original article and its place in the seed file. Section
 * headings get stable ids (`s1`, `s2` …). Works on the guarded tree from
 * `parse.ts`, where every claim paragraph holds exactly one `<Claim>`, and in
 * Astro's unified processor for code-owned `.mdx` pages.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { AUTOMATIC, FINDING_LABELS, HUMAN } from './labels.ts';
import { entityUrl } from './urls.ts';
import { newFileUrl } from './repository.ts';
import { CORRECTIONS_DIR } from '../reviews/dirs.ts';
import type { Correction, VerdictEntry } from '../reviews/schema.ts';
import { formatRefs, formatSource, sourceBreaks } from './format.ts';

export interface RemarkClaimsOptions {
  /** Seed file the claims' line:column refer to, when the frontmatter names none. */
  seedFile?: string;
}

/** An entity mention in a claim's text, as UTF-16 offsets. */
export interface ClaimMention {
  start: number;
  end: number;
  entity: string | null;
}

/**
 * The part of a vfile's data the plugin reads: the frontmatter (filled by
 * Astro, and by our renderer) and, from our renderer, entity mentions per claim.
 */
export interface FileData {
  astro?: { frontmatter?: { seed?: { file?: string } } };
  kaozheng?: {
    mentions?: Record<string, readonly ClaimMention[]>;
    /** Checker findings per claim: each becomes a badge linking to /checks/#<id>. */
    findings?: Record<string, readonly { id: string; kind: string; url: string }[]>;
    /** Reviewers' corrections and verdicts per claim. */
    reviews?: Record<string, ClaimReviews>;
    /** Every name of each entity (by id), indexed for search on its first mention in a claim. */
    names?: Record<string, readonly string[]>;
  };
}

/** An element remark-claims builds: its hast name and properties, and its children. */
export interface ElementNode {
  type: 'kzElement';
  data: { hName: string; hProperties?: Record<string, unknown> };
  children: (RootContent | PhrasingContent | ElementNode)[];
}

const element = (hName: string, hProperties: Record<string, unknown>, children: ElementNode['children']): ElementNode => ({
  type: 'kzElement',
  data: { hName, hProperties },
  children,
});

type ClaimNode = MdxJsxTextElement | MdxJsxFlowElement;

/**
 * The `<Claim>` a block stands for: a paragraph holding one (our parser), or
 * the element itself (MDX's compiler unwraps such paragraphs before plugins run).
 */
function claimOf(node: RootContent): ClaimNode | undefined {
  if (node.type === 'mdxJsxFlowElement') return node.name === 'Claim' ? node : undefined;
  if (node.type !== 'paragraph') return undefined;
  return (node as Paragraph).children.find((c): c is MdxJsxTextElement => c.type === 'mdxJsxTextElement' && c.name === 'Claim');
}

function attribute(node: ClaimNode, name: string): string {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : '';
}

/**
 * The claim's text with each linked mention wrapped in a link to its entity
 * page. Only plain text is split; anything else is left as it is.
 */
function linkMentions(children: PhrasingContent[], mentions: readonly ClaimMention[] | undefined, names: Readonly<Record<string, readonly string[]>>, named: Set<string>): ElementNode['children'] {
  const linked = mentions?.filter((m) => m.entity !== null) ?? [];
  if (linked.length === 0 || !children.every((c) => c.type === 'text')) return children;
  const text = children.map((c) => (c as { value: string }).value).join('');
  const out: ElementNode['children'] = [];
  let cursor = 0;
  for (const m of linked) {
    if (m.start < cursor || m.end > text.length) continue;
    if (m.start > cursor) out.push({ type: 'text', value: text.slice(cursor, m.start) });
    const surface = text.slice(m.start, m.end);
    // The entity's other names, indexed (not shown) where the page first mentions it, so search finds the page by any
    // of them; the search page then checks each claim against the names in the page's metadata (src/search/verify.ts).
    const others = named.has(m.entity!) ? [] : (names[m.entity!] ?? []).filter((n) => n !== surface);
    named.add(m.entity!);
    const search = others.length > 0 ? { dataNames: others.join(' '), dataPagefindIndexAttrs: 'data-names' } : {};
    out.push(element('a', { className: ['mention'], href: entityUrl(m.entity!), ...search }, [{ type: 'text', value: surface }]));
    cursor = m.end;
  }
  if (cursor < text.length) out.push({ type: 'text', value: text.slice(cursor) });
  return out;
}

function renderClaim(claim: ClaimNode, seedFile: string, mentions?: readonly ClaimMention[], findings: readonly { id: string; kind: string; url: string }[] = [], reviews?: ClaimReviews, names: Readonly<Record<string, readonly string[]>> = {}, named = new Set<string>()): ElementNode {
  const id = attribute(claim, 'id');
  const textCorrection = reviews?.corrections.filter((c) => c.field === 'text').at(-1);
  const refs = attribute(claim, 'refs').split(' ').filter(Boolean).map(Number);
  const where = formatSource(seedFile, Number(attribute(claim, 'line')), Number(attribute(claim, 'column')));
  // The permalink targets the claim's text: search reads each claim back from that anchor (src/search/claims.ts).
  return element('li', { className: ['claim'], dataRefs: refs.join(' ') }, [
    textCorrection
      ? element('p', { id, className: ['claim-text', 'corrected'] }, [
          element('del', { title: '原文（已更正）' }, [{ type: 'text', value: textCorrection.wrong }]),
          { type: 'text', value: ' ' },
          element('ins', { title: '更正后' }, [{ type: 'text', value: textCorrection.right }]),
        ])
      : element('p', { id, className: ['claim-text'] }, linkMentions(claim.children as PhrasingContent[], mentions, names, named)),
    element('p', { className: ['claim-meta'], dataPagefindIgnore: '' }, [
      element('a', { className: ['claim-anchor'], href: `#${id}`, title: '本条论断的永久链接' }, [{ type: 'text', value: formatRefs(refs) }]),
      { type: 'text', value: ' · ' },
      element('span', { className: ['claim-source'], title: '在种子文件中的位置（行:列）' }, sourceBreaks(where).flatMap((piece, i): ElementNode['children'] => [...(i > 0 ? [element('wbr', {}, [])] : []), { type: 'text', value: piece }])),
      ...findings.flatMap((f, i): ElementNode['children'] => [
        { type: 'text', value: ' ' },
        element('a', { className: ['badge', `badge-${f.kind}`], href: f.url }, [{ type: 'text', value: badgeLabel(f.kind, findings, i) }]),
      ]),
      ...(reviews ? [{ type: 'text', value: ' · ' } as const, element('a', { className: ['propose'], href: proposeUrl(id, reviews), title: '在代码仓库中新建一份更正，提交拉取请求' }, [{ type: 'text', value: '提出更正' }])] : []),
    ]),
    ...(reviews ? reviewBlocks(reviews) : []),
  ]);
}

/** What reviewers have said about a claim. */
export interface ClaimReviews {
  /** The claim as published (the seed's text). */
  text: string;
  corrections: readonly Correction[];
  verdict: VerdictEntry | null;
  earlierVerdicts: readonly VerdictEntry[];
}

const text = (value: string) => ({ type: 'text', value }) as const;

function evidenceLinks(urls: readonly string[]): ElementNode {
  return element('p', { className: ['evidence'] }, [
    text('证据：'),
    ...urls.flatMap((url, i) => [...(i > 0 ? [text('、')] : []), element('a', { href: url, rel: ['nofollow', 'noopener'] }, [text(new URL(url).hostname)])]),
  ]);
}

function reviewBlocks(reviews: ClaimReviews): ElementNode[] {
  const blocks: ElementNode[] = reviews.corrections.map((c) =>
    element('div', { className: ['review', 'correction'] }, [
      element('p', {}, [
        element('strong', {}, [text('更正')]),
        text(`（${c.date}，${c.reviewer}）：${c.field === 'refs' ? `原文段落由“${c.wrong}”更正为“${c.right}”。` : ''}${c.reason}`),
      ]),
      evidenceLinks(c.evidence),
    ]),
  );
  const v = reviews.verdict;
  if (v) {
    blocks.push(
      element('div', { className: ['review', 'verdict'], dataVerdict: v.verdict }, [
        element('p', {}, [element('span', { className: ['verdict-label'] }, [text(`${HUMAN}：${v.verdict}`)]), text(` ${v.explanation}（${v.date}，${v.reviewer}）`)]),
        evidenceLinks(v.evidence),
        ...(reviews.earlierVerdicts.length > 0
          ? [
              element('details', {}, [
                element('summary', {}, [text(`此前的裁定（${reviews.earlierVerdicts.length}）`)]),
                element('ul', {}, reviews.earlierVerdicts.map((e) => element('li', {}, [text(`${e.date} ${e.verdict}：${e.explanation}（${e.reviewer}）`)]))),
              ]),
            ]
          : []),
      ]),
    );
  }
  return blocks;
}

/**
 * A finding's badge text: 自动核查·数字冲突. Two findings of one kind on a claim are numbered in
 * their order (标题核对（1）, 标题核对（2）), so a reader can tell the two links apart.
 */
function badgeLabel(kind: string, findings: readonly { kind: string }[], index: number): string {
  const label = `${AUTOMATIC}·${FINDING_LABELS[kind] ?? kind}`;
  const same = findings.filter((f) => f.kind === kind);
  return same.length > 1 ? `${label}（${findings.slice(0, index + 1).filter((f) => f.kind === kind).length}）` : label;
}

/**
 * A new correction file for this claim in the repository host's web editor,
 * prefilled with its id; CONTRIBUTING.md explains the fields. Kept short: one
 * link per claim on every article page.
 */
function proposeUrl(id: string, reviews: ClaimReviews): string {
  const template = `claim: "${id}"\nfield: "text"\nright: ""\nreason: ""\nevidence:\n  - "https://"\nreviewer: ""\ndate: "YYYY-MM-DD"\n`;
  return newFileUrl(CORRECTIONS_DIR, `${id}-${reviews.corrections.length + 1}.yaml`, template);
}

export default function remarkClaims(options: RemarkClaimsOptions = {}) {
  return (tree: Root, file: { data: FileData }): void => {
    const seedFile = file.data.astro?.frontmatter?.seed?.file ?? options.seedFile ?? '';
    const mentions = file.data.kaozheng?.mentions ?? {};
    const findings = file.data.kaozheng?.findings ?? {};
    const reviews = file.data.kaozheng?.reviews ?? {};
    const names = file.data.kaozheng?.names ?? {};
    // Entities whose other names this page already carries.
    const named = new Set<string>();
    const children: Root['children'] = [];
    let list: ElementNode | undefined;
    let section = 0;
    for (const node of tree.children) {
      const claim = claimOf(node);
      if (claim) {
        if (!list) {
          list = element('ol', { className: ['claims'] }, []);
          children.push(list as unknown as RootContent);
        }
        list.children.push(renderClaim(claim, seedFile, mentions[attribute(claim, 'id')], findings[attribute(claim, 'id')], reviews[attribute(claim, 'id')], names, named));
        continue;
      }
      list = undefined;
      if (node.type === 'yaml') continue;
      if (node.type === 'heading') {
        section++;
        (node as Heading).data = { ...node.data, hProperties: { id: `s${section}` } };
      }
      children.push(node);
    }
    tree.children = children;
  };
}
