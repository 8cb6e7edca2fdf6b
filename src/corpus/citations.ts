/**
 * Inline citations → references of the same document.
 *
 * Author–year forms: parenthetical "(Feeley, 2021)", "(Fixen and Blase, 2019)", "(Smith et al., 2020; Jones
 * 2018)", "(NorthStar, n.d.)"; narrative "Independent Care Review (2020)", "Zinn & Courtney (2017)",
 * "Cohen’s (1988)", "van Breda (2018)". Every author the citation names must be an author of the reference
 * (the first as its first author), each name exactly or with one letter wrong, missing or extra, so the
 * source's own typos ("Fixen" for "Fixsen") still resolve. Two references that fit equally are reported as
 * ambiguous, never picked between. Numbered forms ("[12]", "[3,5–7]", "^7,8^") resolve against the reference
 * list's order or each reference's `citation-number`, when the file says its citations are numbered.
 */
import type { CslName, Reference } from './types.js';

export interface FoundCitation {
  text: string;
  start: number;
  end: number;
  /** The one reference it resolves to; undefined when none fits, or when several do (see candidates). */
  key: string | undefined;
  /** Every reference that fits; more than one means the citation is ambiguous. */
  candidates: string[];
  /** For a numbered citation: the one number this entry is for ("[49, 50]" gives one entry per number). */
  number?: number;
}

const YEAR = String.raw`(?:(?:1[89]|20)\d{2}[a-z]?|n\.\s?d\.?)`;
/**
 * A bracket ending in a year: up to 1,000 characters of citations before it, so a long multi-citation
 * (ten "Name et al., 2015;" parts) is read, not skipped whole.
 */
const YEAR_PAREN = new RegExp(String.raw`\(([^()]{0,1000}?)\b(${YEAR})\)`, 'g');
const LONE_YEAR = new RegExp(String.raw`^\s*${YEAR}\s*$`);
const PART_YEAR = new RegExp(String.raw`\b(${YEAR})\s*$`);
const LEAD = /^(?:see also|see|e\.g\.,?|eg|cf\.?|also|i\.e\.,?)\s+/i;
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'du',
  'da',
  'di',
  'le',
  'la',
  'del',
  'della',
  'ten',
  'ter',
  'dos',
  'das',
  'st',
  "d'",
  'al-',
  'el',
]);

/** Damerau-free Levenshtein distance, bounded: returns limit + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit = 1): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

/** 0: the same name; 1: one letter apart (names of four letters or more); 2: different. */
function nameDistance(written: string, name: string): number {
  const a = written.toLowerCase();
  const b = name.toLowerCase();
  if (a === b) return 0;
  return Math.min(a.length, b.length) >= 4 && editDistance(a, b, 1) <= 1 ? 1 : 2;
}

/** Words of a name, possessive "’s" dropped: "Cohen’s" → ["Cohen"]. */
const words = (s: string) =>
  (s.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/u, '')).filter((w) => w !== '');

/** The written words contain the name's words in order, each fuzzily: the total distance, or undefined. */
function containsName(written: string[], name: string[]): number | undefined {
  if (name.length === 0) return undefined;
  let best: number | undefined;
  outer: for (let i = 0; i + name.length <= written.length; i++) {
    let sum = 0;
    for (let j = 0; j < name.length; j++) {
      const d = nameDistance(written[i + j] ?? '', name[j] ?? '');
      if (d > 1) continue outer;
      sum += d;
    }
    best = best === undefined ? sum : Math.min(best, sum);
  }
  return best;
}

/**
 * An organisation's name without its small joining words: a citation is split into names at "and" ("Substance
 * Abuse and Mental Health Services Administration"), so the name is compared without them, on both sides.
 */
const SMALL_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to']);
const withoutSmallWords = (ws: string[]) => ws.filter((w) => !SMALL_WORDS.has(w));

/** The words a written name must contain for a CSL name: an organisation's whole name, a person's family. */
const cslNameWords = (n: CslName) => words(n.literal ?? n.family ?? '');

/**
 * How well written words name a person: their family name, or the same without its particles, which a
 * citation may leave out ("Breda" for "van Breda"); the total name distance, or undefined.
 */
