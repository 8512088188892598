/**
 * Parse a content article (`content/articles/*.mdx`) as data. The MDX is
 * parsed, never compiled or evaluated, and guarded by an allow-list: a
 * frontmatter block, `##` headings, paragraphs of text, and `<Claim>` elements
 * with literal attributes. ESM, `{expressions}`, other components, links,
 * images and raw HTML are rejected with `file:line:col`.
 */
import type { Root, RootContent, Paragraph, PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Diagnostic } from '../core/diagnostic.ts';
import { isParagraphList, MAX_PARAGRAPH } from '../core/markers.ts';
import { parseYaml } from '../core/yaml.ts';
import type { ArticleFrontmatter } from './emit.ts';
import { articleFrontmatterSchema } from './schema.ts';

export interface ContentClaim {
  id: string;
  text: string;
  refs: number[];
  /** Seed position the content says the claim came from. */
  line: number;
  column: number;
  /** Where the `<Claim>` stands in the content file. */
  place: { line: number; column: number };
}

export interface ContentSection {
  heading: string | null;
  /** Where the heading stands in the content file (absent when read from the seed). */
  place?: { line: number; column: number };
  claims: ContentClaim[];
}

export interface ContentArticle {
  /** Path relative to the project root, `content/articles/<slug>.mdx`. */
  file: string;
  slug: string;
  frontmatter: ArticleFrontmatter;
  sections: ContentSection[];
  /** Paragraphs of prose (not a `<Claim>`): text no seed holds, which verify.ts refuses. */
  prose?: { text: string; line: number; column: number }[];
  /** The line of each top-level frontmatter key, so messages about a key point at it. */
  keyLines: Readonly<Record<string, number>>;
  /** The parsed, guarded tree: input for rendering. */
  tree: Root;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);
const CLAIM_ATTRIBUTES = new Set(['id', 'refs', 'line', 'column']);

type Reporter = (node: { position?: { start: { line: number; column: number } } } | undefined, message: string, rule?: string) => void;

export function parseContentArticle(file: string, source: string): { article?: ContentArticle; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report: Reporter = (node, message, rule = 'guard') => {
    const start = node?.position?.start ?? { line: 1, column: 1 };
    diagnostics.push({ file, line: start.line, column: start.column, message, source: 'mdx', rule, fatal: true });
  };

  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    return { diagnostics: [{ file, line: e.line ?? 1, column: e.column ?? 1, message: `MDX does not parse: ${e.reason ?? e.message}`, source: 'mdx', rule: 'parse', fatal: true }] };
  }

  const [first, ...rest] = tree.children;
  let frontmatter: ArticleFrontmatter | undefined;
  if (first?.type === 'yaml') frontmatter = parseFrontmatter(first.value, first.position!.start.line + 1, file, diagnostics);
  else report(first, 'content article must start with a YAML frontmatter block (---)', 'frontmatter');

  const sections: ContentSection[] = [];
  const prose: NonNullable<ContentArticle['prose']> = [];
  for (const node of rest) {
    if (node.type === 'heading' && node.depth === 2) {
      guardPhrasing(node.children, report);
      const start = node.position?.start;
      sections.push({ heading: toString(node), ...(start ? { place: { line: start.line, column: start.column } } : {}), claims: [] });
    } else if (node.type === 'paragraph') {
      const claim = claimOf(node, report);
      if (claim) {
        if (sections.length === 0) sections.push({ heading: null, claims: [] });
        sections.at(-1)!.claims.push(claim);
      } else {
        guardPhrasing(node.children, report);
        const start = node.position?.start ?? { line: 1, column: 1 };
        prose.push({ text: toString(node), line: start.line, column: start.column });
      }
    } else {
      report(node, disallowed(node));
    }
  }

  if (!frontmatter || diagnostics.length > 0) return { diagnostics };
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  return { article: { file, slug, frontmatter, sections, prose, keyLines: frontmatterKeyLines(source), tree }, diagnostics };
}

