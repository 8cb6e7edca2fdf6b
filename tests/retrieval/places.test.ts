/**
 * Places (src/retrieval/places.ts, wordnet.ts `placeNames`): which names in a passage are places, and what a
 * "where" question does with them.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/load.js';
import { analyzerFor } from '../../src/retrieval/analyzer.js';
import { analyse } from '../../src/retrieval/pipeline/analyse.js';
import { namedPlaces, PLACE_TERM } from '../../src/retrieval/places.js';
import { search } from '../../src/retrieval/search.js';
import { loadSearchIndex, serialiseIndex } from '../../src/retrieval/search-index.js';
import { signals } from '../../src/retrieval/signals.js';
import { placeNames, releaseWordNet } from '../../src/retrieval/wordnet.js';
import { one, review } from '../corpus/helpers.js';
import { indexed } from './helpers.js';

const count = (text: string) => namedPlaces(text, placeNames()).length;

describe('namedPlaces', () => {
  it('keeps the place names when WordNet is released: a build reads them twice, each a scan of WordNet', () => {
    const names = placeNames();
    releaseWordNet();
    expect(placeNames()).toBe(names);
    expect(names.get('Australia')?.first).toBe(true);
  });

  it('counts each distinct place a text names, in one word or several, as written', () => {
    expect(
      count('Studies took place in Australia (25 studies), the United States (22) and New South Wales.'),
    ).toBe(3);
    expect(count('Most were in the US; others in the USA, in Canada, and again in Canada.')).toBe(2);
    expect(count("Australia's schools")).toBe(1);
    expect(namedPlaces('in Missouri', placeNames()).map((p) => p.name)).toEqual(['Missouri']);
  });

  it('does not take a common word, a person or part of another name for a place', () => {
    expect(count('Reading improved. Mobile phones were used.')).toBe(0); // towns, but mostly words
    expect(count('Darwin argued so.')).toBe(0); // a person before a city
    expect(count('Reading Research Quarterly; Washington State University')).toBe(0);
    expect(count('the Centre for Epidemiologic Studies Depression Scale')).toBe(0);
    expect(count('pooled OR 1.2, IN range')).toBe(0); // a state's postal code is no place
  });
});

describe('the place facet', () => {
  it('is asked for by "where were … done" and "which countries", not "where can I find"', () => {
    const kinds = (q: string) => analyse(analyzerFor(corpus), q).facets.map((f) => f.kind);
    expect(kinds('Where were the mentoring studies done?')).toContain('place');
    expect(kinds('In which countries did the trials take place?')).toContain('place');
    expect(kinds('Which states do the studies come from?')).toContain('place');
    expect(kinds('Where can I find the full report?')).not.toContain('place');
  });

  const corpus = one({
    body: [
      '# Findings',
      '',
      '## Mentoring and attendance',
      '',
      'Mentoring studies were done in schools, and the mentoring studies done later found that attendance rose.',
      '',
      '## Settings',
      '',
      'The mentoring studies were done in Australia, Canada, the United Kingdom and the United States.',
    ].join('\n'),
  });
  const { analyzer, index, heading } = indexed(corpus);

  it('finds the passage naming the places, above one sharing the question’s words more often', () => {
    const out = search(index, analyzer, 'Where were the mentoring studies done?');
    expect(heading(out.stages.ranked[0]?.id ?? '')).toBe('Settings');
    // without the facet the other passage wins on the asker's words
    const plain = search(index, analyzer, 'the mentoring studies done');
    expect(heading(plain.stages.ranked[0]?.id ?? '')).toBe('Mentoring and attendance');
  });

  it('ranks with the places only: they are no evidence that the question is covered', () => {
    const out = search(index, analyzer, 'Where were the mentoring studies done?');
    const place = out.terms.find((t) => t.term === PLACE_TERM);
    expect(place?.rankingOnly).toBe(true);
    expect(out.terms.filter((t) => t.group === place?.group).every((t) => t.rankingOnly)).toBe(true);
    const without = out.terms.filter((t) => !t.rankingOnly);
    const matched = new Set(out.terms.map((t) => t.term));
    expect(signals(out.terms, matched)).toEqual(signals(without, matched));
  });
});

describe('the word that asks for places ("which countries")', () => {
  const corpus = one({
    body: [
      '# Findings',
      '',
      '## Methods',
      '',
      'Mentoring differed across countries.',
      '',
      '## Attendance',
      '',
      'Attendance rose with mentoring in Australia.',
      '',
      '## Grades',
      '',
      'Grades rose in Canada and fell in France.',
      '',
      '## Behaviour',
      '',
      'Behaviour improved in Germany and Spain.',
      '',
      '## Settings',
      '',
      'The mentoring studies were done in Australia, Canada, the United Kingdom and the United States.',
    ].join('\n'),
  });
  const { analyzer, index, heading } = indexed(corpus);

  it('is answered by the passage naming countries, above those saying "countries"', () => {
    const out = search(index, analyzer, 'In which countries were the mentoring studies done?');
    const [first, second] = out.stages.ranked;
    expect(heading(first?.id ?? '')).toBe('Settings');
    // well clear of the passage that only says "countries" (without the place term in the word's group: 1.7×)
    expect(heading(second?.id ?? '')).toBe('Methods');
    expect((first?.score ?? 0) / (second?.score ?? 1)).toBeGreaterThan(2);
    // the place term stands in the word's own group, scored as the word
    const countries = out.terms.find((t) => t.raw === 'countries' && t.via === 'asked');
    const place = out.terms.find((t) => t.term === PLACE_TERM && t.group === countries?.group);
    expect(place?.boost ?? 1).toBeGreaterThan(1);
  });
});

/** A review whose settings passage names Canada and the United States, beside a decoy that repeats "mentoring trials". */
const MENTORING = {
  file: 'mentoring.md',
  source: review({
    id: 'mentoring',
    body: [
      '# Findings',
      '',
      '## Mentoring trials',
      '',
      'Mentoring trials with pupils ran in schools, and the mentoring trials that ran later found attendance rose.',
      '',
      '## Settings',
      '',
      'Mentoring trials took place in Canada and the United States.',
    ].join('\n'),
  }),
};

