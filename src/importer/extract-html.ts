/**
 * HTML pages through htmlparser2: the page's main content (<main>, else <article>, else what Mozilla's
 * Readability keeps of a page with chrome, else <body>) without its navigation chrome (nav, aside, footer, table-of-contents and sidebar blocks, scripts), headings at their
 * levels, paragraphs, list items, simple tables as pipe tables, figures left out; metadata from the page's
 * citation_* / Dublin Core / Open Graph tags and <title>.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Block, Metadata, Person } from './blocks.js';
import { personFromName } from './extract-markdown.js';
import { readableContent } from './html-readability.js';
import { RepairLog } from './repairs.js';

interface HNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'svg',
  'template',
  'iframe',
  'head',
  'select',
  'input',
]);
const CHROME =
  /(^|[\s_-])(sidebar|toc|navbar|nav|menu|breadcrumbs?|cookie|skip-link|search|site-header|site-footer)([\s_-]|$)/i;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'doc-toc', 'complementary']);
const HEADING = /^h([1-6])$/;
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'ul',
  'ol',
  'li',
  'table',
  'figure',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'details',
  'summary',
  'hr',
  'center',
]);

function isChrome(n: HNode): boolean {
  const a = n.attribs ?? {};
  return (
    SKIP.has(n.name ?? '') ||
    CHROME_ROLES.has(a.role ?? '') ||
    CHROME.test(a.id ?? '') ||
    CHROME.test(a.class ?? '') ||
    a.hidden !== undefined ||
    a['aria-hidden'] === 'true'
  );
}

const EMPHASIS = new Set(['em', 'strong', 'i', 'b', 'u', 'mark']);
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

function decodeSpaces(s: string): string {
  return s.replace(/\u00a0/g, ' ');
}

/** The words of an inline run; section numbers of headings left out and logged. */
function inline(nodes: HNode[], log: RepairLog): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += decodeSpaces(n.data ?? '');
    else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      if (isChrome(n)) continue;
      if (n.name === 'br') out += '\n';
      else if (n.name === 'img')
        log.add('image', 'images removed', n.attribs?.alt || n.attribs?.src?.slice(0, 40));
      else if (n.name === 'sup' && /^[\d,\s]+$/.test(DomUtils.textContent(n as never))) {
        const mark = DomUtils.textContent(n as never).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);
        log.add('superscript', 'superscript footnote marks written as ¹ ² ³', mark);
        out += mark;
      } else if ((n.attribs?.class ?? '').includes('header-section-number')) {
        log.add('section-number', 'section numbers left out of headings', inline(n.children ?? [], log));
      } else {
        if (EMPHASIS.has(n.name ?? ''))
          log.add('inline-markup', 'inline markup dropped, words kept (bold, italic)', n.name);
        out += inline(n.children ?? [], log);
      }
    }
  }
  return out;
}

function clean(s: string): string {
  return s
    .replace(/[ \t\r\f]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n+/g, '\n')
    .trim();
}

/** Header rows as a grid, spanned cells repeated in every position they cover; the last row is the header. */
function headerRow(rows: HNode[][], log: RepairLog): HNode[] {
  const grid: HNode[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c]) c++;
      const cs = Number(cell.attribs?.colspan ?? 1);
      const rs = Number(cell.attribs?.rowspan ?? 1);
      for (let i = 0; i < rs && r + i < rows.length; i++)
        for (let j = 0; j < cs; j++) (grid[r + i] as HNode[])[c + j] = cell;
      c += cs;
    }
  });
  for (const row of rows.slice(0, -1)) {
    const spanned = row.filter((c) => Number(c.attribs?.colspan ?? 1) > 1);
    for (const c of spanned)
      log.add(
        'group-head',
        'group heads above table header rows left out',
        DomUtils.textContent(c as never).trim(),
      );
  }
  return grid[grid.length - 1] ?? [];
}

