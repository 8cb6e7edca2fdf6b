/**
 * The EvidenceService: the one port every adapter calls. Cleans the input, recognises commands (cite,
 * sources, help), searches, decides between an answer and "no evidence found", and returns plain data.
 * It never throws for any input string: a fault inside becomes an error log and an `error` answer carrying the
 * log line's reference (never "no evidence found", which would be a false statement about the evidence).
 */
import type { Corpus } from '../corpus/types.js';
import { errorReference } from '../error-reference.js';
import { type Logger, silentLogger } from '../logger.js';
import { analyzerFor } from './analyzer.js';
import type {
  Answer,
  AnswerPassage,
  AskOptions,
  EvidenceService,
  HelpAnswer,
  Scope,
  SourceSummary,
} from './answer.js';
import { createCiter } from './cite.js';
import { exampleQuestion, HELP_COMMANDS, parseCommand } from './commands.js';
import { createCorrector } from './correction.js';
import { isEnglishWord } from './english.js';
import { cleanInput } from './input.js';
import { answerPassages, reviewLabel } from './passages.js';
import { allowDocuments, search } from './search.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';
import type { AbstentionThresholds } from './signals.js';
import { createSuggester } from './suggest.js';

export interface ServiceOptions {
  /** Passages per page (default 3). */
  limit?: number;
  logger?: Logger;
  /** A prebuilt index (see search-index.ts); built from the corpus when absent. */
  index?: SearchIndex;
  thresholds?: AbstentionThresholds;
}

export const DEFAULT_LIMIT = 3;

/** The question as the error answer repeats it: cleaned when cleaning works, else just cut. */
const cleanQuery = (input: string): string => {
  try {
    return cleanInput(input).text;
  } catch {
    return '';
  }
};
const MAX_LIMIT = 10;

