/**
 * Answer values for renderer tests: small factories and fast-check arbitraries (including hostile and huge
 * text). Platform-neutral: the Slack and Discord suites both use them.
 */
import fc from 'fast-check';
import { strengthOf } from '../../src/corpus/annotations.js';
import { declaredScale, FIVE_LEVEL, GRADE, type Scale } from '../../src/corpus/scales.js';
import type { StrengthLevel, TableRow } from '../../src/corpus/types.js';
import type {
  AnsweredAnswer,
  AnswerPassage,
  AnswerStrength,
  CiteAnswer,
  ErrorAnswer,
  HelpAnswer,
  NoMatchAnswer,
  SourceSummary,
  SourcesAnswer,
} from '../../src/retrieval/answer.js';

/** Text a user or a corpus could contain that must never become a live mention, broadcast or link. */
export const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '@here',
  '@everyone',
  '<@U0123ABCD>',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#C0123ABCD>',
  '<https://evil.example|click me>',
  '<!subteam^S0123|@team>',
  'a & b > c < d',
  // Discord's forms: masked links, command mentions, custom emoji, role and channel mentions.
  '[click me](https://evil.example)',
  '</evidence:123456789012345678>',
  '<:emoji:123456789012345678>',
  '<#123456789012345678>',
];

/** A scale a review could declare (EEF padlocks), beside the built-in ones: the contract covers every scale. */
export const PADLOCKS: Scale = declaredScale({
  id: 'eef-padlocks',
  name: 'EEF padlocks',
  levels: [
    { id: '5', words: '5 padlocks (EEF): very extensive evidence', common: 'strong' },
    { id: '3', words: '3 padlocks (EEF): moderate evidence', common: 'moderate' },
    { id: '1', words: '1 padlock (EEF): very limited evidence', common: 'insufficient' },
  ],
});
export const SCALES: readonly Scale[] = [FIVE_LEVEL, GRADE, PADLOCKS];

/** A strength on a scale (the five-level scale unless given), as the corpus layer builds it. */
export function strength(
  level: StrengthLevel | string = 'limited',
  caveat = 'The evidence base is small and mostly qualitative.',
  scale: Scale = FIVE_LEVEL,
  basis = 'Assessing the quality',
): AnswerStrength {
  return strengthOf(scale, level, caveat, basis, { kind: 'section', annotation: basis, line: 12 });
}

/** A summary-of-findings row, as the corpus layer reads it from a pipe table. */
export function tableRow(overrides: Partial<TableRow> = {}): TableRow {
  return {
    caption: 'Table 24: Summary GRADE quality assessment for housing outcomes',
    header: ['Outcomes', 'Relative effect (95% CI)', 'Certainty of the evidence (GRADE)'],
    cells: ['Experienced homelessness 24 months from baseline', '-0.20 SDs [-0.46, 0.05]', '⊕  Very low¹'],
    footnotes: ['¹ Downgraded two levels for risk of bias and one level for imprecision'],
    ...overrides,
  };
}

/** A table-row passage graded on GRADE from its certainty column. */
export function rowPassage(overrides: Partial<AnswerPassage> = {}): AnswerPassage {
  const table = overrides.table ?? tableRow();
  return passage({
    id: 'care-leavers#row1',
    text: `| ${table.cells.join(' | ')} |`,
    section: ['GRADE Assessments', 'Housing and homelessness'],
    references: [],
    strength: strength('very_low', 'Certainty of the evidence (GRADE): ⊕  Very low¹', GRADE, table.caption),
    table,
    ...overrides,
  });
}

export function passage(overrides: Partial<AnswerPassage> = {}): AnswerPassage {
  return {
    id: 'celcis-csrr-rer-2023#p1',
    text: 'Leadership at all levels was identified as critical to integration. Shared vision mattered (Feeley, 2021).',
    section: ['What we found', 'Leadership'],
    docId: 'celcis-csrr-rer-2023',
    documentTitle: "Children's Services Reform Research: rapid evidence review summary",
    citation: 'Porter, R. et al. (2023) Children’s Services Reform Research. CELCIS.',
    references: [
      {
        text: '(Feeley, 2021)',
        key: 'feeley2021',
        reference: 'Feeley, D. (2021) Adult Social Care: Independent Review. Edinburgh.',
      },
    ],
    strength: strength(),
    role: 'finding',
    score: 12.5,
    ...overrides,
  };
}