function tableBlocks(n: HNode, log: RepairLog): Block[] {
  const rows = DomUtils.findAll((e) => e.name === 'tr', (n.children ?? []) as never) as unknown as HNode[];
  const thead = DomUtils.findOne(
    (e) => e.name === 'thead',
    (n.children ?? []) as never,
  ) as unknown as HNode | null;
  const headRows = thead
    ? (DomUtils.findAll((e) => e.name === 'tr', (thead.children ?? []) as never) as unknown as HNode[])
    : [];
  const cellsOf = (tr: HNode) => (tr.children ?? []).filter((c) => c.name === 'td' || c.name === 'th');
  const bodyRows = rows.filter((r) => !headRows.includes(r));
  const cells =
    headRows.length > 1 &&
    !bodyRows
      .flatMap(cellsOf)
      .some((c) => Number(c.attribs?.colspan ?? 1) > 1 || Number(c.attribs?.rowspan ?? 1) > 1)
      ? [headerRow(headRows.map(cellsOf), log), ...bodyRows.map(cellsOf)]
      : rows.map(cellsOf);
  const captionNode = DomUtils.findOne(
    (e) => e.name === 'caption',
    (n.children ?? []) as never,
  ) as unknown as HNode | null;
  const caption = captionNode
    ? clean(inline(captionNode.children ?? [], log)).replace(/\n/g, ' ')
    : undefined;
  const spans = cells
    .slice(headRows.length > 1 ? 1 : 0)
    .flat()
    .some((c) => Number(c.attribs?.colspan ?? 1) > 1 || Number(c.attribs?.rowspan ?? 1) > 1);
  if (rows.length === 0 || spans) {
    log.add(
      'table-left-out',
      'tables left out (cells span rows or columns: no pipe table without changing its structure)',
      caption ?? 'a table',
    );
    return [];
  }
  const text = cells.map((r) => r.map((c) => clean(inline(c.children ?? [], log)).replace(/\n/g, ' ')));
  const [header = [], ...body] = text;
  log.add('table', 'tables written as pipe tables', caption ?? header.join(' | ').slice(0, 40));
  return [caption ? { kind: 'table', header, rows: body, caption } : { kind: 'table', header, rows: body }];
}

function walk(nodes: HNode[], log: RepairLog, out: Block[], depth = 0): void {
  let run: HNode[] = [];
  const flush = () => {
    const text = clean(inline(run, log));
    if (text) out.push({ kind: 'paragraph', text });
    run = [];
  };
  for (const n of nodes) {
    if (n.type === 'comment' || n.type === 'directive') continue;
    if (n.type !== 'tag' || !BLOCK.has(n.name ?? '')) {
      if (!(n.type === 'tag' && isChrome(n))) run.push(n);
      continue;
    }
    flush();
    if (isChrome(n)) {
      log.add(
        'chrome',
        'page navigation and sidebars left out',
        n.attribs?.id || n.attribs?.class?.split(' ')[0] || n.name,
      );
      continue;
    }
    const name = n.name ?? '';
    const kids = n.children ?? [];
    const h = HEADING.exec(name);
    if (h?.[1]) {
      const text = clean(inline(kids, log)).replace(/\n/g, ' ');
      if (text) out.push({ kind: 'heading', level: Number(h[1]), text });
    } else if (name === 'p' || name === 'dt' || name === 'dd' || name === 'summary') {
      const text = clean(inline(kids, log));
      if (text) out.push({ kind: 'paragraph', text });
    } else if (name === 'ul' || name === 'ol') {
      for (const li of kids.filter((k) => k.name === 'li')) {
        const own = (li.children ?? []).filter((c) => c.name !== 'ul' && c.name !== 'ol');
        const blocks: Block[] = [];
        walk(own, log, blocks, depth + 1);
        const text = blocks
          .map((b) => ('text' in b ? b.text : ''))
          .filter(Boolean)
          .join(' ');
        if (text) out.push({ kind: 'list-item', text, depth });
        walk(
          (li.children ?? []).filter((c) => c.name === 'ul' || c.name === 'ol'),
          log,
          out,
          depth + 1,
        );
      }
    } else if (name === 'table') {
      out.push(...tableBlocks(n, log));
    } else if (name === 'figure') {
      const cap = DomUtils.findOne((e) => e.name === 'figcaption', kids as never) as unknown as HNode | null;
      const table = DomUtils.findOne((e) => e.name === 'table', kids as never) as unknown as HNode | null;
      if (table) {
        const before = out.length;
        out.push(...tableBlocks(table, log));
        const t = out[before];
        if (t?.kind === 'table' && cap && !t.caption)
          t.caption = clean(inline(cap.children ?? [], log)).replace(/\n/g, ' ');
        if (!t && cap)
          log.add(
            'caption',
            'captions of tables left out',
            clean(inline(cap.children ?? [], log)).slice(0, 50),
          );
      } else
        log.add(
          'caption',
          'figure captions left out (the figure is not in the text)',
          cap ? clean(inline(cap.children ?? [], log)).slice(0, 50) : 'a figure',
        );
    } else if (name === 'pre') {
      log.add('code-chunk', 'code blocks dropped', clean(inline(kids, log)).slice(0, 30));
    } else if (name !== 'hr') {
      walk(kids, log, out, depth);
    }
  }
  flush();
}

