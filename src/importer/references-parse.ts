/**
 * A review's reference list as text, each entry parsed to CSL-JSON (authors, year, title, container, volume,
 * issue, pages, DOI, URL) for the common author–year layouts (APA, Harvard). An entry without recognisable
 * authors, year and title is not guessed at: it is returned unparsed, for the owner.
 */
import type { Block } from './blocks.js';

export type CslRecord = Record<string, unknown> & { id: string; type: string; title: string };

const REFERENCE_HEADING =
  /^(\d+(\.\d+)*\.?\s+)?(references|bibliography|reference list|works cited|literature cited|sources)$/i;

/** The entries under a heading "References" (or "Bibliography" …), up to the next heading of its level. */
export function referenceEntries(blocks: Block[]): string[] {
  const out: string[] = [];
  let level: number | undefined;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (level !== undefined && b.level <= level) level = undefined;
      if (REFERENCE_HEADING.test(b.text.trim())) level = b.level;
      continue;
    }
    if (level !== undefined && (b.kind === 'paragraph' || b.kind === 'list-item')) {
      out.push(b.text.replace(/\s*\n\s*/g, ' ').trim());
    }
  }
  return out;
}

const INITIALS = /^(\p{Lu}[\p{Ll}]?\.?[\s-]*)+$/u;
const YEAR = /\(\s*(\d{4})[a-z]?(?:,[^)]*)?\s*\)|\(\s*(n\.\s?d\.)\s*\)|(?<=[.,]\s)(\d{4})[a-z]?(?=\.\s)/u;

function stripMarks(s: string): string {
  return s
    .replace(/\*+|_{2,}/g, '')
    .replace(/^[\s'"‘“]+|[\s'"’”.,]+$/g, '')
    .trim();
}

function parseAuthors(text: string): Record<string, string>[] {
  const tokens = text
    .replace(/\bet al\.?/g, '')
    .split(/,\s*(?:&\s*|and\s+)?|\s+&\s+|\s+and\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  const names: Record<string, string>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (next !== undefined && INITIALS.test(next) && !INITIALS.test(t)) {
      names.push({ family: t, given: next });
      i++;
    } else if (!INITIALS.test(t)) {
      names.push(t.split(/\s+/).length > 2 || tokens.length === 1 ? { literal: t } : { family: t });
    }
  }
  return names;
}

function splitTitle(rest: string): { title: string; after: string } {
  const quoted = /^\s*(['‘"“]|\*)(.+?)(['’"”]|\*)[.,]?\s*(.*)$/su.exec(rest);
  if (quoted?.[2]) return { title: quoted[2], after: quoted[4] ?? '' };
  const end = /[.?!](?=\s+(?:\p{Lu}|\*|In\s|<|https?:|doi)|\s*$)/u.exec(rest);
  if (!end) return { title: rest, after: '' };
  return { title: rest.slice(0, end.index + (end[0] === '.' ? 0 : 1)), after: rest.slice(end.index + 1) };
}

function asciiKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Vancouver-like "Authors. Title. Rest; year.": authors as "Family Initials", or one organisation. */
function parseVancouver(text: string): Omit<CslRecord, 'id'> | undefined {
  const m = /^(?:\[?\d+\]?\.?\s+)?([^.]+?)\.\s+(.+?[.?!])\s+(.*)$/u.exec(text);
  if (!m?.[1] || !m[2] || m[3] === undefined) return undefined;
  const year = /(1[89]\d\d|20\d\d)(?!\d)/.exec(`${m[2]} ${m[3]}`)?.[1];
  if (!year) return undefined;
  const people = m[1]
    .split(/,\s*/)
    .map((a) => /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)\s+(\p{Lu}{1,3})$/u.exec(a.trim()));
  const author = people.every((p) => p?.[1] && p[2])
    ? people.map((p) => ({ family: p?.[1] ?? '', given: p?.[2] ?? '' }))
    : [{ literal: m[1].trim() }];
  // A sentence that is only a citation of law ("Mathews v. United States") has no author: not guessed.
  if (/^[^.]+ v\. /.test(text) || /\bAct\b/.test(m[1])) return undefined;
  const item: Record<string, unknown> = {
    type: 'report',
    title: stripMarks(m[2]),
    author,
    issued: { 'date-parts': [[Number(year)]] },
  };
  const url = /(https?:\/\/[^\s]+?)[.]?(?=\s|$)/.exec(m[3]);
  if (url?.[1]) item.URL = url[1];
  return item as Omit<CslRecord, 'id'>;
}

/** Parses one entry; undefined when it has no recognisable authors, year and title. */
export function parseReference(entry: string): Omit<CslRecord, 'id'> | undefined {
  const text = entry.replace(/\s+/g, ' ').trim();
  const y = YEAR.exec(text);
  if (!y || y.index === 0) return parseVancouver(text);
  const authors = parseAuthors(text.slice(0, y.index).replace(/[\s,]+$/, ''));
  if (authors.length === 0) return undefined;
  const year = y[1] ?? y[3];
  if (!year) return undefined;
  const { title, after } = splitTitle(text.slice(y.index + y[0].length).replace(/^[\s.,:]+/, ''));
  const cleanTitle = stripMarks(title);
  if (!cleanTitle) return undefined;
  const item: Record<string, unknown> = {
    type: 'report',
    title: cleanTitle,
    author: authors,
    issued: { 'date-parts': [[Number(year)]] },
  };
  const doi = /\b(10\.\d{4,9}\/[^\s<>]+?)[.>]?(?=\s|$|>)/.exec(after);
  if (doi?.[1]) item.DOI = doi[1];
  const url = /<?(https?:\/\/[^\s>]+?)>?[.]?(?=\s|$)/.exec(after);
  if (url?.[1] && !doi) item.URL = url[1];
  const vol =
    /(?:^|[,.]\s*)(?:\*?([^,*]+?)\*?,\s*)?\*?(\d+)\*?(?:\s*\(([^)]+)\))?,\s*(e?[\d]+(?:\s*[–-]\s*\d+)?)/u.exec(
      after,
    );
  if (vol) {
    item.type = 'article-journal';
    if (vol[1]) item['container-title'] = stripMarks(vol[1]);
    item.volume = vol[2];
    if (vol[3]) item.issue = vol[3];
    if (vol[4]) item.page = vol[4].replace(/\s*[–]\s*/, '-');
  } else if (/^\s*In\s/.test(after)) {
    item.type = 'chapter';
    const container = /\(Eds?\.\),?\s*\*?([^*.]+)/.exec(after)?.[1];
    if (container) item['container-title'] = container.trim();
  } else {
    const place = stripMarks(after.replace(/<?https?:\S+|doi:\S+/g, ''));
    if (place && place.length < 80) item.publisher = place;
  }
  return item as Omit<CslRecord, 'id'>;
}

/** Gives each parsed item a key: first author's family name (or organisation) and year, a/b/… when taken. */
export function referenceKey(item: Record<string, unknown>, taken: Set<string>): string {
  const first = (item.author as Record<string, string>[] | undefined)?.[0];
  const name = asciiKey(first?.family ?? first?.literal?.split(/\s+/)[0] ?? 'ref');
  const year = String((item.issued as { 'date-parts'?: number[][] })?.['date-parts']?.[0]?.[0] ?? 'nd');
  let key = `${name || 'ref'}${year}`;
  for (let n = 0; taken.has(key); n++) key = `${name}${year}${String.fromCharCode(97 + n)}`;
  taken.add(key);
  return key;
}
