/**
 * Per-server review sets in Discord, end to end through discord.js over six real reviews: in the scoped
 * server, answers and autocomplete never come from another set's reviews.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unmd } from '../../../src/adapters/discord/text.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import type { Corpus } from '../../../src/corpus/types.js';
import { createEvidenceService } from '../../../src/retrieval/service.js';
import { parseScopes } from '../../../src/scopes/load.js';
import { autocomplete, question, slash } from './events.js';
import { GUILD_ID, type Json } from './fake-discord.js';
import { type Harness, startHarness } from './harness.js';

const SCHOOL = 'hedco-four-day-school-week-2025';
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

let h: Harness;
let c: Corpus;
beforeAll(async () => {
  c = await loadCorpus('../shared/corpora/real');
  const scopes = parseScopes(
    'scopes.yml',
    `sets:\n  schools:\n    reviews: [${SCHOOL}]\ndiscord:\n  "${GUILD_ID}": schools\n`,
    c,
  );
  h = await startHarness({ service: createEvidenceService(c), scopes });
});
afterAll(() => h?.close());

describe('review sets in Discord', () => {
  it('a question in the scoped server is answered only from its set', async () => {
    for (const q of [
      'Does a four-day school week change student achievement?',
      'Does independent living support stop care leavers from becoming homeless?',
      'Does screen time harm children?',
    ]) {
      const d = (await h.interact(slash('ask', [question(q)]))).body.data;
      const shown = norm(unmd(JSON.stringify(d.embeds ?? [])));
      for (const doc of c.documents) {
        if (doc.id === SCHOOL) continue;
        expect(shown, `${q}: ${doc.id}`).not.toContain(norm(doc.title));
      }
    }
    const school = (
      await h.interact(slash('ask', [question('Does a four-day school week change student achievement?')]))
    ).body.data;
    expect((school.embeds ?? []).length).toBeGreaterThan(0);
  }, 30_000);

  it('autocomplete offers only the set’s section titles and words', async () => {
    const inSet = c.passages.filter((p) => p.docId === SCHOOL);
    const titles = new Set(inSet.map((p) => p.headingPath.at(-1)));
    const text = inSet.map((p) => p.text.toLowerCase()).join('\n');
    for (const typed of ['', 'care', 'anx', 'scre', 'stud']) {
      const choices = (await h.interact(autocomplete(typed))).body.data.choices as Json[];
      for (const ch of choices) {
        const value = String(ch.value);
        const last = value.split(' ').at(-1)?.toLowerCase() ?? '';
        expect(titles.has(value) || text.includes(last), `"${typed}" → "${value}"`).toBe(true);
      }
    }
    const open = createEvidenceService(c).suggest('care', 25);
    expect(open.length).toBeGreaterThan(0); // unscoped, "care" completes from the care-leavers review
  }, 30_000);
});
