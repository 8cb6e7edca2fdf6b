/**
 * The words a document itself uses, for deciding whether a line-break hyphen joins a word that was broken
 * ("inter-|vention" → "intervention") or belongs to a compound ("well-|being" stays "well-being").
 */
import { zipf } from '../retrieval/english.js';

export class Vocabulary {
  private readonly words = new Set<string>();

  constructor(texts: Iterable<string>) {
    for (const t of texts) {
      // A hyphen directly before a line break is the question, not evidence: leave those out.
      for (const m of t.replace(/-\n/g, ' ').matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
        this.words.add(m[0].toLowerCase());
      }
    }
  }

  /** The document writes this word (hyphenated or not) somewhere else. */
  uses(word: string): boolean {
    return this.words.has(word.toLowerCase());
  }

  /** English writes the two parts as one word: the joined word is known, and either a part is not a word on
   * its own ("inter-|vention", "pro-|gramme") or the joined word is about as common as its parts
   * ("under-|standing"), unlike a compound of two common words ("well-|being": "wellbeing" is rare). */
  joinsInEnglish(a: string, b: string): boolean {
    const joined = zipf(a + b);
    if (joined === 0) return false;
    const za = zipf(a);
    const zb = zipf(b);
    return za === 0 || zb === 0 || joined >= Math.min(za, zb) - 1.5;
  }
}
