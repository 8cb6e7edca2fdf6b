/**
 * A corpus with an oversized passage, written to a temporary directory at test time (a Markdown fixture
 * in the repository would be reformatted by the linter). It is the documented example review plus two
 * findings: one sentence of about 6,200 characters (the chunker never splits a sentence, so it stays one
 * passage, longer than an embed description) and one whose text tries to ping and link.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLAUSE =
  'the visitors who came to the same family each week and who had time to build trust were valued by parents (Olds, 2006)';

export const HUGE_SENTENCE = `Visiting families at home worked in many ways, ${Array(50).fill(CLAUSE).join(', and ')}.`;
export const HOSTILE_SENTENCE =
  'Parents wrote @everyone and <@123456789012345678> in the group chat about home visiting, and [a link](https://evil.example) too.';

export function writeOversizedCorpus(): string {
  const example = readFileSync('tests/fixtures/corpus/valid/example-review.md', 'utf8')
    .replace('id: example-home-visiting-2024', 'id: oversized-example-2024')
    .replace(/^title: .*$/m, 'title: "An oversized example review (test fixture, not real evidence)"');
  const body = `${example.trimEnd()}\n\n### One enormous finding\n\n${HUGE_SENTENCE}\n\n### A hostile finding\n\n${HOSTILE_SENTENCE}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'evidence-oversized-'));
  writeFileSync(join(dir, 'oversized-review.md'), body);
  return dir;
}
