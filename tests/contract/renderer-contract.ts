/**
 * The renderer contract every platform runs (Slack, Discord, …). A platform supplies an inspector that renders
 * an Answer and reads its own output back in neutral terms; the contract then checks the promises of the bot:
 *   - every passage shown is the source's own words (a verbatim prefix, cut only with "…" and a way to the
 *     full passage), carries its review citation, every study it cites, and its strength label and caveat;
 *   - the source's emphasis (`*service*`, `**Email:**`, `_word_`) is shown as the platform's emphasis on the
 *     words of each whole span (or, where the platform has none, the words alone), and every other character
 *     is shown as itself: the quote read back, emphasis removed, is the passage's text with its marks dropped,
 *     and its emphasised runs are the source's spans;
 *   - "no evidence" shows no passages and offers the suggestions; notices about the input are shown;
 *   - a fault is an apology with its error reference, never "no evidence found";
 *   - the platform's limits hold for any answer, however long or hostile its text;
 *   - nothing user-typed or corpus-supplied becomes a live mention, broadcast or link.
 *
 * Usage (in a *.test.ts): runRendererContract(myInspector)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type QuoteRun, quoteRuns, runsText } from '../../src/adapters/shared/quote-runs.js';
import { strengthLabel } from '../../src/adapters/shared/strength.js';
import { ELLIPSIS } from '../../src/adapters/shared/truncate.js';
import type { Answer, AnswerPassage } from '../../src/retrieval/answer.js';
import * as A from './answers.js';

export interface PassageView {
  /** The quoted text as the user reads it: platform markup, escaping and emphasis undone (`runsText(runs)`). */
  quote: string;
  /** The quote as the platform shows it: runs of plain, strong and emphasised text (`mark` not needed). */
  runs: QuoteRun[];
  /** All other text shown with this passage (citation, heading path, references, strength), markup undone. */
  attached: string;
}

export type ActionView =
  | { kind: 'more' }
  | { kind: 'full_passage'; passageId: string }
  | { kind: 'suggestion'; text: string }
  | { kind: 'feedback' }
  | { kind: 'other' };

/** A passage view from the runs read back from a platform's output. */
export const passageView = (runs: QuoteRun[], attached: string): PassageView => ({
  quote: runsText(runs),
  runs,
  attached,
});

