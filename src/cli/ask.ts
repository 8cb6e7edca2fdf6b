/**
 * `npm run ask -- "question"`: one answer, as terminal text.
 * `npm run ask -- --json "question"`: the same answer as one line of JSON.
 * `npm run ask -- --json < questions.txt`: one JSON answer per input line, in order, and nothing else on
 * standard output (the batch contract; logs and errors go to standard error). Options: --limit N, --offset N,
 * --corpus DIR. The JSON shape is documented in the README.
 */
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answerToJson } from '../adapters/console/json.js';
import { renderAnswer } from '../adapters/console/render.js';
import { styleFor } from '../adapters/console/style.js';
import { wrapText } from '../adapters/console/wrap.js';
import { loadCore } from '../bootstrap.js';
import { CorpusError, formatProblem } from '../corpus/errors.js';
import { createPinoLogger } from '../logging/pino-logger.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    offset: { type: 'string' },
    corpus: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    'Usage: npm run ask -- [--json] [--limit N] [--offset N] [--corpus DIR] ["question"]\n' +
      'With --json and no question, reads one question per line from standard input.\n',
  );
  process.exit(0);
}

const { logger } = createPinoLogger({ level: process.env.LOG_LEVEL ?? 'warn', pretty: false, secrets: [] });
const number = (s: string | undefined) => (s === undefined ? undefined : Number.parseInt(s, 10));
const ask = {
  ...(number(values.limit) === undefined ? {} : { limit: number(values.limit) as number }),
  ...(number(values.offset) === undefined ? {} : { offset: number(values.offset) as number }),
};

try {
  const { service } = await loadCore({
    corpusDir: values.corpus ?? process.env.CORPUS_DIR ?? 'corpus',
    logger,
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
    const out: string[] = [];
    const flush = () => {
      if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    };
    for await (const line of rl) {
      out.push(JSON.stringify(answerToJson(answer(line))));
      if (out.length >= 256) flush();
    }
    flush();
  } else if (values.json) {
    process.stdout.write(`${JSON.stringify(answerToJson(answer(question)))}\n`);
  } else {
    const text = renderAnswer(answer(question), styleFor(process.stdout));
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
  for (const p of e.problems) process.stderr.write(`${formatProblem(p)}\n`);
  process.stderr.write('The corpus is broken; fix it (npm run corpus:check) and try again.\n');
  process.exitCode = 1;
}
