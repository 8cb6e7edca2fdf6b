/** The scopes file: sets by review id or tag, places mapped to sets, and every problem with file, line, field. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/corpus/errors.js';
import { buildCorpus } from '../../src/corpus/load.js';
import { parseScopes, ScopesError } from '../../src/scopes/load.js';
import { review } from '../corpus/helpers.js';

const doc = (id: string, tags: string[]) => ({
  file: `${id}.md`,
  source: review({ id, body: '\n# Findings\n\nSome text that is quoted.\n' }).replace(
    'year: 2022',
    `year: 2022\ntags: [${tags.join(', ')}]`,
  ),
});
const corpus = buildCorpus([
  doc('alpha-review', ['children']),
  doc('beta-review', ['adults']),
  doc('gamma-review', []),
]);

const problems = (text: string): string[] => {
  try {
    parseScopes('scopes.yml', text, corpus);
  } catch (e) {
    if (e instanceof ScopesError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('no problems');
};

const VALID = `sets:
  kids:
    tags: [children]
  grown:
    reviews: [beta-review, gamma-review]
default: kids
slack:
  C0KIDS: kids
  C0GROWN: grown
discord:
  "111111111111111111": grown
  "222222222222222222": kids
`;

describe('the scopes file', () => {
  it('maps Slack channels, Discord servers and channels to their sets, and the rest to the default', () => {
    const t = parseScopes('scopes.yml', VALID, corpus);
    expect(t.slack('C0KIDS')).toEqual({ name: 'kids', documents: ['alpha-review'] });
    expect(t.slack('C0GROWN')).toEqual({ name: 'grown', documents: ['beta-review', 'gamma-review'] });
    expect(t.slack('C0OTHER')?.name).toBe('kids');
    expect(t.slack(undefined)?.name).toBe('kids');
    // A channel's own set wins over its server's.
    expect(t.discord('111111111111111111', '333333333333333333')?.name).toBe('grown');
    expect(t.discord('111111111111111111', '222222222222222222')?.name).toBe('kids');
    expect(t.discord(null, '999999999999999999')?.name).toBe('kids');
    expect(t.discord('111111111111111111', 'constructor')?.name).toBe('grown');
  });

  it('without a default, unlisted places see every review', () => {
    const t = parseScopes('scopes.yml', VALID.replace('default: kids\n', ''), corpus);
    expect(t.slack('C0OTHER')).toBeUndefined();
    expect(t.discord(null, null)).toBeUndefined();
  });

  it('an unknown review id, tag or set name is reported with file, line and field', () => {
    const text = `sets:
  kids:
    reviews: [alpha-review, no-such-review]
    tags: [elders]
default: nobody
slack:
  C0KIDS: kidz
`;
    expect(problems(text)).toEqual([
      'scopes.yml:3: sets.kids.reviews[1]: unknown review id "no-such-review" (no review in the corpus has it)',
      'scopes.yml:4: sets.kids.tags[0]: no review has the tag "elders"',
      'scopes.yml:5: default: no set called "nobody" (define it under sets)',
      'scopes.yml:7: slack.C0KIDS: no set called "kidz" (define it under sets)',
    ]);
  });

  it('bad fields and bad YAML are reported with their lines', () => {
    expect(problems('sets:\n  kids: {}\nslack:\n  general: kids\n')).toEqual([
      'scopes.yml:2: sets.kids: a set needs at least one review id (reviews) or tag (tags)',
      'scopes.yml:4: slack.general: a Slack channel id, such as C0123ABCD',
    ]);
    expect(
      problems('sets:\n  kids:\n    reviews: [alpha-review]\n  kids:\n    tags: [children]\n')[0],
    ).toMatch(/^scopes\.yml:4: \(file\): YAML: Map keys must be unique/);
    expect(problems('sets:\n  kids:\n    reviewz: [alpha-review]\n')[0]).toMatch(
      /^scopes\.yml:2: sets\.kids: /,
    );
  });
});
