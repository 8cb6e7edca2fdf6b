/**
 * Text processing shared by indexing and querying: words → normalised terms.
 *
 * Steps: lower-case and NFKC; words keep inner hyphens, ampersands and apostrophes (initials joined by "&",
 * "A&E", "R&D", or written "A & E", are one word as written; "LARS&LISA" reads as a hyphenated word); possessive "'s" dropped; British
 * spelling; irregular plurals; Porter stem (the `stemmer` package); thesaurus phrases and words (longest
 * run first) → their canonical terms; stop words dropped. A hyphenated word that no thesaurus entry covers
 * yields its joined form and its parts ("systems-level" → systemslevel, system, level), so "co-location"
 * never degrades to "location" alone; the joined form reads a number word as its numeral ("four-day" → 4dai,
 * as "4-day" is). The same function runs at index and query time.
 */
import { stemmer } from 'stemmer';
import type { Corpus, ThesaurusData } from '../corpus/types.js';
import { withAcronyms } from './acronyms.js';
import { classicalSingular, IRREGULAR, shortIes } from './data/irregular.js';
import { joinNumerals, LARGE, TENS, UNITS } from './data/numbers.js';
import { britishSpelling } from './data/spelling.js';
import { STOP_WORDS } from './data/stopwords.js';

const WORD = /[\p{L}\p{N}]+(?:['&-][\p{L}\p{N}]+)*/gu;
/** Single letters joined by "&": "a&e", "r&d". */
const INITIALS = /^\p{L}(?:&\p{L})+$/u;

/** A single letter, "&" with spaces round it, and another single letter: "A & E", "R & D". */
const SPACED_INITIALS = /(?<![\p{L}\p{N}'’&-])(\p{L})[ \t]*&[ \t]*(?=\p{L}(?![\p{L}\p{N}'’&-]))/gu;

/**
 * Initials written with a spaced "&" ("A & E", "Q & A") as they are written joined ("A&E"): one word, not two
 * lone letters dropped. Words of two letters or more keep a spaced "&" as no part of a word ("Tom & Jerry").
 */
export function joinSpacedInitials(text: string): string {
  return text.replace(SPACED_INITIALS, '$1&');
}

/** What the analysis needs of one raw part of a word, worked out once per distinct part. */
interface Part {
  /** The stemmed form. */
  base: string;
  /** The raw lower-case part, for stop-word checks. */
  raw: string;
  stop: boolean;
  /** A numeral or a number word ("86", "twelve"): the word after it is counted. */
  number: boolean;
  /** countedTerm(base), made when first needed. */
  counted: string | undefined;
  /** The thesaurus trie node of the entries whose first base is this part's base, if any. */
  phrases: PhraseNode | undefined;
}

/** A node of the thesaurus trie: the run of bases that leads to it is an entry when `canonical` is set. */
interface PhraseNode {
  canonical?: string[];
  next?: Map<string, PhraseNode>;
}

/** Distinct words and parts the analyzer remembers before it starts again (a bound on its memory). */
export const CACHE_LIMIT = 200_000;

/**
 * Any character outside printable ASCII (and tab, newline, carriage return) other than the curly single quotes:
 * such text takes the Unicode path. Curly quotes are read as ' by both paths (NFKC and lower case leave them as
 * they are), and they are what sends most text of a corpus down the Unicode path otherwise ("children’s": 12% of
 * the synthetic passages, for that character alone).
 */
const NON_ASCII = /[^\t\n\r -~‘’]/;

/** True when s[start, start + key.length), read as asciiLower reads it, is key. */
function sameLowerChars(key: string, s: string, start: number): boolean {
  for (let k = 0; k < key.length; k++)
    if (key.charCodeAt(k) !== asciiLower(s.charCodeAt(start + k))) return false;
  return true;
}

/** An ASCII character code lower-cased (A-Z → a-z), with `, ‘ and ’ read as ' (as the analysis reads quotes). */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === 96 || c === 0x2018 || c === 0x2019 ? 39 : c;
}

/**
 * A copy of a word cut from a text, for keeping in a cache: V8 cuts a substring of 13 or more characters as a
 * view of the whole text, which a cached word would then keep alive (a passage's lower-cased copy per word).
 */
function own(word: string): string {
  return word.length < 13 ? word : ` ${word}`.slice(1);
}

/** A lower-case ASCII letter or digit: what WORD's classes match in lower-case ASCII text. */
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** A query term with the words it came from (for deciding whether a word may be a typo). */
export interface QueryTerm {
  term: string;
  /** The raw lower-case word, or the phrase a thesaurus entry matched. */
  raw: string;
  /** True when a thesaurus entry produced the term (so it is a known word, never a typo). */
  thesaurus: boolean;
  /** Position of the question word it came from: the joined form and the parts of a hyphenated word share it. */
  word: number;
  /** The term is the asker's own word (a thesaurus entry mapped the words to themselves, or none applied). */
  literal: boolean;
}