describe('places named otherwise than the corpus names them', () => {
  const named = (text: string) => namedPlaces(text, placeNames()).map((p) => p.synset);

  it('reads "US", "U.S.", "USA" and "United States" as one place, and "us" as no place', () => {
    const [us] = named('the United States');
    expect(us).toBeDefined();
    for (const text of ['in the US', 'in the U.S., schools', 'the USA.', 'United States of America'])
      expect(named(text)).toEqual([us]);
    expect(named('Tell us what helps us')).toEqual([]);
    expect(named('Studies in the U.S. and the UK.')).toHaveLength(2);
  });

  // Two reviews: the settings passage says "the United States"; a question says "US", which the analyzer
  // reads as the stop word "us". The decoy shares the question's other words more often.
  const corpus = buildCorpus([
    MENTORING,
    {
      file: 'tutoring.md',
      source: review({
        id: 'tutoring',
        body: ['# Findings', '', '## Tutoring', '', 'Tutoring in small groups raised reading scores.'].join(
          '\n',
        ),
      }),
    },
  ]);
  const { analyzer, index, first: top } = indexed(corpus);

  it('finds the passage naming the place by another name', () => {
    expect(top('Did any mentoring trials run in the US?')).toBe('Settings');
    expect(top('Did any mentoring trials run in the U.S.?')).toBe('Settings');
    // without the place the decoy wins on the asker's words
    expect(top('Did any mentoring trials run?')).toBe('Mentoring trials');
  });

  it('keeps the names with the index, so answering reads no WordNet and a reloaded index does the same', () => {
    expect(index.places.get('US')?.synset).toBe(index.places.get('United States')?.synset);
    expect(index.places.has('Australia')).toBe(false); // only the places this corpus names
    const reloaded = loadSearchIndex(serialiseIndex(index, 'h'), 'h');
    if (!reloaded) throw new Error('not reloaded');
    const q = 'Did any mentoring trials run in the US?';
    expect(search(reloaded, analyzer, q).stages.ranked).toEqual(search(index, analyzer, q).stages.ranked);
  });

  it('adds nothing for a place the corpus writes as the asker does, or for a question in capitals', () => {
    const terms = (q: string) => search(index, analyzer, q).terms.map((t) => t.term);
    expect(terms('Did any trials run in Canada?').some((t) => t.startsWith(`${PLACE_TERM}:`))).toBe(false);
    expect(terms('DID ANY TRIALS HELP US').some((t) => t.startsWith(`${PLACE_TERM}:`))).toBe(false);
    expect(terms('Did any trials run in the US?').some((t) => t.startsWith(`${PLACE_TERM}:`))).toBe(true);
  });
});

describe("a place's adjective", () => {
  it('reads "Australian" and "Canadian" as naming Australia and Canada', () => {
    const synset = (text: string) => namedPlaces(text, placeNames())[0]?.synset;
    expect(synset('Australian schools')).toBe(synset('schools in Australia'));
    expect(synset('a Canadian trial')).toBe(synset('Canada'));
    expect(synset('Reading improved')).toBeUndefined();
  });

  // The settings passage names Canada; the question asks for "Canadian" trials, a word the corpus also uses
  // once elsewhere (so the word alone is no way in). The decoy shares the question's other words more often.
  const corpus = buildCorpus([
    MENTORING,
    {
      file: 'tutoring.md',
      source: review({
        id: 'tutoring',
        body: [
          '# Findings',
          '',
          '## Tutoring',
          '',
          'Tutoring in small groups raised reading scores; a Canadian guideline recommends it.',
        ].join('\n'),
      }),
    },
  ]);
  const { index, first } = indexed(corpus);

  it('finds the passage naming the place for a question that gives its adjective', () => {
    expect(first('Were any of the mentoring trials Canadian?')).toBe('Settings');
    // without the adjective the decoy wins on the asker's words
    expect(first('Were any of the mentoring trials run?')).toBe('Mentoring trials');
    // kept with the index
    expect(index.places.get('Canadian')?.adjective).toBe(true);
    const reloaded = loadSearchIndex(serialiseIndex(index, 'h'), 'h');
    expect(reloaded?.places.get('Canadian')).toEqual(index.places.get('Canadian'));
  });
});