function personFit(written: string[], n: CslName): number | undefined {
  const full = cslNameWords(n);
  const at = full.findIndex((w) => !PARTICLES.has(w.toLowerCase()));
  const fits = [containsName(written, full), at > 0 ? containsName(written, full.slice(at)) : undefined];
  const found = fits.filter((d) => d !== undefined);
  return found.length === 0 ? undefined : Math.min(...found);
}

function authorsOf(ref: Reference): CslName[] {
  return ref.csl.author ?? (ref.csl.editor as CslName[] | undefined) ?? [];
}

/** The year citations must give: the issued year, or "n.d." for an undated source. */
export function yearOf(ref: Reference): string | undefined {
  const issued = ref.csl.issued;
  if (!issued) return undefined;
  if (issued.literal !== undefined && issued['date-parts'] === undefined) {
    const year = /\b(1[89]|20)\d{2}\b/.exec(issued.literal)?.[0];
    return year ?? (/^(?:n\.?\s?d\.?|no date|undated)$/i.test(issued.literal.trim()) ? 'n.d.' : undefined);
  }
  const y = issued['date-parts']?.[0]?.[0];
  return y === undefined || y === '' ? undefined : String(y);
}

const normalYear = (y: string) => (/^n/i.test(y) ? 'n.d.' : y.slice(0, 4));

/** A citation as written: its author names (each a run of words), "et al.", and its year. */
interface Written {
  names: string[][];
  etAl: boolean;
  year: string;
  /** "a" in "2021a", to choose among references of one author and year. */
  suffix: string;
  /** For a narrative citation, the words before it in its sentence: an organisation's name may run
   * through small words ("the Independent Care Review in Scotland (2020)"). */
  context?: string[] | undefined;
}

function parseNames(text: string): Pick<Written, 'names' | 'etAl'> {
  const etAl = /\bet\.?\s+al\b/i.test(text);
  const cleaned = text.replace(LEAD, '').replace(/\bet\.?\s+al\.?/gi, ' ');
  const names = cleaned
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map(words)
    .filter((w) => w.length > 0);
  return { names, etAl };
}

/** How well a reference fits a written citation: the total name distance, or undefined when it does not. */
function fitOf(w: Written, ref: Reference): number | undefined {
  if (yearOf(ref) !== w.year) return undefined;
  const authors = authorsOf(ref);
  const [first, ...others] = authors;
  const all = w.names.flat();
  if (!first) return containsName(all, words(ref.csl.title));
  if (first.literal !== undefined && first.family === undefined)
    return containsName(withoutSmallWords(w.context ?? all), withoutSmallWords(cslNameWords(first)));
  const [lead, ...rest] = w.names;
  if (!lead) return undefined;
  let total = personFit(lead, first);
  if (total === undefined) return undefined;
  for (const name of rest) {
    const d = Math.min(...others.map((a) => personFit(name, a) ?? 9));
    if (d > 1) return undefined;
    total += d;
  }
  if (w.etAl && authors.length < 2) return undefined;
  return total;
}

/** The references that fit best; with a year suffix ("2021b"), the suffix picks among them in list order. */
function resolve(w: Written, refs: readonly Reference[]): Pick<FoundCitation, 'key' | 'candidates'> {
  const scored = refs.flatMap((r) => {
    const d = fitOf(w, r);
    return d === undefined ? [] : [{ key: r.key, d }];
  });
  const best = Math.min(...scored.map((s) => s.d));
  let candidates = scored.filter((s) => s.d === best).map((s) => s.key);
  if (candidates.length > 1 && w.suffix !== '') {
    const picked = candidates[w.suffix.charCodeAt(0) - 97];
    if (picked) candidates = [picked];
  }
  return { key: candidates.length === 1 ? candidates[0] : undefined, candidates };
}

/**
 * The author names right before a narrative citation's bracket, in the same sentence: capitalised words,
 * name particles ("van"), "and", "&", commas and "et al.". Returns where they start, or undefined.
 */
