/**
 * Helpers over fast-xml-parser's ordered output (preserveOrder), shared by the XML-based extractors: each node
 * is `{ tag: children[], ':@': { '@_attr': value } }`, and text is `{ '#text': value }`.
 */
import { XMLParser } from 'fast-xml-parser';

export type XNode = Record<string, unknown>;

export function parseXml(text: string): XNode[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  return parser.parse(text) as XNode[];
}

export function tagOf(node: XNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

export function childrenOf(node: XNode): XNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

export function attr(node: XNode, name: string): string | undefined {
  const a = node[':@'] as Record<string, unknown> | undefined;
  const v = a?.[`@_${name}`];
  return v === undefined ? undefined : String(v);
}

export function find(nodes: XNode[], tag: string): XNode | undefined {
  return nodes.find((n) => tagOf(n) === tag);
}

export function findAll(nodes: XNode[], tag: string): XNode[] {
  return nodes.filter((n) => tagOf(n) === tag);
}

/** The first node with this tag anywhere below, depth first. */
export function deepFind(nodes: XNode[], tag: string): XNode | undefined {
  for (const n of nodes) {
    if (tagOf(n) === tag) return n;
    const inner = deepFind(childrenOf(n), tag);
    if (inner) return inner;
  }
  return undefined;
}

/** All the text below, markup dropped; `skip` names elements whose text is left out. */
export function textOf(nodes: XNode[], skip: Set<string> = new Set(), seen?: (tag: string) => void): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') out += String(n['#text']);
    else if (!skip.has(tag)) {
      seen?.(tag);
      out += textOf(childrenOf(n), skip, seen);
    }
  }
  return out;
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