export function answered(
  passages: AnswerPassage[] = [passage()],
  overrides: Partial<AnsweredAnswer> = {},
): AnsweredAnswer {
  return {
    kind: 'answered',
    query: 'what helps integration?',
    notices: [],
    passages,
    page: { offset: 0, limit: 3, total: passages.length + 2 },
    ...overrides,
  };
}

export function noMatch(overrides: Partial<NoMatchAnswer> = {}): NoMatchAnswer {
  return {
    kind: 'no_match',
    query: 'quantum chromodynamics',
    notices: [],
    suggestions: ['Leadership', 'Workforce', 'Data sharing'],
    ...overrides,
  };
}

export function cite(overrides: Partial<CiteAnswer> = {}): CiteAnswer {
  const p = passage();
  return {
    kind: 'cite',
    query: 'cite Feeley',
    notices: [],
    target: 'Feeley',
    matches: [
      {
        docId: p.docId,
        documentTitle: p.documentTitle,
        key: 'feeley2021',
        reference: 'Feeley, D. (2021) Adult Social Care: Independent Review. Edinburgh.',
        bibtex:
          '@report{feeley2021, author = {Feeley, D.}, title = {Adult Social Care: Independent Review}, year = {2021}}',
        ris: 'TY  - RPRT\nID  - feeley2021\nER  - ',
        passages: [p],
      },
    ],
    known: ['Feeley 2021', 'Fixsen and Blase 2019'],
    ...overrides,
  };
}

export function source(overrides: Partial<SourceSummary> = {}): SourceSummary {
  return {
    id: 'celcis-csrr-rer-2023',
    title: "Children's Services Reform Research: rapid evidence review summary",
    documentType: 'rapid evidence review',
    authors: 'Porter, R., Young, E. et al.',
    year: 2023,
    publisher: 'CELCIS',
    url: 'https://www.celcis.org/csrr',
    citation: 'Porter, R. et al. (2023) Children’s Services Reform Research. CELCIS.',
    strength: strength('moderate', 'Rapid review: searches were not exhaustive.', FIVE_LEVEL, 'Method'),
    passageCount: 40,
    referenceCount: 12,
    outsideFacts: ['From the full review: 87 sources.'],
    ...overrides,
  };
}

export function sources(docs: SourceSummary[] = [source()]): SourcesAnswer {
  return { kind: 'sources', query: 'sources', notices: [], documents: docs };
}

export function help(overrides: Partial<HelpAnswer> = {}): HelpAnswer {
  return {
    kind: 'help',
    query: 'help',
    notices: [],
    reason: 'asked',
    commands: [
      { usage: '/evidence <question>', description: 'Answer a question from the reviews.' },
      { usage: '/evidence cite <ref>', description: 'Passages that cite a study.' },
      { usage: '/evidence sources', description: 'The reviews I answer from.' },
    ],
    examples: ['What helps integration work?'],
    ...overrides,
  };
}

export function error(overrides: Partial<ErrorAnswer> = {}): ErrorAnswer {
  return {
    kind: 'error',
    query: 'what helps integration?',
    notices: [],
    code: 'E_ANSWER_FAILED',
    reference: 'ERR-7KQ2MZ',
    ...overrides,
  };
}

/** Any text: hostile strings, markup characters, emoji, newlines, and now and then something very long. */
export const anyText = (maxLength = 400): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength, unit: 'grapheme' }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.oneof(
            fc.constantFrom(...HOSTILE, '. ', '\n', '*', '_', '~', '`', '>'),
            // The source's emphasis, whole and broken.
            fc.constantFrom(
              '*service*',
              '**Email:**',
              '_team_',
              '**not closed',
              'a_b_c',
              '*<@123456789012345678>*',
            ),
            fc.lorem(),
          ),
          {
            maxLength: 30,
          },
        )
        .map((parts) => parts.join(' ')),
    },
    {
      weight: 1,
      arbitrary: fc
        .nat({ max: maxLength })
        .map((n) => 'Long sentence here. '.repeat(Math.ceil(n / 20)).slice(0, maxLength)),
    },
  );

