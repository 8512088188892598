/**
 * The HTML of an article tree after remark-claims, written directly: what
 * remark-rehype and rehype-stringify make of it, to the byte, for the nodes
 * an article holds (level-2 headings, claim lists, paragraphs, text, emphasis,
 * strong). A third of the time of going through hast. Any other node, or text
 * whose line endings mdast-util-to-hast would trim, gives `undefined`: the
 * caller then takes the unified path (src/site/render.ts), so no page depends
 * on this writer knowing a form.
 */
import type { Root } from 'mdast';
import type { ElementNode } from './remark-claims.ts';

/** hast-util-to-html's defaults: text escapes `<` `&`; double-quoted attribute values escape NUL `"` `&` `'` `` ` ``, as hexadecimal references. */
const TEXT_ESCAPES = /[<&]/g;
const ATTRIBUTE_ESCAPES = /[\0"&'`]/g;
const reference = (c: string) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
const escapeText = (value: string) => value.replace(TEXT_ESCAPES, reference);
const escapeAttribute = (value: string) => value.replace(ATTRIBUTE_ESCAPES, reference);

/** Elements with no end tag. */
const VOID = new Set(['br', 'wbr', 'hr', 'img', 'input', 'meta', 'link']);

/** Property names as HTML attributes (property-information's rules for those we use). */
const attributeNames = new Map<string, string>([['className', 'class']]);
function attributeName(property: string): string {
  let name = attributeNames.get(property);
  if (name === undefined) {
    name = /^data[A-Z]/.test(property) ? `data-${property.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^-/, '')}` : property;
    if (!/^[a-z][a-z0-9-]*$/.test(name)) name = '';
    attributeNames.set(property, name);
  }
  return name;
}

/** Attributes of the properties remark-claims gives (strings, numbers, lists of strings); `undefined` for anything else. */
function attributes(properties: Record<string, unknown> | undefined): string | undefined {
  let out = '';
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined) continue;
    const name = attributeName(key);
    if (!name) return undefined;
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) text = value.join(' ').trim();
    else return undefined;
    out += ` ${name}="${escapeAttribute(text)}"`;
  }
  return out;
}

type Node = Root['children'][number] | ElementNode | { type: string; value?: string; children?: unknown[] };

/** Inline and block nodes a tree holds, serialized; `undefined` at the first the writer does not know. */
function all(children: readonly Node[]): string | undefined {
  let out = '';
  for (const node of children) {
    const html = one(node);
    if (html === undefined) return undefined;
    out += html;
  }
  return out;
}

function wrapped(tag: string, attrs: string, children: readonly Node[]): string | undefined {
  const inner = all(children);
  return inner === undefined ? undefined : `<${tag}${attrs}>${inner}</${tag}>`;
}

function one(node: Node): string | undefined {
  switch (node.type) {
    case 'text': {
      const value = (node as { value: string }).value;
      // mdast-util-to-hast trims spaces around line endings: not this writer's business.
      return /[\r\n]/.test(value) ? undefined : escapeText(value);
    }
    case 'kzElement': {
      const { data, children } = node as ElementNode;
      const attrs = attributes(data.hProperties);
      if (attrs === undefined || !/^[a-z][a-z0-9]*$/.test(data.hName)) return undefined;
      if (VOID.has(data.hName)) return children.length === 0 ? `<${data.hName}${attrs}>` : undefined;
      return wrapped(data.hName, attrs, children as Node[]);
    }
    case 'heading': {
      const heading = node as { depth: number; data?: { hName?: unknown; hProperties?: Record<string, unknown>; hChildren?: unknown }; children: Node[] };
      if (heading.data?.hName !== undefined || heading.data?.hChildren !== undefined) return undefined;
      const attrs = attributes(heading.data?.hProperties);
      return attrs === undefined ? undefined : wrapped(`h${heading.depth}`, attrs, heading.children);
    }
    case 'paragraph':
    case 'emphasis':
    case 'strong': {
      if ((node as { data?: object }).data !== undefined) return undefined;
      const tag = node.type === 'paragraph' ? 'p' : node.type === 'emphasis' ? 'em' : 'strong';
      return wrapped(tag, '', (node as { children: Node[] }).children);
    }
    default:
      return undefined;
  }
}

/** The page's HTML, or `undefined` when the tree holds a node this writer does not know. */
export function articleTreeHtml(tree: Root): string | undefined {
  // Top-level blocks are joined by line breaks, as mdast-util-to-hast's root does.
  let out = '';
  let first = true;
  for (const node of tree.children as Node[]) {
    const html = one(node);
    if (html === undefined) return undefined;
    out += first ? html : `\n${html}`;
    first = false;
  }
  return out;
}