export interface Analyzer {
  /** Text → terms, in order (duplicates kept, as the index counts them). */
  analyze(text: string): string[];
  /** The distinct terms of a question, each with its source word. */
  queryTerms(text: string): QueryTerm[];
  /** True for terms that alone do not show that a question is about the corpus. */
  isGeneric(term: string): boolean;
  /**
   * What the analyzer was made from (createAnalyzer's arguments), for making the same analyzer elsewhere (the
   * index build's worker thread, wordnet-offload.ts); absent for an analyzer made otherwise.
   */
  readonly source?: { thesaurus: ThesaurusData; cacheLimit: number };
  /**
   * Forgets the words and parts read so far (they are read again when next seen; nothing else changes): the index
   * build reads the whole corpus, and answering then needs only the questions' words.
   */
  forget(): void;
}

/**
 * A lone letter before a hyphen makes one word with what follows: an "e-cigarette" is no cigarette, nor an
 * "x-ray" a ray ("e-mail" is read as "email", as it is also written). Otherwise a lone letter is dropped.
 */
export function joinLetterPrefix(parts: string[]): string[] {
  const [first, second] = parts;
  if (first === undefined || second === undefined || second === '' || !/^\p{L}$/u.test(first)) return parts;
  return [first + second, ...parts.slice(2)];
}

/** Marks a counted term: the term of a noun the text gives a number of ("86 studies"). */
export const COUNTED = '#';
export const countedTerm = (term: string): string => `${COUNTED}${term}`;
// From "two": "one" is a stop word, and "zero" or "one" of a thing is not a count the text is about.
const NUMBER_WORDS: ReadonlySet<string> = new Set([...UNITS.slice(2), ...TENS, ...LARGE]);
function isNumber(raw: string): boolean {
  return /^\d+$/.test(raw) || NUMBER_WORDS.has(raw);
}

const HASH_SEED = 0x811c9dc5;
/** One step of FNV-1a over UTF-16 code units. */
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/**
 * Words already read → their parts: an open-addressing hash table looked up by a word's characters in the
 * text (start, end and the FNV-1a hash of its code units), so that a word seen before is neither cut out of
 * the text nor hashed again by a Map. Holds at most `limit` words; full, it starts again.
 */
class WordTable {
  private slots = new Int32Array(1024);
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: Part[][] = [];
  constructor(private readonly limit: number) {}

  /** The parts of the word s[start, end) whose hash is h, if it was added; `lower`: s is ASCII, read lower-cased. */
  find(s: string, start: number, end: number, h: number, lower: boolean): Part[] | undefined {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot] as number;
      if (e === 0) return undefined;
      const key = this.keys[e - 1] as string;
      if (
        this.hashes[e - 1] === h &&
        key.length === length &&
        (lower ? sameLowerChars(key, s, start) : sameChars(key, s, start))
      )
        return this.values[e - 1];
    }
  }

  /** Adds a word not yet in the table (hash h) with its parts; returns the parts. */
  add(word: string, h: number, parts: Part[]): Part[] {
    if (this.keys.length >= this.limit) this.clear();
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    this.keys.push(word);
    this.hashes.push(h);
    this.values.push(parts);
    this.place(h, this.keys.length);
    return parts;
  }

  clear(): void {
    this.slots = new Int32Array(1024);
    this.keys = [];
    this.hashes = [];
    this.values = [];
  }

  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = (h ^ (h >>> 16)) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 1; e <= this.keys.length; e++) this.place(this.hashes[e - 1] as number, e);
  }
}

/** True when s[start, start + key.length) is key (the caller has checked that s is long enough). */
function sameChars(key: string, s: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== s.charCodeAt(start + k)) return false;
  return true;
}

export interface AnalyzerOptions {
  /** Distinct words (and parts) remembered before the caches start again; default CACHE_LIMIT (tests set it low). */
  cacheLimit?: number;
}