const nonEmpty = (max = 200) => anyText(max).map((s) => (s.trim() === '' ? 'x' : s));

/** Any strength on any scale (built in or declared), its words now and then hostile or long. */
export function anyStrength(caveatMax: number, basisMax: number): fc.Arbitrary<AnswerStrength> {
  return fc.constantFrom(...SCALES).chain((scale) =>
    fc
      .record({
        level: fc.constantFrom(...scale.levels),
        caveat: nonEmpty(caveatMax),
        basis: anyText(basisMax),
        words: fc.option(nonEmpty(120), { nil: undefined, freq: 4 }),
      })
      .map(({ level, caveat, basis, words }) => {
        const s = strength(level.id, caveat, scale, basis);
        return words === undefined ? s : { ...s, words };
      }),
  );
}

/** Any findings-table row: header and cells of any text, cells beyond the header, footnotes. */
export const anyTableRow = (): fc.Arbitrary<TableRow> =>
  fc.record({
    caption: anyText(200),
    header: fc.array(anyText(60), { maxLength: 8 }),
    cells: fc.array(nonEmpty(400), { minLength: 1, maxLength: 9 }),
    footnotes: fc.array(nonEmpty(300), { maxLength: 6 }),
  });

export const anyPassage: fc.Arbitrary<AnswerPassage> = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,40}#[a-f0-9]{1,16}$/),
  text: nonEmpty(12_000),
  section: fc.array(anyText(120), { maxLength: 5 }),
  docId: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  documentTitle: nonEmpty(300),
  citation: nonEmpty(300),
  references: fc.array(
    fc.record({ text: nonEmpty(60), key: fc.string({ maxLength: 20 }), reference: nonEmpty(250) }),
    { maxLength: 4 },
  ),
  strength: anyStrength(300, 80),
  role: fc.constantFrom('finding' as const, 'about' as const, 'assessment' as const),
  score: fc.double({ min: 0, max: 100, noNaN: true }),
  table: fc.option(anyTableRow(), { nil: undefined }),
});

const notices = fc.array(
  fc.record({
    code: fc.constantFrom('truncated' as const, 'control_characters_removed' as const),
    message: nonEmpty(200),
  }),
  { maxLength: 2 },
);

export const anyAnswered: fc.Arbitrary<AnsweredAnswer> = fc
  .record({
    query: anyText(2_000),
    notices,
    passages: fc.array(anyPassage, { minLength: 1, maxLength: 10 }),
    extra: fc.nat(50),
  })
  .map(({ query, notices, passages, extra }) =>
    answered(passages, {
      query,
      notices,
      page: { offset: 0, limit: passages.length, total: passages.length + extra },
    }),
  );

export const anyNoMatch: fc.Arbitrary<NoMatchAnswer> = fc
  .record({ query: anyText(2_000), notices, suggestions: fc.array(nonEmpty(300), { maxLength: 3 }) })
  .map((r) => noMatch(r));

export const anyCite: fc.Arbitrary<CiteAnswer> = fc
  .record({
    target: anyText(300),
    matches: fc.array(
      fc.record({
        docId: fc.string({ maxLength: 30 }),
        documentTitle: nonEmpty(200),
        key: fc.string({ maxLength: 30 }),
        reference: nonEmpty(500),
        bibtex: fc.string({ maxLength: 300 }),
        ris: fc.string({ maxLength: 300 }),
        passages: fc.array(anyPassage, { minLength: 1, maxLength: 8 }),
      }),
      { maxLength: 4 },
    ),
    known: fc.array(nonEmpty(100), { maxLength: 60 }),
  })
  .map((r) => cite({ ...r, query: `cite ${r.target}` }));

export const anySources: fc.Arbitrary<SourcesAnswer> = fc
  .array(
    fc.record({
      title: nonEmpty(400),
      citation: nonEmpty(400),
      url: fc.webUrl(),
      authors: nonEmpty(200),
      strength: anyStrength(500, 50),
      outsideFacts: fc.array(nonEmpty(300), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((docs) => sources(docs.map((d) => source(d))));

export const anyError: fc.Arbitrary<ErrorAnswer> = fc
  .record({ query: anyText(2_000), notices })
  .map((r) => error(r));
