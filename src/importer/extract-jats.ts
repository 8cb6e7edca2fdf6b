/**
 * JATS XML (journal articles, PubMed Central), through fast-xml-parser: metadata from <front>, the abstract as
 * the text before the first heading, <sec> titles as headings at their depth, <p> as paragraphs, lists, tables
 * (as pipe tables when no cell spans rows or columns), figure captions and supplementary material left out,
 * and the reference list (<ref>) as CSL items numbered by their label.
 */
import type { Block, Metadata, Person, SourceReference } from './blocks.js';
import type { RepairLog } from './repairs.js';
import {
  attr,
  childrenOf,
  collapse,
  deepFind,
  find,
  findAll,
  parseXml,
  tagOf,
  textOf,
  type XNode,
} from './xml-nodes.js';

const INLINE_LABELS: Record<string, string> = {
  italic: 'italic',
  bold: 'bold',
  sup: 'superscript',
  sub: 'subscript',
  'ext-link': 'link',
  xref: 'cross-reference',
  underline: 'underline',
  sc: 'small caps',
};

function inlineText(nodes: XNode[], log: RepairLog): string {
  return collapse(
    textOf(nodes, new Set(['fig', 'table-wrap']), (tag) => {
      const label = INLINE_LABELS[tag];
      if (label)
        log.add(
          'inline-markup',
          'inline markup dropped, words kept (italic, bold, links, cross-references)',
          label,
        );
    }),
  );
}

function tableBlock(wrap: XNode, log: RepairLog): Block[] {
  const kids = childrenOf(wrap);
  const label = collapse(textOf(find(kids, 'label') ? childrenOf(find(kids, 'label') as XNode) : []));
  const captionNode = find(kids, 'caption');
  const title = captionNode
    ? inlineText(childrenOf(find(childrenOf(captionNode), 'title') ?? captionNode), log)
    : '';
  const caption = [label, title].filter(Boolean).join('. ').replace(/\.\./g, '.');
  const table = deepFind(kids, 'table');
  const rows: XNode[] = [];
  const collect = (nodes: XNode[]) => {
    for (const n of nodes) {
      if (tagOf(n) === 'tr') rows.push(n);
      else collect(childrenOf(n));
    }
  };
  collect(table ? childrenOf(table) : []);
  const cells = rows.map((tr) => childrenOf(tr).filter((c) => ['td', 'th'].includes(tagOf(c))));
  const spans = cells
    .flat()
    .some((c) => Number(attr(c, 'colspan') ?? 1) > 1 || Number(attr(c, 'rowspan') ?? 1) > 1);
  if (!table || rows.length === 0 || spans) {
    log.add(
      'table-left-out',
      'tables left out (cells span rows or columns: no pipe table without changing its structure)',
      caption || 'a table',
    );
    return [];
  }
  const text = cells.map((r) => r.map((c) => inlineText(childrenOf(c), log)));
  const [header = [], ...body] = text;
  const footnotes = findAll(childrenOf(find(kids, 'table-wrap-foot') ?? {}), 'fn').map((fn) => ({
    kind: 'paragraph' as const,
    text: inlineText(childrenOf(fn), log),
  }));
  log.add('table', 'tables written as pipe tables (label and caption as one line before it)', caption);
  return [{ kind: 'table', header, rows: body, caption }, ...footnotes];
}

function sectionBlocks(nodes: XNode[], depth: number, log: RepairLog): Block[] {
  const out: Block[] = [];
  for (const n of nodes) {
    const tag = tagOf(n);
    const kids = childrenOf(n);
    switch (tag) {
      case 'sec': {
        const title = find(kids, 'title');
        if (title)
          out.push({
            kind: 'heading',
            level: Math.min(depth + 1, 6),
            text: inlineText(childrenOf(title), log),
          });
        out.push(...sectionBlocks(kids, depth + 1, log));
        break;
      }
      case 'p': {
        const text = inlineText(kids, log);
        if (text) out.push({ kind: 'paragraph', text });
        out.push(
          ...sectionBlocks(
            kids.filter((k) => ['table-wrap', 'fig', 'list'].includes(tagOf(k))),
            depth,
            log,
          ),
        );
        break;
      }
      case 'list':
        for (const item of findAll(kids, 'list-item'))
          out.push({ kind: 'list-item', text: inlineText(childrenOf(item), log) });
        break;
      case 'disp-quote':
        out.push(...sectionBlocks(kids, depth, log));
        break;
      case 'table-wrap':
        out.push(...tableBlock(n, log));
        break;
      case 'fig':
        log.add(
          'caption',
          'figure captions left out (the figure is not in the text)',
          collapse(textOf(childrenOf(find(kids, 'label') ?? {}))) || 'a figure',
        );
        break;
      case 'supplementary-material':
        log.add(
          'supplementary',
          'supplementary material captions left out (the files are not in the text)',
          collapse(textOf(childrenOf(find(kids, 'label') ?? {}))) || 'a file',
        );
        break;
      default:
        break;
    }
  }
  return out;
}

function names(group: XNode[]): Person[] {
  const out: Person[] = [];
  for (const n of group) {
    const tag = tagOf(n);
    if (tag === 'name') {
      const kids = childrenOf(n);
      const family = collapse(textOf(childrenOf(find(kids, 'surname') ?? {})));
      const given = collapse(textOf(childrenOf(find(kids, 'given-names') ?? {})));
      if (family) out.push(given ? { family, given } : { family });
    } else if (tag === 'collab') {
      const literal = collapse(textOf(childrenOf(n)));
      if (literal) out.push({ literal });
    } else if (tag === 'contrib' || tag === 'person-group') {
      out.push(...names(childrenOf(n)));
    }
  }
  return out;
}