export interface RendererInspector<R> {
  platform: string;
  /** 'shown': the source's emphasis is shown as emphasis; 'dropped': the platform shows its words alone. */
  emphasis: 'shown' | 'dropped';
  /**
   * What of a source text the platform can show at all (the console removes terminal control sequences, so
   * that no text acts on the terminal); the identity when it shows every character.
   */
  visible?(text: string): string;
  render(answer: Answer): R;
  /** Every piece of text the user can see, markup and escaping undone. */
  plainText(rendered: R): string;
  /** The passages shown, in order. */
  passages(rendered: R): PassageView[];
  /** The interactive elements (buttons, menus) in neutral terms. */
  actions(rendered: R): ActionView[];
  /** Human-readable descriptions of every platform limit the output breaks; empty when all hold. */
  limitViolations(rendered: R): string[];
  /** Mentions, broadcasts or links that the platform would make live; empty when none. */
  liveMentions(rendered: R): string[];
  /** true: every passage is shown whole however long (the console: a terminal has no length limit). */
  showsWhole?: boolean;
  /** false: the platform has no feedback buttons (the console); the contract then expects none. */
  feedback?: boolean;
  /** fast-check runs for the property tests (default 60). */
  numRuns?: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * What a passage must show, in the source's words: its text; for a findings-table row, each non-empty cell as
 * "header cell: row cell" (a cell beyond the header labelled "Column N"), one pair a line.
 */
function expectedQuote(source: AnswerPassage): string {
  const t = source.table;
  if (!t) return source.text;
  const pairs = t.cells
    .map((c, i) => [t.header[i]?.trim() || `Column ${i + 1}`, c.trim()])
    .filter(([, c]) => c !== '');
  return pairs.length === 0 ? source.text : pairs.map(([h, c]) => `${h}: ${c}`).join('\n');
}

/** Private-use marks around emphasised runs, so that text and emphasis are compared as one string. */
const OPEN = { strong: '\uE000', em: '\uE002' } as const;
const CLOSE = { strong: '\uE001', em: '\uE003' } as const;
const CLOSING = /[\uE001\uE003]$/;

/** Runs as one string: each emphasised run between its style's marks; adjacent runs of one style merged. */
function canonical(runs: readonly QuoteRun[]): string {
  return norm(
    runs
      .map((r) => (r.style === undefined ? r.text : `${OPEN[r.style]}${r.text}${CLOSE[r.style]}`))
      .join('')
      .replace(/\uE001\uE000|\uE003\uE002/g, ''),
  );
}

function expectVerbatim<R>(
  insp: RendererInspector<R>,
  view: PassageView,
  source: AnswerPassage,
  actions: ActionView[],
): void {
  const words = (insp.visible ?? ((t: string) => t))(expectedQuote(source));
  const runs = quoteRuns(words);
  const full = canonical(insp.emphasis === 'shown' ? runs : [{ text: runsText(runs) }]);
  expect(view.quote, 'quote is the words of the runs').toBe(runsText(view.runs));
  const shown = canonical(view.runs);
  if (shown === full) return;
  expect(shown.endsWith(ELLIPSIS), `a cut passage ends with "${ELLIPSIS}"`).toBe(true);
  // A span cut short keeps its style up to the cut: its closing mark is not part of the prefix.
  const kept = norm(shown.slice(0, -ELLIPSIS.length)).replace(CLOSING, '');
  expect(kept.length, 'a cut passage keeps some text').toBeGreaterThan(0);
  expect(full.startsWith(kept), 'the quote, emphasis included, is a verbatim prefix of the passage').toBe(
    true,
  );
  expect(actions, 'a cut passage offers the full passage').toContainEqual({
    kind: 'full_passage',
    passageId: source.id,
  });
}

function expectComplete<R>(
  insp: RendererInspector<R>,
  view: PassageView,
  source: AnswerPassage,
  actions: ActionView[],
): void {
  const attached = norm(view.attached);
  const seen = (text: string) => norm((insp.visible ?? ((t: string) => t))(text));
  expect(attached, 'the review citation is shown').toContain(seen(source.citation));
  expect(attached, 'the strength label is shown').toContain(seen(strengthLabel(source.strength)));
  expect(attached, "the level's own words are shown").toContain(seen(source.strength.words));
  expect(attached, 'the strength caveat is shown').toContain(seen(source.strength.caveat));
  if (source.table) {
    if (source.table.caption.trim() !== '')
      expect(attached, "a row's table caption is shown").toContain(seen(source.table.caption));
    // The notes are shown whole, or (beyond the platform's room for them) cut with "…" and the full passage.
    if (!source.table.footnotes.every((f) => attached.includes(seen(f)))) {
      expect(attached, "a row's cut table notes end with an ellipsis").toContain(ELLIPSIS);
      expect(actions, 'a row whose table notes are cut offers the full passage').toContainEqual({
        kind: 'full_passage',
        passageId: source.id,
      });
    }
  }
  for (const ref of source.references) {
    expect(attached, 'every study cited is shown').toContain(seen(ref.text));
    expect(attached, 'every study cited is shown in full').toContain(seen(ref.reference));
  }
}

/** Checks the passages shown are, in order, a non-empty prefix of `expected`, each verbatim and complete. */
function expectPassages<R>(insp: RendererInspector<R>, rendered: R, expected: AnswerPassage[]): void {
  const views = insp.passages(rendered);
  const actions = insp.actions(rendered);
  expect(views.length, 'at least one passage is shown').toBeGreaterThan(0);
  expect(views.length).toBeLessThanOrEqual(expected.length);
  views.forEach((view, i) => {
    const source = expected[i] as AnswerPassage;
    expectVerbatim(insp, view, source, actions);
    expectComplete(insp, view, source, actions);
  });
  if (views.length < expected.length) {
    expect(actions, 'passages left out for space are reachable through "more"').toContainEqual({
      kind: 'more',
    });
  }
}

function expectSafeAndWithinLimits<R>(insp: RendererInspector<R>, rendered: R): void {
  expect(insp.limitViolations(rendered)).toEqual([]);
  expect(insp.liveMentions(rendered)).toEqual([]);
}

export function runRendererContract<R>(insp: RendererInspector<R>): void {
  const numRuns = Number(process.env.CONTRACT_RUNS) || (insp.numRuns ?? 60);
  const property = <T>(arb: fc.Arbitrary<T>, check: (value: T) => void) =>
    fc.assert(fc.property(arb, check), { numRuns });

  describe(`renderer contract: ${insp.platform}`, () => {
    it('shows each passage verbatim with its citation, studies cited, strength and caveat', () => {
      const answer = A.answered([
        A.passage(),
        A.passage({
          id: 'd#p2',
          strength: A.strength('strong', 'Consistent across studies.'),
        }),
      ]);
      const r = insp.render(answer);
      expectPassages(insp, r, answer.passages);
      expect(insp.passages(r)).toHaveLength(2);
      expectSafeAndWithinLimits(insp, r);
    });

    it("shows the source's emphasis as the platform's emphasis, and every other mark as itself", () => {
      const text =
        'Staff said the *service* was easier to reach. **Email:** a_b, 5 * 3, ~x~, `code`, > q, _team_ work.';
      const p = A.passage({ text, references: [] });
      const row = A.rowPassage({
        id: 'd#row2',
        table: A.tableRow({ cells: ['**Housing**', '-0.20 *SDs*', '⊕  Very low¹'] }),
      });
      const r = insp.render(A.answered([p, row]));
      expectPassages(insp, r, [p, row]);
      const [view, rowView] = insp.passages(r);
      const styled = (v?: PassageView) => (v?.runs ?? []).filter((x) => x.style !== undefined);
      expect(norm(view?.quote ?? '')).toBe(
        'Staff said the service was easier to reach. Email: a_b, 5 * 3, ~x~, `code`, > q, team work.',
      );
      if (insp.emphasis === 'shown') {
        expect(styled(view).map((x) => [x.style, x.text])).toEqual([
          ['em', 'service'],
          ['strong', 'Email:'],
          ['em', 'team'],
        ]);
        expect(styled(rowView).map((x) => [x.style, x.text])).toEqual([
          ['strong', 'Housing'],
          ['em', 'SDs'],
        ]);
      } else {
        expect(styled(view)).toEqual([]);
        expect(styled(rowView)).toEqual([]);
      }
      expectSafeAndWithinLimits(insp, r);
    });

    it('offers more results when the page is not the last, and feedback on answers', () => {
      const r = insp.render(A.answered([A.passage()], { page: { offset: 0, limit: 1, total: 4 } }));
      expect(insp.actions(r)).toContainEqual({ kind: 'more' });
      if (insp.feedback !== false) expect(insp.actions(r)).toContainEqual({ kind: 'feedback' });
      const last = insp.render(A.answered([A.passage()], { page: { offset: 3, limit: 1, total: 4 } }));
      expect(insp.actions(last)).not.toContainEqual({ kind: 'more' });
    });

    it('cuts a long passage verbatim with an ellipsis and a way to the full passage (or shows it whole)', () => {
      const long = A.passage({ text: 'This sentence is part of a very long finding. '.repeat(400) });
      const r = insp.render(A.answered([long]));
      const [view] = insp.passages(r);
      if (insp.showsWhole) expect(norm(view?.quote ?? '')).toBe(norm(long.text));
      else expect(view?.quote.trim().endsWith(ELLIPSIS)).toBe(true);
      expectPassages(insp, r, [long]);
      expectSafeAndWithinLimits(insp, r);
    });

    it('says plainly when no evidence was found, attaches no passages and offers the suggestions', () => {
      const answer = A.noMatch();
      const r = insp.render(answer);
      expect(insp.passages(r)).toEqual([]);
      expect(insp.plainText(r).toLowerCase()).toMatch(/no evidence|nothing/);
      for (const s of answer.suggestions)
        expect(insp.actions(r)).toContainEqual({ kind: 'suggestion', text: s });
      expect(insp.actions(r)).not.toContainEqual({ kind: 'feedback' });
    });

    it('shows the passages that cite a study, each complete; and the known references when none match', () => {
      const answer = A.cite();
      const r = insp.render(answer);
      expectPassages(
        insp,
        r,
        answer.matches.flatMap((m) => m.passages),
      );
      expect(norm(insp.plainText(r))).toContain(norm(answer.matches[0]?.reference ?? ''));
      const none = insp.render(A.cite({ matches: [] }));
      expect(insp.passages(none)).toEqual([]);
      expect(insp.plainText(none)).toContain('Feeley 2021');
    });

    it("with several reviews, names each passage's review, and the review of each suggestion", () => {
      const review = 'Family Hubs Review (2021)';
      const r = insp.render(A.answered([A.passage({ review }), A.passage({ id: 'd#p2' })]));
      const [named, plain] = insp.passages(r);
      expect(norm(`${named?.attached ?? ''} ${insp.plainText(r)}`)).toContain(review);
      expect(norm(plain?.attached ?? '')).not.toContain(review);
      const none = insp.render(
        A.noMatch({
          suggestions: ['Leadership', 'Workforce'],
          suggestionReviews: [review, 'Other Review (2019)'],
        }),
      );
      expect(insp.plainText(none)).toContain(review);
      expect(insp.plainText(none)).toContain('Other Review (2019)');
    });

    it('says a fault is a fault: an apology with the logged reference, never "no evidence", no passages', () => {
      const answer = A.error({ reference: 'ERR-ABC234' });
      const r = insp.render(answer);
      const text = insp.plainText(r);
      expect(text).toContain('ERR-ABC234');
      expect(text.toLowerCase()).toMatch(/sorry|went wrong/);
      expect(text.toLowerCase()).not.toMatch(/no evidence/);
      expect(insp.passages(r)).toEqual([]);
      expect(insp.actions(r)).not.toContainEqual({ kind: 'feedback' });
      expect(insp.actions(r)).not.toContainEqual({ kind: 'more' });
      expectSafeAndWithinLimits(insp, r);
    });

    it('lists sources with their citation, strength and caveat; help lists the commands', () => {
      const answer = A.sources([
        A.source(),
        A.source({
          id: 'b',
          title: 'Second review',
          strength: A.strength('insufficient', 'Only two studies.'),
        }),
      ]);
      const text = norm(insp.plainText(insp.render(answer)));
      for (const d of answer.documents) {
        expect(text).toContain(norm(d.citation));
        expect(text).toContain(norm(strengthLabel(d.strength)));
        expect(text).toContain(norm(d.strength.caveat));
      }
      const helpText = insp.plainText(insp.render(A.help()));
      for (const c of A.help().commands) expect(helpText).toContain(c.usage);
    });

    it("shows every scale's level in the review's own words beside the common-order bar", () => {
      for (const scale of A.SCALES) {
        const passages = scale.levels.map((l, i) =>
          A.passage({ id: `d#${scale.id}-${i}`, strength: A.strength(l.id, `Caveat for ${l.id}.`, scale) }),
        );
        for (const p of passages) {
          const r = insp.render(A.answered([p]));
          expectPassages(insp, r, [p]);
          expect(norm(insp.passages(r)[0]?.attached ?? '')).toContain(norm(p.strength.words));
        }
      }
    });

    it('shows a findings-table row as label: value pairs, with its caption, footnotes and certainty', () => {
      const row = A.rowPassage();
      const r = insp.render(A.answered([row, A.passage({ id: 'd#p2' })]));
      expectPassages(insp, r, [row, A.passage({ id: 'd#p2' })]);
      const [view] = insp.passages(r);
      const quote = norm(view?.quote ?? '');
      expect(quote).toContain('Outcomes: Experienced homelessness 24 months from baseline');
      expect(quote).toContain('Certainty of the evidence (GRADE): ⊕ Very low¹');
      expect(quote, 'the raw pipe row is not shown').not.toContain('|');
      expect(norm(view?.attached ?? '')).toContain('▰▱▱▱ Very low certainty (GRADE)');
      expect(norm(view?.attached ?? '')).toContain('Downgraded two levels for risk of bias');
      expectSafeAndWithinLimits(insp, r);
      const wide = A.rowPassage({
        table: A.tableRow({
          header: Array.from({ length: 9 }, (_, i) => `Column head ${i}`),
          cells: Array.from({ length: 9 }, (_, i) => `Cell ${i}. ${'Long words in a cell. '.repeat(40)}`),
          footnotes: Array.from({ length: 8 }, (_, i) => `${i} Downgraded for imprecision. `.repeat(20)),
        }),
      });
      const rw = insp.render(A.answered([wide]));
      expectSafeAndWithinLimits(insp, rw);
      expectPassages(insp, rw, [wide]);
    });

    it("keeps a row's table notes, however many, or cuts them visibly and offers the full passage", () => {
      for (const [count, length] of [
        [12, 400],
        [20, 300],
        [40, 500],
      ] as const) {
        const notes = Array.from({ length: count }, (_, i) =>
          `${i + 1} Downgraded for imprecision. `.repeat(Math.ceil(length / 30)).trim(),
        );
        const row = A.rowPassage({ table: A.tableRow({ footnotes: notes }) });
        const r = insp.render(A.answered([row, A.passage({ id: 'd#p2' })]));
        expectSafeAndWithinLimits(insp, r);
        expectPassages(insp, r, [row, A.passage({ id: 'd#p2' })]);
        // At the least the notes that fit a platform's smallest room (1,500 characters) are shown whole.
        const attached = norm(insp.passages(r)[0]?.attached ?? '');
        for (const n of notes.slice(0, Math.floor(1_500 / (length + 20))))
          expect(attached).toContain(norm(n));
      }
    });

    it('shows notices about the input (e.g. the question was shortened)', () => {
      const message = 'Your question was shortened to 500 characters.';
      const r = insp.render(A.answered([A.passage()], { notices: [{ code: 'truncated', message }] }));
      expect(insp.plainText(r)).toContain(message);
    });

    it('never makes user or corpus text a live mention, broadcast or link', () => {
      for (const hostile of A.HOSTILE) {
        const p = A.passage({
          text: `Finding ${hostile} here.`,
          citation: `Cit ${hostile}`,
          section: [hostile],
        });
        for (const answer of [
          A.answered([p], { query: `why ${hostile}` }),
          A.noMatch({ query: hostile, suggestions: [hostile] }),
          A.cite({ target: hostile, known: [hostile] }),
          A.sources([A.source({ title: hostile, citation: hostile })]),
          A.error({ query: hostile }),
        ]) {
          expect(insp.liveMentions(insp.render(answer)), `${answer.kind} with ${hostile}`).toEqual([]);
        }
      }
    });

    it('holds every limit and keeps every shown passage complete, for any answered answer', () => {
      property(A.anyAnswered, (answer) => {
        const r = insp.render(answer);
        expectSafeAndWithinLimits(insp, r);
        expectPassages(insp, r, answer.passages);
      });
    });

    it('holds every limit for any no-match, cite, sources, error and help answer', () => {
      property(fc.oneof(A.anyNoMatch, A.anyCite, A.anySources, A.anyError), (answer) => {
        const r = insp.render(answer);
        expectSafeAndWithinLimits(insp, r);
        if (answer.kind === 'cite' && answer.matches.length > 0) {
          for (const view of insp.passages(r)) expect(norm(view.attached)).toMatch(/▰|▱/);
        }
      });
      expectSafeAndWithinLimits(insp, insp.render(A.help({ query: 'x'.repeat(10_000) })));
    });
  });
}
