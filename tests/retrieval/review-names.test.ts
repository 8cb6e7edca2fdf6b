/** Answers name their review when more than one is loaded (short title and year); with one, nothing changes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnswer } from '../../src/adapters/console/render.js';
import { plainStyle } from '../../src/adapters/console/style.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { EvidenceService } from '../../src/retrieval/answer.js';
import { reviewLabel } from '../../src/retrieval/passages.js';
import { createEvidenceService } from '../../src/retrieval/service.js';

let many: EvidenceService;
let one: EvidenceService;
let labels: Map<string, string>;
beforeAll(async () => {
  const real = await loadCorpus('../shared/corpora/real');
  labels = new Map(real.documents.map((d) => [d.id, reviewLabel(d)]));
  many = createEvidenceService(real);
  one = createEvidenceService(await loadCorpus('corpus'));
});

describe('answers that name their review', () => {
  it('shortens a title to its main part and adds the year', () => {
    expect(
      reviewLabel({
        title: "Children's Services Reform Research: rapid evidence review summary",
        year: 2023,
      }),
    ).toBe("Children's Services Reform Research (2023)");
    expect(reviewLabel({ title: 'x'.repeat(80), year: 2020 })).toMatch(/^x{59}… \(2020\)$/);
  });

  it('with several reviews, each passage and each suggestion names its own review', () => {
    const a = many.answer('Does independent living support stop care leavers from becoming homeless?');
    if (a.kind !== 'answered') throw new Error(`not answered: ${a.kind}`);
    for (const p of a.passages) expect(p.review).toBe(labels.get(p.docId));
    const text = renderAnswer(a, plainStyle);
    expect(text).toContain(`[1] ${a.passages[0]?.review} › `);
    // ("depression in dogs" reaches "dogging", an adjective WordNet gives as similar to "continuous")
    const none = many.answer('depression in goldfish');
    if (none.kind !== 'no_match') throw new Error(`expected no evidence, got ${none.kind}`);
    expect(none.suggestions.length).toBeGreaterThan(0);
    expect(none.suggestionReviews).toHaveLength(none.suggestions.length);
    for (const r of none.suggestionReviews ?? []) expect([...labels.values()]).toContain(r);
    expect(renderAnswer(none, plainStyle)).toContain(`(${none.suggestionReviews?.[0]})`);
  });

  it('with one review, nothing changes', () => {
    const a = one.answer('Is co-location enough on its own?');
    if (a.kind !== 'answered') throw new Error('not answered');
    for (const p of a.passages) expect(p.review).toBeUndefined();
    const none = one.answer('leadership of school transport buses');
    if (none.kind === 'no_match') expect(none.suggestionReviews).toBeUndefined();
  });
});