const authorsText = (names: Corpus['documents'][number]['authors']) =>
  names.map((n) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ')).join(', ');

export function createEvidenceService(corpus: Corpus, options: ServiceOptions = {}): EvidenceService {
  const logger = options.logger ?? silentLogger;
  const analyzer = analyzerFor(corpus);
  const index = options.index ?? buildSearchIndex(corpus, analyzer);
  const passages = answerPassages(corpus);
  const suggester = createSuggester(corpus, analyzer);
  const citer = createCiter(corpus, passages);
  const corrector = createCorrector(() =>
    corpus.passages.map((p) => `${p.text}\n${p.headingPath.join('\n')}`),
  );
  const defaultLimit = options.limit ?? DEFAULT_LIMIT;
  // Load the English word table now rather than inside the first user's question (about 0.1–0.5 s).
  isEnglishWord('evidence');

  // Built on the first `sources` request: formatting every review's citation is not start-up work.
  let sources: SourceSummary[] | undefined;
  const sourcesList = (): SourceSummary[] => {
    if (!sources) sources = summarise();
    return sources;
  };
  const summarise = (): SourceSummary[] => {
    const counts = new Map<string, number>();
    for (const p of corpus.passages) counts.set(p.docId, (counts.get(p.docId) ?? 0) + 1);
    return corpus.documents.map((d) => ({
      id: d.id,
      title: d.title,
      documentType: d.documentType,
      authors: authorsText(d.authors),
      year: d.year,
      publisher: d.publisher,
      url: d.url,
      citation: d.citation,
      strength: { ...d.defaultStrength, from: { ...d.defaultStrength.from } },
      passageCount: counts.get(d.id) ?? 0,
      referenceCount: d.references.length,
      outsideFacts: [...d.outsideFacts],
    }));
  };
  // Per scope (a review set): its review ids, its search mask and its help examples, made on first use.
  interface Scoped {
    docs: ReadonlySet<string>;
    mask: Uint8Array;
    examples: string[];
  }
  const scopes = new Map<string, Scoped>();
  const scoped = (scope: Scope | undefined): Scoped | undefined => {
    if (scope === undefined) return undefined;
    const key = [...scope.documents].sort().join('\u0000');
    let s = scopes.get(key);
    if (!s) {
      const docs = new Set(scope.documents);
      s = {
        docs,
        mask: allowDocuments(index, docs),
        examples: suggester.complete('', 3, docs).map(exampleQuestion),
      };
      if (scopes.size >= 256) scopes.clear();
      scopes.set(key, s);
    }
    return s;
  };
  const examples = suggester.complete('', 3).map(exampleQuestion);
  // The review a suggested section title comes from (within the scope), as "Short title (year)".
  const labels = new Map(corpus.documents.map((d) => [d.id, reviewLabel(d)]));
  // (The suggester knows each title's reviews: a scan of every passage per suggestion cost ~1 ms at 100k.)
  const reviewOfTitle = (title: string, docs: ReadonlySet<string> | undefined): string => {
    const doc = suggester.reviewOf(title, docs);
    return (doc !== undefined && labels.get(doc)) || '';
  };

  const help = (
    query: string,
    reason: HelpAnswer['reason'],
    notices: HelpAnswer['notices'],
    within: Scoped | undefined,
  ): HelpAnswer => ({
    kind: 'help',
    query,
    notices,
    reason,
    commands: HELP_COMMANDS.map((c) => ({ ...c })),
    examples: [...(within?.examples ?? examples)],
  });

  function answerUnsafe(input: string, ask: AskOptions): Answer {
    const { text, notices } = cleanInput(input);
    const within = scoped(ask.scope);
    if (text === '') return help('', 'empty_question', notices, within);
    const command = parseCommand(text);
    switch (command.kind) {
      case 'help':
        return help(text, 'asked', notices, within);
      case 'sources':
        return {
          kind: 'sources',
          query: text,
          notices,
          documents: sourcesList()
            .filter((s) => within === undefined || within.docs.has(s.id))
            .map((s) => ({ ...s })),
          ...(ask.scope === undefined ? {} : { scope: ask.scope.name }),
        };
      case 'cite':
        return {
          kind: 'cite',
          query: text,
          notices,
          target: command.target,
          matches: citer.cite(command.target, within?.docs),
          known: citer.known(within?.docs),
        };
      case 'question': {
        const outcome = search(index, analyzer, command.text, {
          thresholds: options.thresholds,
          corrector,
          allowed: within?.mask,
        });
        if (!outcome.answerable) {
          // Suggestions only above a minimum relevance: titles containing a specific word of the asker's own
          // that the corpus has (not one reached through a synonym or a typo correction). A question of
          // generic words only ("children") may take titles with those; one whose specific words the corpus
          // lacks ("paracetamol dose for a child") gets none.
          const own = outcome.terms.filter((t) => t.via === 'asked');
          const specific = own.filter((t) => !t.generic && t.inCorpus);
          const missing = own.some((t) => !t.generic && !t.inCorpus);
          const anchors = new Set(
            (specific.length > 0 ? specific : missing ? [] : own.filter((t) => t.inCorpus)).map(
              (t) => t.term,
            ),
          );
          const suggestions =
            anchors.size === 0 ? [] : suggester.near(command.text, 3, anchors, within?.docs);
          const named = corpus.documents.length > 1 && suggestions.length > 0;
          const suggestionReviews = named
            ? suggestions.map((t) => reviewOfTitle(t, within?.docs))
            : undefined;
          return {
            kind: 'no_match',
            query: text,
            notices,
            suggestions,
            ...(suggestionReviews === undefined ? {} : { suggestionReviews }),
          };
        }
        const whole = (n: number | undefined, fallback: number) =>
          n !== undefined && Number.isFinite(n) ? Math.floor(n) : fallback;
        const limit = Math.min(MAX_LIMIT, Math.max(1, whole(ask.limit, defaultLimit)));
        const offset = Math.max(0, whole(ask.offset, 0));
        const shown: AnswerPassage[] = [];
        for (const hit of outcome.hits.slice(offset, offset + limit)) {
          const p = passages.get(hit.id);
          if (p) shown.push({ ...p, score: Math.round(hit.score * 1000) / 1000 });
        }
        return {
          kind: 'answered',
          query: text,
          notices,
          passages: shown,
          page: { offset, limit, total: outcome.hits.length },
        };
      }
    }
  }

  return {
    answer(input, ask = {}) {
      try {
        return answerUnsafe(typeof input === 'string' ? input : '', ask);
      } catch (error) {
        const reference = errorReference();
        logger.error({ err: error, code: 'E_ANSWER_FAILED', reference }, 'answering failed');
        const query = typeof input === 'string' ? cleanQuery(input) : '';
        return { kind: 'error', query, notices: [], code: 'E_ANSWER_FAILED', reference };
      }
    },
    passage(id) {
      const p = passages.get(id);
      return p ? { ...p } : undefined;
    },
    suggest(prefix, limit = 25, scope) {
      const n = Math.min(25, Math.max(0, limit));
      return suggester.complete(cleanInput(prefix).text, n, scoped(scope)?.docs);
    },
  };
}