function namesBefore(text: string, parenStart: number): number | undefined {
  const window = text.slice(Math.max(0, parenStart - 160), parenStart);
  const base = parenStart - window.length;
  const tokens = [...window.matchAll(/[\p{L}][\p{L}'’.-]*|&|,/gu)];
  let start: number | undefined;
  let gapEnd = window.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) break;
    if (/\S/.test(window.slice(t.index + t[0].length, gapEnd))) break; // "." or ":" between: another sentence
    gapEnd = t.index;
    const w = t[0];
    const bare = w.replace(/['’]s$/u, '');
    if (/^(?:et|al\.?|and|&|,)$/i.test(w)) continue;
    if (PARTICLES.has(w.toLowerCase()) && start !== undefined) {
      start = base + t.index;
      continue;
    }
    // A capitalised word, not one that ends a sentence ("Review.") unless it is an initial ("J.").
    if (/^\p{Lu}/u.test(bare) && (!bare.endsWith('.') || /^\p{Lu}\.$/u.test(bare))) {
      start = base + t.index;
      continue;
    }
    break;
  }
  return start;
}

/** Where the sentence holding a narrative citation starts (at most 120 characters back). */
function sentenceStart(text: string, parenStart: number): number {
  const from = Math.max(0, parenStart - 120);
  const window = text.slice(from, parenStart).replace(/\bet al\./g, 'et al ');
  let at = 0;
  for (const m of window.matchAll(/(?<!\b\p{Lu})[.!?]\s/gu)) at = m.index + m[0].length;
  return from + at;
}

/** Where the resolved reference's first name starts inside a narrative run ("As Feeley" → "Feeley"). */
function nameStart(text: string, from: number, to: number, ref: Reference | undefined): number {
  const first = ref ? authorsOf(ref)[0] : undefined;
  const name = first ? cslNameWords(first)[0] : undefined;
  if (!name) return from;
  for (const m of text.slice(from, to).matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    if (nameDistance(m[0].replace(/['’]s$/u, ''), name) <= 1) {
      const before = text.slice(from, from + m.index).match(/(?:^|\s)([\p{L}']+)\s+$/u)?.[1];
      return before && PARTICLES.has(before.toLowerCase())
        ? from + m.index - before.length - 1
        : from + m.index;
    }
  }
  return from;
}

const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/**
 * Whether the words before a year in brackets can name authors: at least one capitalised word (a name or an
 * organisation), and not a date ("May 3, 2023", "October 20th, 2022"). "(with a median of 2011)" names no one.
 */
function looksLikeAuthors(names: string): boolean {
  const text = names.replace(LEAD, '').trim();
  if (/^\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?$/u.test(text) && MONTH.test(text.split(/\s+/)[0] ?? ''))
    return false;
  return /\p{Lu}/u.test(text);
}

/** Every author–year citation in text, resolved where it can be. Offsets are into text. */
export function findCitations(text: string, refs: Reference[]): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const m of text.matchAll(YEAR_PAREN)) {
    const start = m.index;
    const end = start + m[0].length;
    const inner = m[0].slice(1, -1);
    if (LONE_YEAR.test(inner)) {
      const nameAt = namesBefore(text, start);
      if (nameAt === undefined) continue;
      const yearText = (m[2] ?? '').trim();
      const from = sentenceStart(text, start);
      const w: Written = {
        ...parseNames(text.slice(nameAt, start)),
        year: normalYear(yearText),
        suffix: /\d{4}([a-z])/.exec(yearText)?.[1] ?? '',
        context: words(text.slice(from, start)).slice(-10),
      };
      let result = resolve(w, refs);
      // A sentence may open with a capitalised word and a comma before the names ("Similarly, Wong et al.
      // (2014)", "However, Smith (2010)"): when nothing fits, the names without the leading ones are tried.
      for (let drop = 1; result.candidates.length === 0 && drop < w.names.length; drop++) {
        const rest = resolve({ ...w, names: w.names.slice(drop) }, refs);
        if (rest.candidates.length > 0) result = rest;
      }
      const ref = refs.find((r) => r.key === result.key);
      const literal = ref !== undefined && authorsOf(ref)[0]?.family === undefined;
      const at = nameStart(text, literal ? from : nameAt, start, ref);
      found.push({ text: text.slice(at, end), start: at, end, ...result });
      continue;
    }
    for (const part of inner.split(';')) {
      const y = PART_YEAR.exec(part.trim());
      if (!y?.[1]) continue;
      const names = part.trim().slice(0, -y[1].length);
      if (!looksLikeAuthors(names)) continue;
      const w: Written = {
        ...parseNames(names),
        year: normalYear(y[1]),
        suffix: /\d{4}([a-z])/.exec(y[1])?.[1] ?? '',
      };
      if (w.names.length === 0) continue;
      found.push({ text: m[0], start, end, ...resolve(w, refs) });
    }
  }
  return found;
}

const NUMBERED =
  /\[(\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*)\]|\^(\d{1,4}(?:[-–]\d{1,4})?(?:,\d{1,4}(?:[-–]\d{1,4})?)*)\^/g;

/** The numbers of "3,5–7": 3, 5, 6, 7 (a range of at most 50). */
export function citationNumbers(list: string): number[] {
  return list.split(',').flatMap((part) => {
    const [a, b] = part.split(/[-–]/).map((n) => Number.parseInt(n.trim(), 10));
    if (a === undefined || Number.isNaN(a)) return [];
    if (b === undefined || Number.isNaN(b) || b < a || b - a > 50) return [a];
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

/** Each reference by its number: its `citation-number`, else its place in the list. */
function numbered(refs: readonly Reference[]): Map<number, Reference> {
  const byNumber = new Map<number, Reference>();
  refs.forEach((r, i) => {
    const n = Number(r.csl['citation-number'] ?? Number.NaN);
    byNumber.set(Number.isInteger(n) && n > 0 ? n : i + 1, r);
  });
  return byNumber;
}

/** A bracketed year ("[2008]", "[1964]") where the list has no such number: a date, not a citation. */
const isYearOnly = (numbers: number[], byNumber: Map<number, Reference>) =>
  numbers.length > 0 && numbers.every((n) => n >= 1800 && n <= 2099 && !byNumber.has(n));

/** Numbered citations: each number → the reference with that `citation-number`, else the n-th reference. */
export function findNumberedCitations(text: string, refs: Reference[]): FoundCitation[] {
  const byNumber = numbered(refs);
  const found: FoundCitation[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const numbers = citationNumbers(m[1] ?? m[2] ?? '');
    if (isYearOnly(numbers, byNumber)) continue;
    for (const n of numbers) {
      const ref = byNumber.get(n);
      found.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        key: ref?.key,
        candidates: ref ? [ref.key] : [],
        number: n,
      });
    }
  }
  return found;
}

/** Fewest numbered markers naming references for a review to be read as numbered (inferCitationStyle). */
const MIN_NUMBERED = 3;

/**
 * How a review cites when its front matter does not say (`inline_citations`): by number when at least
 * MIN_NUMBERED of the body's numbered markers ("[12]", "^7,8^") name references of its list and they outnumber
 * the author–year citations that fit one ten to one (a review converted without the field, whose "^230^"
 * would otherwise be quoted with no reference). The margin is wide because a wrong guess attaches the wrong
 * study: the author–year real reviews have 30–118 author–year citations beside 7–10 bracketed numbers.
 */
export function inferCitationStyle(body: string, refs: Reference[]): 'author-year' | 'numbered' {
  if (refs.length === 0) return 'author-year';
  const byNumber = numbered(refs);
  let byNumberFound = 0;
  for (const m of body.matchAll(NUMBERED)) {
    const numbers = citationNumbers(m[1] ?? m[2] ?? '');
    if (numbers.length > 0 && numbers.every((n) => byNumber.has(n))) byNumberFound++;
  }
  if (byNumberFound === 0) return 'author-year';
  const authorYear = findCitations(body, refs).filter((c) => c.candidates.length > 0).length;
  return byNumberFound >= MIN_NUMBERED && authorYear * 10 <= byNumberFound ? 'numbered' : 'author-year';
}
