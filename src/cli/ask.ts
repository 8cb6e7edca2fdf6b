/**
 * `npm run --silent ask -- "question"`: one answer, as terminal text.
 * `npm run --silent ask -- --json "question"`: the same answer as one line of JSON.
 * `npm run --silent ask -- --json < questions.txt`: one JSON answer per input line, in order, and nothing else on
 * standard output (the batch contract; logs and errors go to standard error). Options: --limit N, --offset N,
 * --corpus DIR. The JSON shape is documented in the README. Misuse (an unknown option, no question) prints the
 * usage on standard error and exits 2.
 */
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { inert, jsonForTerminal } from '../adapters/console/inert.js';
import { answerToJson } from '../adapters/console/json.js';
import { renderAnswer } from '../adapters/console/render.js';
import { styleFor } from '../adapters/console/style.js';
import { wrapText } from '../adapters/console/wrap.js';
import { loadCore } from '../bootstrap.js';
import { CorpusError, formatProblem } from '../corpus/errors.js';
import { createPinoLogger, prettyAvailable } from '../logging/pino-logger.js';
import { DEFAULT_INDEX_FILE, indexCacheFile } from '../runtime/index-file.js';

const USAGE = 'Usage: npm run --silent ask -- [--json] [--limit N] [--offset N] [--corpus DIR] "question"';
const HELP = `${USAGE}

  "question"      one question (or "cite <author, year>", "sources", "help"), answered as text
  --json          the answer as one line of JSON; with no question, one JSON answer per line of input
  --limit N       passages per answer (default 3, at most 10)
  --offset N      skip the first N passages: --offset 3 shows the next results after the first three
  --corpus DIR    the reviews to answer from (default: CORPUS_DIR, or corpus/)
  --help, -h      this message
`;

/** Misuse: one line naming the problem and the usage, on standard error; exit status 2. */
function usageError(problem: string): never {
  process.stderr.write(`${problem}. ${USAGE}\n`);
  process.exit(2);
}

const parsed = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        offset: { type: 'string' },
        corpus: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    // node:util's message names the option ("Unknown option '--jsn'"), without its advice to use "--".
    return usageError((e as Error).message.split('. ')[0] ?? 'Invalid arguments');
  }
})();
const { values, positionals } = parsed;

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (!values.json && positionals.join(' ').trim() === '') {
  process.stderr.write(HELP);
  process.exit(2);
}

const number = (name: string, s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s.trim())) usageError(`--${name} needs a whole number, not "${s}"`);
  return Number.parseInt(s, 10);
};
const limit = number('limit', values.limit);
const offset = number('offset', values.offset);
const ask = {
  ...(limit === undefined ? {} : { limit }),
  ...(offset === undefined ? {} : { offset }),
};

// Warnings on standard error: readable lines on a terminal (as in the console chat), JSON when redirected.
const { logger } = createPinoLogger({
  level: process.env.LOG_LEVEL ?? 'warn',
  pretty: process.stderr.isTTY === true && prettyAvailable(),
  secrets: [],
});

try {
  const corpusDir = values.corpus ?? process.env.CORPUS_DIR ?? 'corpus';
  const { service } = await loadCore({
    corpusDir,
    logger,
    indexFile: DEFAULT_INDEX_FILE,
    cacheFile: indexCacheFile(corpusDir),
  });
  const question = positionals.join(' ');
  // Every answer goes through here: one that failed makes the run end non-zero (after the whole batch).
  let failures = 0;
  const answer = (text: string) => {
    const a = service.answer(text, ask);
    if (a.kind === 'error') failures++;
    return a;
  };
  if (values.json && positionals.length === 0) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    // Answers to the lines that arrived together are written together (batch throughput), and each is
    // written before the program waits for more input (a caller that asks one question and waits for its
    // answer gets it): the write is scheduled for when the lines at hand have been answered.
    const out: string[] = [];
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    };
    for await (const line of rl) {
      out.push(jsonForTerminal(answerToJson(answer(line))));
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    }
    flush();
  } else if (values.json) {
    process.stdout.write(`${jsonForTerminal(answerToJson(answer(question)))}\n`);
  } else {
    const text = renderAnswer(answer(question), styleFor(process.stdout), 'ask');
    const width = process.stdout.isTTY ? process.stdout.columns - 1 : undefined;
    process.stdout.write(`${wrapText(text, width)}\n`);
  }
  if (failures > 0) {
    process.stderr.write(
      `${failures} question${failures === 1 ? '' : 's'} could not be answered (see the log).\n`,
    );
    process.exitCode = 1;
  }
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  for (const p of e.problems) process.stderr.write(`${inert(formatProblem(p))}\n`);
  process.stderr.write('The corpus is broken; fix it (npm run corpus:check) and try again.\n');
  process.exitCode = 1;
}
