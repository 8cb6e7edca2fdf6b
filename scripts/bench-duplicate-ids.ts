/**
 * `npx tsx scripts/bench-duplicate-ids.ts [10000,20000]`: how long loading a review of N identical
 * passages takes (issue 14: id assignment probed -2, -3… one at a time, 20 s for 10k). Prints ms per size.
 */
import { buildCorpus } from '../src/corpus/load.js';

const sizes = (process.argv[2] ?? '10000,20000').split(',').map(Number);
const front = `---
id: duplicates
title: A review of repeated passages
document_type: rapid evidence review
authors:
  - { literal: Bench }
year: 2024
publisher: Bench
url: https://example.org/duplicates
strength:
  default:
    level: moderate
    caveat: The bench's own caveat.
    basis: Finding
---
`;
for (const n of sizes) {
  const body = '## Finding\n\nVisits worked best when the same visitor came each time.\n\n'.repeat(n);
  const started = performance.now();
  const corpus = buildCorpus([{ file: 'duplicates.md', source: front + body }]);
  const ms = performance.now() - started;
  const unique = new Set(corpus.passages.map((p) => p.id)).size;
  console.log(
    `${n} identical sections: ${corpus.passages.length} passages, ${unique} distinct ids, ${ms.toFixed(0)} ms`,
  );
}