function metaTags(doc: HNode): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const m of DomUtils.findAll(
    (e) => e.name === 'meta',
    (doc.children ?? []) as never,
  ) as unknown as HNode[]) {
    const key = (m.attribs?.name ?? m.attribs?.property ?? '').toLowerCase();
    const content = m.attribs?.content?.trim();
    if (key && content) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

function metadata(doc: HNode, log: RepairLog): Metadata {
  const tags = metaTags(doc);
  const first = (...keys: string[]) => keys.map((k) => [k, tags.get(k)?.[0]] as const).find(([, v]) => v);
  const meta: Metadata = {};
  const title = first('citation_title', 'dc.title', 'dcterms.title');
  const titleEl = DomUtils.findOne(
    (e) => e.name === 'title',
    (doc.children ?? []) as never,
  ) as unknown as HNode | null;
  if (title?.[1]) meta.title = { value: title[1], guessed: false, from: `the page's ${title[0]} tag` };
  else if (titleEl) {
    const t = clean(inline(titleEl.children ?? [], log));
    if (t) meta.title = { value: t, guessed: true, from: 'the page title (<title>)' };
  }
  for (const key of ['citation_author', 'dc.creator', 'author']) {
    const names = tags.get(key);
    if (names && names.length > 0) {
      meta.authors = {
        value: names.map((n): Person => personFromName(n)),
        guessed: false,
        from: `the page's ${key} tags`,
      };
      break;
    }
  }
  const date = first(
    'citation_publication_date',
    'citation_date',
    'dcterms.date',
    'dc.date',
    'article:published_time',
  );
  const year = date?.[1] ? /\b(1[89]\d\d|2[01]\d\d)\b/.exec(date[1])?.[1] : undefined;
  if (year && date) meta.year = { value: Number(year), guessed: false, from: `the page's ${date[0]} tag` };
  const publisher = first('citation_publisher', 'dc.publisher', 'citation_journal_title', 'og:site_name');
  if (publisher?.[1])
    meta.publisher = {
      value: publisher[1],
      guessed: publisher[0] === 'og:site_name',
      from: `the page's ${publisher[0]} tag`,
    };
  const doi = first('citation_doi', 'dc.identifier');
  if (doi?.[1] && /^10\./.test(doi[1].replace(/^doi:/, '')))
    meta.doi = { value: doi[1].replace(/^doi:/, ''), guessed: false, from: `the page's ${doi[0]} tag` };
  const url = first('citation_public_url', 'citation_abstract_html_url', 'og:url');
  const canonical = DomUtils.findOne(
    (e) => e.name === 'link' && e.attribs.rel === 'canonical',
    (doc.children ?? []) as never,
  ) as unknown as HNode | null;
  const href = url?.[1] ?? canonical?.attribs?.href;
  if (href && /^https?:/.test(href))
    meta.url = { value: href, guessed: false, from: url ? `the page's ${url[0]} tag` : 'the canonical link' };
  return meta;
}

/** Blocks of page chrome in plain elements: three links or more, whose words are most of the block's. */
function hasLinkChrome(root: HNode): boolean {
  const blocks = DomUtils.findAll(
    (e) => BLOCK.has(e.name) || e.name === 'body',
    (root.children ?? []) as never,
  ) as unknown as HNode[];
  return blocks.some((b) => {
    const links = DomUtils.findAll((e) => e.name === 'a', (b.children ?? []) as never);
    if (links.length < 3) return false;
    const words = (t: string) => t.replace(/\s+/g, '').length;
    const all = words(DomUtils.textContent(b as never));
    const linked = links.reduce((n, a) => n + words(DomUtils.textContent(a)), 0);
    return all > 0 && linked / all >= 0.6;
  });
}

/** Any chrome the element rules know (nav, footer, sidebar …), outside the page's content. */
function hasChrome(root: HNode): boolean {
  return (
    DomUtils.findOne((e) => isChrome(e as unknown as HNode), (root.children ?? []) as never) !== null ||
    hasLinkChrome(root)
  );
}

const blockText = (b: Block) => ('text' in b ? b.text : b.kind === 'table' ? b.rows.flat().join(' ') : '');
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * A page without <main> or <article> but with chrome: its content as Mozilla's Readability keeps it. Heading
 * levels are the page's own (Readability writes <h1> as <h2>), a leading heading it took for the title is
 * put back, and every block of the page it left out is listed.
 */
function readableBlocks(
  html: string,
  body: HNode,
  log: RepairLog,
): { blocks: Block[]; root: HNode } | undefined {
  const readable = readableContent(html);
  if (!readable) return undefined;
  const root = parseDocument(readable.html, { decodeEntities: true }) as unknown as HNode;
  const blocks: Block[] = [];
  walk(root.children ?? [], log, blocks);
  if (blocks.length === 0) return undefined;
  const page: Block[] = [];
  walk(body.children ?? [], new RepairLog(), page);
  const levels = new Map(
    page.flatMap((b) => (b.kind === 'heading' ? [[squash(b.text), b.level] as const] : [])),
  );
  for (const b of blocks) if (b.kind === 'heading') b.level = levels.get(squash(b.text)) ?? b.level;
  const keptBlocks = blocks.map((b) => squash(blockText(b)));
  const all = keptBlocks.join(' ');
  // A block is kept when Readability kept it whole, or (four words or more) inside a block it joined.
  const isKept = (text: string) =>
    keptBlocks.includes(text) || (text.split(' ').length >= 4 && all.includes(text));
  const firstKept = page.findIndex((b) => blockText(b) !== '' && isKept(squash(blockText(b))));
  const lead = page.slice(0, Math.max(firstKept, 0));
  const title = lead.find((b) => b.kind === 'heading' && squash(b.text) === squash(readable.title ?? ''));
  if (title) blocks.unshift(title);
  log.add(
    'readability',
    "the page's content chosen by Mozilla's Readability (no <main> or <article>, and navigation chrome in the page)",
  );
  for (const b of page) {
    const text = squash(blockText(b));
    if (text && b !== title && !isKept(text))
      log.add(
        'readability-left-out',
        'page chrome left out by Readability (check that no text of the review is among it)',
        `"${text.slice(0, 40)}"`,
      );
  }
  return { blocks, root };
}

export function extractHtml(
  html: string,
  log: RepairLog,
): { blocks: Block[]; metadata: Metadata; citationKeys: string[] } {
  const doc = parseDocument(html, { decodeEntities: true }) as unknown as HNode;
  const find = (name: string) =>
    DomUtils.findOne((e) => e.name === name, (doc.children ?? []) as never) as unknown as HNode | null;
  let main = find('main') ?? find('article') ?? find('body') ?? doc;
  let blocks: Block[] = [];
  if (main.name === 'main' || main.name === 'article') {
    log.add('main', `only the page's <${main.name}> content read (the rest is page chrome)`, undefined);
  } else if (hasChrome(main)) {
    const readable = readableBlocks(html, main, log);
    if (readable) ({ blocks, root: main } = readable);
  }
  if (blocks.length === 0) walk(main.children ?? [], log, blocks);
  // Pandoc/Quarto pages name each citation's keys (data-cites): the .bib entries the page cites.
  const cites = DomUtils.findAll(
    (e) => e.attribs['data-cites'] !== undefined,
    (main.children ?? []) as never,
  ) as unknown as HNode[];
  const citationKeys = [
    ...new Set(cites.flatMap((c) => (c.attribs?.['data-cites'] ?? '').split(/\s+/)).filter(Boolean)),
  ];
  return { blocks, metadata: metadata(doc, log), citationKeys };
}
