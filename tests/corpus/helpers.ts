/** Shared helpers for the corpus tests: tiny in-memory review files and fixture paths. */
import { CorpusError, formatProblem } from '../../src/corpus/errors.js';
import { buildCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';

/** Fixture directories, relative to the repository root (vitest's working directory). */
export const FIXTURES = 'tests/fixtures/corpus';
export const BROKEN = `${FIXTURES}/broken`;
export const VALID = `${FIXTURES}/valid`;
export const BUNDLED = 'corpus';

export const DEFAULT_CAVEAT = 'The review calls its evidence moderate overall.';

export interface ReviewOptions {
  id?: string;
  /** YAML lines for the `references:` list, already indented by two spaces per item. */
  references?: string;
  /** YAML lines for `strength.sections`, already indented. */
  sections?: string;
  preambleRole?: 'finding' | 'about';
  /** The default's basis; by default the body's first heading (a basis must name a heading). */
  basis?: string;
  /** The default's level (a level of `scale`). */
  level?: string;
  /** YAML lines inside `strength:` after the sections (scale, blocks, tables), already indented. */
  strength?: string;
  /** YAML lines at the top level of the front matter (e.g. `scales:`). */
  front?: string;
  body: string;
}

const firstHeading = (body: string) => /^#{1,6}[ \t]+(.+?)[ \t]*$/m.exec(body)?.[1];

/** A complete, valid corpus file around the given body. */
export function review(o: ReviewOptions): string {
  return [
    '---',
    `id: ${o.id ?? 'test-review'}`,
    'title: A test review',
    'document_type: rapid evidence review',
    'authors:',
    '  - { family: Tester, given: Tess }',
    'year: 2022',
    'publisher: Test Centre',
    'url: https://example.org/test',
    ...(o.references ? ['references:', o.references] : []),
    'strength:',
    '  default:',
    `    level: ${o.level ?? 'moderate'}`,
    `    caveat: ${DEFAULT_CAVEAT}`,
    `    basis: ${JSON.stringify(o.basis ?? firstHeading(o.body) ?? 'the whole review')}`,
    ...(o.preambleRole ? [`  preamble_role: ${o.preambleRole}`] : []),
    ...(o.sections ? ['  sections:', o.sections] : []),
    ...(o.strength ? [o.strength] : []),
    ...(o.front ? [o.front] : []),
    '---',
    o.body,
  ].join('\n');
}

/** Builds a one-file corpus; the file is called "test.md". */
export function one(o: ReviewOptions): Corpus {
  return buildCorpus([{ file: 'test.md', source: review(o) }]);
}

/** A sentence of exactly n words (n >= 2), ending with a full stop; `tag` makes it distinct. */
export function sentence(n: number, tag: string): string {
  const words = Array.from({ length: n - 1 }, (_, i) => (i === 0 ? 'Some' : 'word'));
  return `${words.join(' ')} ${tag}.`;
}

/** A paragraph of sentences with the given word counts. */
export function paragraph(counts: number[], tag: string): string {
  return counts.map((n, i) => sentence(n, `${tag}${i}`)).join(' ');
}

/** The problems of a one-file corpus, formatted "test.md:LINE: field: message" (throws if it loads clean). */
export function problems(o: ReviewOptions): string[] {
  try {
    buildCorpus([{ file: 'test.md', source: review(o) }]);
  } catch (e) {
    if (e instanceof CorpusError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('loaded without problems');
}