function disallowed(node: RootContent | PhrasingContent): string {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'import/export is not allowed in content: content is data, not code';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return '{…} expressions are not allowed in content: write the text, or escape the braces as \\{ \\}';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return `component <${node.name ?? ''}> is not allowed here: content may use <Claim> only, alone in its paragraph`;
    case 'html':
      return 'raw HTML is not allowed in content';
    case 'link':
    case 'linkReference':
    case 'definition':
    case 'image':
    case 'imageReference':
      return 'links and images are not allowed in article content';
    case 'heading':
      return 'only level-2 headings (## section) are allowed in article content';
    default:
      return `"${node.type}" is not allowed in article content: use ## headings, paragraphs and <Claim>`;
  }
}

/** Text inside headings and paragraphs may only be text, emphasis and strong. */
function guardPhrasing(children: readonly PhrasingContent[], report: Reporter): void {
  for (const child of children) {
    if (child.type === 'text' || child.type === 'break') continue;
    if (child.type === 'emphasis' || child.type === 'strong') guardPhrasing(child.children, report);
    else report(child, disallowed(child));
  }
}

/** A paragraph that holds exactly one `<Claim>` (and nothing else) is a claim. */
function claimOf(paragraph: Paragraph, report: Reporter): ContentClaim | undefined {
  const elements = paragraph.children.filter((c): c is MdxJsxTextElement => c.type === 'mdxJsxTextElement');
  if (elements.length === 0) return undefined;
  const foreign = elements.find((e) => e.name !== 'Claim');
  if (foreign) {
    report(foreign, disallowed(foreign));
    return undefined;
  }
  const element = elements[0]!;
  const alone = paragraph.children.every((c) => c === element || (c.type === 'text' && c.value.trim() === ''));
  if (!alone) {
    report(paragraph, 'a <Claim> must stand alone in its paragraph', 'claim-alone');
    return undefined;
  }
  const attrs = new Map<string, string>();
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      report(element, 'non-literal attribute on <Claim>: only quoted strings are allowed', 'claim-attributes');
      return undefined;
    }
    if (!CLAIM_ATTRIBUTES.has(attribute.name)) {
      report(element, `unknown attribute "${attribute.name}" on <Claim>: allowed are id, refs, line, column`, 'claim-attributes');
      return undefined;
    }
    attrs.set(attribute.name, attribute.value);
  }
  guardPhrasing(element.children as PhrasingContent[], report);
  const id = attrs.get('id') ?? '';
  const refsText = attrs.get('refs') ?? '';
  const refs = isParagraphList(refsText) ? refsText.split(' ').map(Number) : [];
  // Digits only: Number() would also take "1e+22", " 7" and "0x7".
  const position = (name: string) => (/^[1-9]\d{0,8}$/.test(attrs.get(name) ?? '') ? Number(attrs.get(name)) : Number.NaN);
  const line = position('line');
  const column = position('column');
  if (!/^c[0-9a-f]{12}$/.test(id)) report(element, `<Claim> needs id="c…" (a "c" and 12 hex digits), found "${id}"`, 'claim-attributes');
  else if (refs.length === 0) report(element, `<Claim> needs refs="…": paragraph numbers from 1 to ${MAX_PARAGRAPH} separated by spaces, found "${refsText}"`, 'claim-attributes');
  else if (!Number.isInteger(line) || line < 1 || !Number.isInteger(column) || column < 1) report(element, '<Claim> needs line="…" and column="…": its position in the seed', 'claim-attributes');
  else return { id, text: toString(element), refs, line, column, place: { line: element.position!.start.line, column: element.position!.start.column } };
  return undefined;
}

function parseFrontmatter(text: string, firstLine: number, file: string, diagnostics: Diagnostic[]): ArticleFrontmatter | undefined {
  const result = parseYaml(text, articleFrontmatterSchema, file, { source: 'mdx', firstLine });
  diagnostics.push(...result.diagnostics.map((d) => ({ ...d, message: `frontmatter: ${d.message}` })));
  return result.value;
}

/** Line numbers of the top-level keys of the frontmatter that opens `source` (`---` is line 1). */
export function frontmatterKeyLines(source: string): Record<string, number> {
  const lines: Record<string, number> = {};
  const all = source.split('\n');
  for (let i = 1; i < all.length && all[i] !== '---'; i++) {
    const key = /^([A-Za-z_][\w-]*):/.exec(all[i]!)?.[1];
    if (key && !(key in lines)) lines[key] = i + 1;
  }
  return lines;
}