function metadata(front: XNode[]): Metadata {
  const meta: Metadata = {};
  const from = 'the JATS front matter';
  const am = childrenOf(find(front, 'article-meta') ?? {});
  const title = collapse(textOf(childrenOf(deepFind(am, 'article-title') ?? {})));
  if (title) meta.title = { value: title, guessed: false, from };
  const authors = names(
    findAll(childrenOf(find(am, 'contrib-group') ?? {}), 'contrib').filter(
      (c) => (attr(c, 'contrib-type') ?? 'author') === 'author',
    ),
  );
  if (authors.length > 0) meta.authors = { value: authors, guessed: false, from };
  const year = collapse(
    textOf(
      childrenOf(
        deepFind(
          findAll(am, 'pub-date')
            .map((d) => ({ d: childrenOf(d) }))
            .flatMap((x) => x.d),
          'year',
        ) ?? {},
      ),
    ),
  );
  if (/^\d{4}$/.test(year)) meta.year = { value: Number(year), guessed: false, from };
  const doi = findAll(am, 'article-id').find((a) => attr(a, 'pub-id-type') === 'doi');
  if (doi) meta.doi = { value: collapse(textOf(childrenOf(doi))), guessed: false, from };
  const publisher = collapse(
    textOf(childrenOf(deepFind(childrenOf(find(front, 'journal-meta') ?? {}), 'publisher-name') ?? {})),
  );
  if (publisher) meta.publisher = { value: publisher, guessed: false, from };
  const type = collapse(
    textOf(childrenOf(deepFind(childrenOf(find(am, 'article-categories') ?? {}), 'subject') ?? {})),
  );
  if (type) meta.documentType = { value: type.toLowerCase(), guessed: true, from: 'the article category' };
  return meta;
}

function reference(ref: XNode): SourceReference {
  const kids = childrenOf(ref);
  const label = collapse(textOf(childrenOf(find(kids, 'label') ?? {})));
  const cit = find(kids, 'element-citation') ?? find(kids, 'mixed-citation') ?? find(kids, 'citation') ?? ref;
  const c = childrenOf(cit);
  const get = (tag: string) => collapse(textOf(childrenOf(deepFind(c, tag) ?? {})));
  const pubType = attr(cit, 'publication-type') ?? '';
  const articleTitle = get('article-title');
  const source = get('source');
  const authorGroup = findAll(c, 'person-group');
  const authors = names(
    authorGroup.length > 0
      ? authorGroup.filter((g) => (attr(g, 'person-group-type') ?? 'author') === 'author')
      : c,
  );
  const csl: Record<string, unknown> = {
    type:
      pubType === 'journal' || (articleTitle && source && get('volume'))
        ? 'article-journal'
        : pubType === 'book'
          ? 'book'
          : 'report',
    title: articleTitle || source,
  };
  if (authors.length > 0) csl.author = authors;
  const year = /\d{4}/.exec(get('year'))?.[0];
  if (year) csl.issued = { 'date-parts': [[Number(year)]] };
  if (articleTitle && source) csl['container-title'] = source;
  for (const [tag, key] of [
    ['volume', 'volume'],
    ['issue', 'issue'],
    ['publisher-name', 'publisher'],
    ['publisher-loc', 'publisher-place'],
  ] as const) {
    const v = get(tag);
    if (v) csl[key] = v;
  }
  const fpage = get('fpage');
  const lpage = get('lpage');
  if (fpage) csl.page = lpage ? `${fpage}-${lpage}` : fpage;
  const doi = findAll(c, 'pub-id').find((p) => attr(p, 'pub-id-type') === 'doi');
  if (doi) csl.DOI = collapse(textOf(childrenOf(doi)));
  if (label) csl['citation-number'] = label;
  if (!csl.title || !csl.issued || !csl.author)
    return label ? { text: collapse(textOf(c)), number: label } : { text: collapse(textOf(c)) };
  return { csl };
}

export function extractJats(
  text: string,
  log: RepairLog,
): { blocks: Block[]; metadata: Metadata; references: SourceReference[] } {
  const root = parseXml(text);
  const article = deepFind(root, 'article');
  const kids = childrenOf(article ?? {});
  const front = childrenOf(find(kids, 'front') ?? {});
  const blocks: Block[] = [];
  const abstract = deepFind(childrenOf(find(front, 'article-meta') ?? {}), 'abstract');
  if (abstract) blocks.push(...sectionBlocks(childrenOf(abstract), 1, log));
  blocks.push(...sectionBlocks(childrenOf(find(kids, 'body') ?? {}), 1, log));
  const back = childrenOf(find(kids, 'back') ?? {});
  const refs = findAll(childrenOf(deepFind(back, 'ref-list') ?? {}), 'ref').map(reference);
  for (const n of back) {
    const tag = tagOf(n);
    if (tag === 'ref-list' || tag === '#text') continue;
    const title = collapse(textOf(childrenOf(find(childrenOf(n), 'title') ?? {})));
    log.add(
      'back-matter',
      'back matter left out (acknowledgements, notes, funding: not sections of the text)',
      title || tag,
    );
  }
  return { blocks, metadata: metadata(front), references: refs };
}
