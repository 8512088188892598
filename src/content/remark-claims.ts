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
import { FINDING_LABELS } from './labels.ts';
import { entityUrl, findingUrl } from './urls.ts';
import { formatRefs, formatSource } from './format.ts';

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
    findings?: Record<string, readonly { id: string; kind: string }[]>;
  };
}

interface ElementNode {
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
function linkMentions(children: PhrasingContent[], mentions: readonly ClaimMention[] | undefined): ElementNode['children'] {
  const linked = mentions?.filter((m) => m.entity !== null) ?? [];
  if (linked.length === 0 || !children.every((c) => c.type === 'text')) return children;
  const text = children.map((c) => (c as { value: string }).value).join('');
  const out: ElementNode['children'] = [];
  let cursor = 0;
  for (const m of linked) {
    if (m.start < cursor || m.end > text.length) continue;
    if (m.start > cursor) out.push({ type: 'text', value: text.slice(cursor, m.start) });
    out.push(element('a', { className: ['mention'], href: entityUrl(m.entity!) }, [{ type: 'text', value: text.slice(m.start, m.end) }]));
    cursor = m.end;
  }
  if (cursor < text.length) out.push({ type: 'text', value: text.slice(cursor) });
  return out;
}

function renderClaim(claim: ClaimNode, seedFile: string, mentions?: readonly ClaimMention[], findings: readonly { id: string; kind: string }[] = []): ElementNode {
  const id = attribute(claim, 'id');
  const refs = attribute(claim, 'refs').split(' ').filter(Boolean).map(Number);
  const where = formatSource(seedFile, Number(attribute(claim, 'line')), Number(attribute(claim, 'column')));
  return element('li', { id, className: ['claim'], dataRefs: refs.join(' ') }, [
    element('p', { className: ['claim-text'] }, linkMentions(claim.children as PhrasingContent[], mentions)),
    element('p', { className: ['claim-meta'] }, [
      element('a', { className: ['claim-anchor'], href: `#${id}`, title: '本条论断的永久链接' }, [{ type: 'text', value: formatRefs(refs) }]),
      { type: 'text', value: ' · ' },
      element('span', { className: ['claim-source'], title: '在种子文件中的位置（行:列）' }, [{ type: 'text', value: where }]),
      ...findings.flatMap((f): ElementNode['children'] => [
        { type: 'text', value: ' ' },
        element('a', { className: ['badge', `badge-${f.kind}`], href: findingUrl(f.id) }, [{ type: 'text', value: FINDING_LABELS[f.kind] ?? f.kind }]),
      ]),
    ]),
  ]);
}

export default function remarkClaims(options: RemarkClaimsOptions = {}) {
  return (tree: Root, file: { data: FileData }): void => {
    const seedFile = file.data.astro?.frontmatter?.seed?.file ?? options.seedFile ?? '';
    const mentions = file.data.kaozheng?.mentions ?? {};
    const findings = file.data.kaozheng?.findings ?? {};
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
        list.children.push(renderClaim(claim, seedFile, mentions[attribute(claim, 'id')], findings[attribute(claim, 'id')]));
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
