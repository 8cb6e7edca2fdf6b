/**
 * Contact details (src/retrieval/contacts.ts): which passages give a web address, an email address or a
 * telephone number, and what a question asking for one does with them (the facets in pipeline/facets.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzerFor } from '../../src/retrieval/analyzer.js';
import { contactTerms, EMAIL_TERM, PHONE_TERM, WEB_TERM } from '../../src/retrieval/contacts.js';
import { analyse } from '../../src/retrieval/pipeline/analyse.js';
import { search } from '../../src/retrieval/search.js';
import { buildSearchIndex } from '../../src/retrieval/search-index.js';
import { one } from '../corpus/helpers.js';
import { firstHeading } from './helpers.js';

describe('contactTerms', () => {
  it('marks a web address, an email address and a telephone number, each kind once', () => {
    expect(contactTerms('Visit: www.celcis.org.uk Email: celcis@strath.ac.uk Tel: 0141 444 8500')).toEqual([
      WEB_TERM,
      EMAIL_TERM,
      PHONE_TERM,
    ]);
    expect(contactTerms('See https://osf.io/8nea2/ and https://example.org.')).toEqual([WEB_TERM]);
    expect(contactTerms('Write to [spgrant@uoregon.edu](mailto:spgrant@uoregon.edu).')).toEqual([EMAIL_TERM]);
    expect(contactTerms('Call +44 141 444 8500 or +1-541-346-1234.')).toEqual([PHONE_TERM]);
    expect(contactTerms('Telephone: (541) 346 1234')).toEqual([PHONE_TERM]);
  });

  it('takes no figure, identifier or year range for a telephone number', () => {
    expect(contactTerms('ORCID 0000-0002-7775-3022')).toEqual([]);
    expect(contactTerms('SMD -0.20, 95% CI [-0.46, 0.05]; 819 (3), 24 months; p = 0.001')).toEqual([]);
    expect(contactTerms('Studies from 2015-2019 and 2010 2012 were included.')).toEqual([]);
    expect(contactTerms('Mobile phone use rose in 2019.')).toEqual([]);
    expect(contactTerms('an @everyone mention, the word www and a.b')).toEqual([]);
  });
});

describe('the contact facets', () => {
  const corpus = one({
    body: [
      '# Findings',
      '',
      '## Phones at school',
      '',
      'Pupils with a mobile phone slept less in every study.',
      '',
      '## For more information',
      '',
      'Visit www.example.org/mentoring or call 0141 444 8500. Write to mentoring@example.org.',
    ].join('\n'),
  });
  const analyzer = analyzerFor(corpus);
  const index = buildSearchIndex(corpus, analyzer);
  const kinds = (q: string) => analyse(analyzer, q).facets.map((f) => f.kind);
  const first = (q: string) => firstHeading(corpus, index, analyzer, q);

  it('are asked for by the words for contact details, not by their other senses', () => {
    expect(kinds('project website link')).toContain('web');
    expect(kinds('link to the full report')).toContain('web');
    expect(kinds('email address for the research team')).toContain('email');
    expect(kinds('what is their e-mail?')).toContain('email');
    expect(kinds('phone number')).toContain('phone');
    expect(kinds('How do I contact the authors?')).toContain('contact');
    expect(kinds('contact details please')).toContain('contact');
    expect(kinds('send me the link please')).toContain('web');
    expect(kinds('Is there a link between screen time and sleep?')).not.toContain('web');
    expect(kinds('social media and depression in teens - is there a link?')).not.toContain('web');
    expect(kinds("screen time and reading - what's the link")).not.toContain('web');
    expect(kinds('Does mobile phone use harm sleep?')).not.toContain('phone');
    expect(kinds('How often do children have contact with their parents?')).not.toContain('contact');
  });

  it('find the passage giving the details although it has none of the asker’s words', () => {
    // The other passage says "phone"; the answer does not.
    expect(first('phone number')).toBe('For more information');
    expect(first('How do I contact the authors?')).toBe('For more information');
    expect(first('the mentoring project website')).toBe('For more information');
    expect(first('their e-mail')).toBe('For more information');
    expect(search(index, analyzer, 'their e-mail').terms.map((t) => t.term)).toContain(EMAIL_TERM);
  });

  it('count the details given as the whole of what a two-word request asks for', () => {
    // "contact details", "phone number": one thing asked for (one word group), and the passage that gives it
    // answers all of it although it has neither word (no thesaurus to bridge them). Before, only the first
    // word's group was met, at a synonym's credit: "contact details" had 0.27 of its weight matched.
    for (const q of ['contact details', 'phone number', 'email address']) {
      const out = search(index, analyzer, q);
      expect(firstHeading(corpus, index, analyzer, q)).toBe('For more information');
      expect(out.top.weightedCoverage).toBeCloseTo(1);
      expect(out.top.coverage).toBe(1);
    }
    expect(analyse(analyzer, 'phone number').facets).toEqual([
      { kind: 'phone', trigger: 'phone', with: 'number' },
    ]);
    // the other words of the question still count on their own
    expect(search(index, analyzer, 'contact details for the housing team').top.coverage).toBeLessThan(1);
  });
});