export function createAnalyzer(thesaurus: ThesaurusData, options: AnalyzerOptions = {}): Analyzer {
  const cacheLimit = options.cacheLimit ?? CACHE_LIMIT;
  /** The thesaurus trie (filled below): first base of an entry → its node. */
  const phraseStarts = new Map<string, PhraseNode>();
  // Everything the analysis needs to know of one raw part, worked out once per distinct part (bounded caches:
  // cleared when full, which changes nothing but the time).
  const parts = new Map<string, Part>();
  const part = (raw: string): Part => {
    let p = parts.get(raw);
    if (p === undefined) {
      const w = shortIes(britishSpelling(raw));
      // An irregular form's base is stemmed like any word ("bought" → buy → bui, as "buying" is).
      // Initials ("a&e") are no English word to stem.
      const b = INITIALS.test(w)
        ? w
        : stemmer((Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined) ?? classicalSingular(w) ?? w);
      p = {
        base: b,
        raw,
        stop: STOP_WORDS.has(raw),
        number: isNumber(raw),
        counted: undefined,
        phrases: phraseStarts.get(b),
      };
      if (parts.size >= cacheLimit) parts.clear();
      parts.set(raw, p);
    }
    return p;
  };
  const base = (raw: string): string => part(raw).base;

  /** A matched word (lower case) → its parts: possessive dropped, split at hyphens, lone letters left out. */
  const readWord = (matched: string): Part[] => {
    const ps: Part[] = [];
    const word = matched.replace(/'s$|s'$|'$/, (x) => (x === "s'" ? 's' : ''));
    // Initials joined by "&" ("A&E", "M&E", "R&D") are one word as they stand (joined, "me" would be a stop word).
    if (INITIALS.test(word)) return [part(word)];
    for (const raw of joinLetterPrefix(word.split(/[-&]/))) {
      // A lone letter is not a word to search for ("e.g.", "i.e.", "the U.S." initials).
      if (raw !== '' && !/^\p{L}$/u.test(raw)) ps.push(part(raw));
    }
    return ps;
  };
  const words = new WordTable(cacheLimit);

  // The parts of the text being analysed and the number of the word each came from (a hyphenated word's parts
  // share it), reused from text to text: `pieces` fills them and returns how many it wrote, followed by a word
  // number of -1 (no word), so that looking one past the last part needs no bounds check.
  const ps: Part[] = [];
  let ws = new Int32Array(256);
  const put = (found: Part[], n: number, w: number): number => {
    if (n + found.length >= ws.length) {
      const grown = new Int32Array((n + found.length) * 2);
      grown.set(ws);
      ws = grown;
    }
    for (const p of found) {
      ps[n] = p;
      ws[n++] = w;
    }
    return n;
  };

  /** Reads the text's parts into `ps` and `ws`; returns their number. */
  const pieces = (raw: string): number => {
    const text = raw.includes('&') ? joinSpacedInitials(raw) : raw;
    let n = 0;
    let w = 0;
    if (NON_ASCII.test(text)) {
      const normal = text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'");
      for (const m of normal.matchAll(WORD)) {
        const matched = m[0];
        let h = HASH_SEED;
        for (let k = 0; k < matched.length; k++) h = hashStep(h, matched.charCodeAt(k));
        let found = words.find(matched, 0, matched.length, h, false);
        if (found === undefined) {
          const key = own(matched);
          found = words.add(key, h, readWord(key));
        }
        n = put(found, n, w++);
      }
      ws[n] = -1;
      return n;
    }
    // ASCII text (curly single quotes aside): NFKC leaves it as it is, lower case is A-Z → a-z and WORD's classes
    // are then [a-z0-9]. Read with character codes, lower-cased (and `, ‘, ’ read as ') one by one, as WORD reads
    // the lower-cased text: a run of letters and digits, then any number of ', & or - each followed by another such
    // run. A word already read is found by its characters, without cutting it out of the text.
    const len = text.length;
    let i = 0;
    while (i < len) {
      let c = asciiLower(text.charCodeAt(i));
      if (!isAlnum(c)) {
        i++;
        continue;
      }
      const start = i++;
      let h = hashStep(HASH_SEED, c);
      while (i < len) {
        c = asciiLower(text.charCodeAt(i));
        if (isAlnum(c)) {
          h = hashStep(h, c);
          i++;
          continue;
        }
        if (c === 39 || c === 45 || c === 38) {
          const next = i + 1 < len ? asciiLower(text.charCodeAt(i + 1)) : 0;
          if (isAlnum(next)) {
            h = hashStep(hashStep(h, c), next);
            i += 2;
            continue;
          }
        }
        break;
      }
      let found = words.find(text, start, i, h, true);
      if (found === undefined) {
        const key = own(text.slice(start, i).toLowerCase().replace(/[`‘’]/g, "'"));
        found = words.add(key, h, readWord(key));
      }
      n = put(found, n, w++);
    }
    ws[n] = -1;
    return n;
  };
  /** The text's parts, as a new array. */
  const partsOf = (text: string): Part[] => ps.slice(0, pieces(text));

  // Thesaurus entries as runs of bases → canonical terms (first group wins on a clash), kept as a trie keyed by
  // base: a run is looked up by walking it, never by joining its bases into a key.
  const seen = new Set<string>();
  for (const group of thesaurus.groups) {
    const canonical = partsOf(group[0] ?? '')
      .filter((p) => !p.stop)
      .map((p) => p.base);
    for (const term of group) {
      const key = partsOf(term).map((p) => p.base);
      const k = key.join(' ');
      if (k !== '' && !seen.has(k)) {
        seen.add(k);
        let level = phraseStarts;
        let node: PhraseNode | undefined;
        for (const b of key) {
          node = level.get(b);
          if (!node) {
            node = {};
            level.set(b, node);
          }
          level = node.next ??= new Map();
        }
        if (node) node.canonical = canonical;
      }
    }
  }
  // The parts read so far were read before the trie was complete: forget them, so that every part's `phrases`
  // is its final trie node.
  parts.clear();
  words.clear();
  const generic = new Set(thesaurus.generic.flatMap((g) => analyze(g)));

  function analyze(text: string, sink?: (t: QueryTerm) => void): string[] {
    const n = pieces(text);
    const terms: string[] = [];
    let i = 0;
    while (i < n) {
      const first = ps[i] as Part;
      const w = ws[i] as number;
      // Only a run starting with the first base of some entry can match. A run must not start or end inside a
      // hyphenated word unless the whole word is covered; the longest run that is an entry wins.
      let len = 0;
      let canonical: string[] | undefined;
      if (first.phrases && !(i > 0 && ws[i - 1] === w)) {
        let node: PhraseNode | undefined = first.phrases;
        for (let l = 1; node; l++) {
          if (node.canonical && ws[i + l] !== ws[i + l - 1]) {
            len = l;
            canonical = node.canonical;
          }
          if (i + l >= n) break;
          node = node.next?.get((ps[i + l] as Part).base);
        }
      }
      if (canonical) {
        for (const t of canonical) terms.push(t);
        if (sink) {
          const run = ps.slice(i, i + len);
          const raw = run.map((p) => p.raw).join(' ');
          const bases = run.map((p) => p.base);
          const literal = canonical.every((t) => bases.includes(t));
          for (const term of canonical) sink({ term, raw, thesaurus: true, word: w, literal });
        }
        // The phrase's own words are terms too, in the phrase's word group: a thesaurus entry widens what a
        // phrase finds, it never hides the words the source (or the asker) actually wrote.
        for (let j = i; j < i + len; j++) {
          const p = ps[j] as Part;
          if (p.stop || canonical.includes(p.base)) continue;
          terms.push(p.base);
          sink?.({ term: p.base, raw: p.raw, thesaurus: false, word: w, literal: true });
        }
        i += len;
        continue;
      }
      let end = i + 1;
      while (end < n && ws[end] === w) end++;
      if (end - i > 1) {
        let joined = '';
        let numbered = false;
        for (let j = i; j < end; j++) {
          const p = ps[j] as Part;
          joined += p.raw;
          numbered ||= p.number;
        }
        // The joined form's term reads a number word as its numeral: "four-day" and "4-day" are one term. Only a
        // word with a number among its parts needs reading so (most hyphenated words have none).
        const b = base(numbered ? joinNumerals(ps.slice(i, end).map((p) => p.raw)) : joined);
        terms.push(b);
        sink?.({ term: b, raw: joined, thesaurus: false, word: w, literal: true });
        for (let j = i; j < end; j++) {
          const s = ps[j] as Part;
          if (s.raw.length > 2 && !s.stop) {
            terms.push(s.base);
            sink?.({ term: s.base, raw: s.raw, thesaurus: false, word: w, literal: true });
          }
        }
      } else if (!first.stop) {
        terms.push(first.base);
        sink?.({ term: first.base, raw: first.raw, thesaurus: false, word: w, literal: true });
      }
      i = end;
    }
    // In indexed text, a counted noun is also a term of its own ("86 studies", "17,950 students" → the
    // counted terms of studi, student), so that "how many studies" finds the passage that gives the count.
    if (!sink) {
      for (let j = 1; j < n; j++) {
        if (!(ps[j - 1] as Part).number) continue;
        // the noun, or the noun after one modifier ("35 primary studies")
        for (let k = j; k <= j + 1 && k < n; k++) {
          const p = ps[k] as Part;
          if (p.number || p.stop) continue;
          p.counted ??= countedTerm(p.base);
          terms.push(p.counted);
        }
      }
    }
    return terms;
  }

  return {
    analyze,
    source: { thesaurus, cacheLimit },
    queryTerms: (text) => {
      const seen = new Map<string, QueryTerm>();
      analyze(text, (t) => {
        const prior = seen.get(t.term);
        if (!prior || (t.thesaurus && !prior.thesaurus)) seen.set(t.term, t);
      });
      return [...seen.values()];
    },
    isGeneric: (term) => generic.has(term),
    forget: () => {
      parts.clear();
      words.clear();
    },
  };
}

/** The analyzer of a corpus: its thesaurus, and the acronyms its own text defines or uses (acronyms.ts). */
export function analyzerFor(corpus: Corpus): Analyzer {
  return createAnalyzer(withAcronyms(corpus));
}
