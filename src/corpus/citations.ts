/**
 * Inline author–year citations → references of the same document.
 *
 * Recognised forms: parenthetical "(Feeley, 2021)", "(Fixen and Blase, 2019)", "(Smith et al., 2020; Jones
 * 2018)"; narrative "Independent Care Review (2020)", "Feeley (2021)". A name matches a reference's first
 * author (family name, or an organisation's literal name) exactly or with one letter wrong, missing or extra,
 * so the source's own typos ("Fixen" for "Fixsen") still resolve.
 */
import type { Reference } from './types.js';

export interface FoundCitation {
  text: string;
  start: number;
  end: number;
  key: string | undefined;
}

const YEAR_PAREN = /\(([^()]{0,200}?)\b((?:1[89]|20)\d{2})[a-z]?\)/g;
const STOP = new Set(['and', 'et', 'al', 'see', 'also', 'eg', 'e.g', 'cf', 'in', 'the', 'of']);

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

function sameName(written: string, name: string): boolean {
  const a = written.toLowerCase();
  const b = name.toLowerCase();
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && editDistance(a, b, 1) <= 1;
}

const words = (s: string) => s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];

/** The words that must appear for a reference to match: its first author's family or literal name. */
function nameWords(ref: Reference): string[] {
  const first = ref.csl.author?.[0] ?? (ref.csl.editor as Reference['csl']['author'])?.[0];
  if (!first) return words(ref.csl.title);
  return words(first.literal ?? first.family ?? '');
}

function yearOf(ref: Reference): string | undefined {
  const y = ref.csl.issued?.['date-parts']?.[0]?.[0];
  return y === undefined ? undefined : String(y);
}

/** Does the run of written words contain the reference's name words in order (each fuzzily)? */
function containsName(written: string[], name: string[]): boolean {
  if (name.length === 0) return false;
  outer: for (let i = 0; i + name.length <= written.length; i++) {
    for (let j = 0; j < name.length; j++) {
      if (!sameName(written[i + j] ?? '', name[j] ?? '')) continue outer;
    }
    return true;
  }
  return false;
}

function resolve(written: string[], year: string, refs: Reference[]): string | undefined {
  for (const ref of refs) {
    if (yearOf(ref) === year && containsName(written, nameWords(ref))) return ref.key;
  }
  return undefined;
}

/** Every author–year citation in text, resolved where it can be. Offsets are into text. */
export function findCitations(text: string, refs: Reference[]): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const m of text.matchAll(YEAR_PAREN)) {
    const start = m.index;
    const inner = m[0].slice(1, -1);
    const parts = inner.split(';');
    const lone = parts.length === 1 && /^\s*(?:1[89]|20)\d{2}[a-z]?\s*$/.test(inner);
    if (lone) {
      // Narrative: the name stands before the parenthesis, in the same sentence.
      const before = text.slice(Math.max(0, start - 120), start);
      const sentence = before.split(/(?<!\b\p{Lu})[.!?]\s/u).pop() ?? before;
      const prior = words(sentence).slice(-8);
      const year = (m[2] ?? '').slice(0, 4);
      const key = resolve(prior, year, refs);
      if (key === undefined && !/[A-Z]/.test(prior.join(' '))) continue;
      const ref = refs.find((r) => r.key === key);
      const nameAt = ref ? locateName(text, start, nameWords(ref)) : start;
      found.push({
        text: text.slice(nameAt, start + m[0].length),
        start: nameAt,
        end: start + m[0].length,
        key,
      });
      continue;
    }
    for (const part of parts) {
      const y = /\b((?:1[89]|20)\d{2})[a-z]?\s*$/.exec(part.trim());
      if (!y?.[1]) continue;
      const written = words(part).filter((w) => !STOP.has(w.toLowerCase()));
      if (written.length === 0) continue;
      found.push({ text: m[0], start, end: start + m[0].length, key: resolve(written, y[1], refs) });
    }
  }
  return found;
}

/** Where the reference's name starts, looking back from a narrative citation's parenthesis. */
function locateName(text: string, parenStart: number, name: string[]): number {
  const first = name[0];
  if (!first) return parenStart;
  const window = text.slice(Math.max(0, parenStart - 120), parenStart);
  const base = parenStart - window.length;
  let best = parenStart;
  for (const m of window.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    if (sameName(m[0], first)) best = base + m.index;
  }
  return best;
}
