/**
 * The console adapter: an interactive chat on a terminal (readline with history, colour), or, with its input
 * piped, one answer per input line and exit at the end of input. Questions enter here as lines of text.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from '../../logger.js';
import type { EvidenceService } from '../../retrieval/answer.js';
import type { RunningAdapter } from '../adapter.js';
import { inert } from './inert.js';
import { renderAnswer } from './render.js';
import type { Style } from './style.js';
import { wrapText } from './wrap.js';

export interface ConsoleDeps {
  service: EvidenceService;
  logger: Logger;
  input: Readable & { isTTY?: boolean };
  output: Writable;
  style: Style;
  /** Interactive: a prompt and history. Otherwise each line is answered and the adapter ends with the input. */
  interactive: boolean;
  /** Where interactive history is kept between sessions (optional). */
  historyFile?: string;
  /** Shown once when an interactive session starts. */
  banner?: string;
}

export interface ConsoleAdapter extends RunningAdapter {
  /** Resolves when the input ends or the user quits. */
  readonly done: Promise<void>;
  /** How many answers so far were `error` (a fault while answering): a batch that had one exits non-zero. */
  failures(): number;
}

const HISTORY_SIZE = 500;

export const EMPTY_LINE_HINT = 'Type a question in your own words, or "help" for the commands and examples.';

/** Drops what readline holds as the current line (Node keeps it in the public `line` and `cursor` fields). */
function clearLine(rl: Interface): void {
  const state = rl as unknown as { line: string; cursor: number };
  state.line = '';
  state.cursor = 0;
}

function readHistory(file: string | undefined): string[] {
  if (!file) return [];
  try {
    // A history written by an older version may hold control characters: they are not replayed either.
    return readFileSync(file, 'utf8').split('\n').map(inert).filter(Boolean).slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

export function startConsoleAdapter(deps: ConsoleDeps): ConsoleAdapter {
  const { service, output, style, interactive } = deps;
  const rl = createInterface({
    input: deps.input,
    ...(interactive
      ? { output, terminal: true, history: readHistory(deps.historyFile), historySize: HISTORY_SIZE }
      : {}),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let last: { question: string; next: number } | undefined;
  let open = true;
  let failures = 0;
  // On a terminal, wrap to its width (read at each answer: the window may be resized).
  const columns = () => (output as Writable & { columns?: number }).columns;
  const write = (text: string) =>
    output.write(`${interactive ? wrapText(text, (columns() ?? 0) - 1) : text}\n\n`);

  // Whether the session ended on a line the user entered (quit): then the cursor is already on a new line.
  let quitByLine = false;
  const handle = (line: string) => {
    const text = line.trim();
    if (!interactive && text === '') return;
    if (/^(quit|exit|bye|:q)$/i.test(text)) {
      quitByLine = true;
      rl.close();
      return;
    }
    if (text === '') {
      write(EMPTY_LINE_HINT);
      if (open) rl.prompt();
      return;
    }
    if (interactive && deps.historyFile && text !== '') {
      try {
        mkdirSync(dirname(deps.historyFile), { recursive: true });
        appendFileSync(deps.historyFile, `${inert(text.replace(/\n/g, ' '))}\n`);
      } catch (err) {
        deps.logger.debug({ err }, 'could not save console history');
      }
    }
    if (/^(more|next)$/i.test(text)) {
      if (!last) {
        write('Ask a question first; "more" shows its next results.');
      } else {
        const a = service.answer(last.question, { offset: last.next });
        if (a.kind === 'answered' && a.passages.length > 0) {
          last = { question: last.question, next: last.next + a.passages.length };
          write(renderAnswer(a, style));
        } else write('No more results for that question.');
      }
    } else {
      const a = service.answer(text);
      if (a.kind === 'error') failures++;
      last = a.kind === 'answered' ? { question: a.query, next: a.passages.length } : undefined;
      write(renderAnswer(a, style));
    }
    if (interactive && open) rl.prompt();
  };

  const done = new Promise<void>((resolve) => {
    rl.on('close', () => {
      open = false;
      // Ctrl-D or Ctrl-C at the prompt leaves the cursor after it: end the session on a line of its own.
      if (interactive && !quitByLine) output.write('\n');
      resolve();
    });
  });
  rl.on('line', handle);
  // Ctrl-C as shells treat it: a half-typed line is dropped for a fresh prompt; at an empty prompt, leave.
  rl.on('SIGINT', () => {
    if (rl.line === '') {
      rl.close();
      return;
    }
    output.write('^C\n');
    clearLine(rl);
    rl.prompt();
  });
  if (interactive) {
    rl.setPrompt(style.bold('evidence> '));
    if (deps.banner) output.write(`${wrapText(deps.banner, (columns() ?? 0) - 1)}\n\n`);
    rl.prompt();
  }

  return {
    name: 'console',
    done,
    async stop() {
      rl.close();
      await done;
    },
    health: () => ({ connected: open }),
    failures: () => failures,
  };
}
