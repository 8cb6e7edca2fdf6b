/**
 * Reads the console's output back in the renderer contract's neutral terms: piped (plain text, no colour, no
 * wrapping) and on a TTY (ANSI colour, wrapped to the terminal's width as the chat and `ask` do).
 *
 * A passage is its header line (`[n] …`, at the margin) and the indented lines under it, up to the next line
 * at the margin. On a TTY the quote is the text in the quote colour; piped, it is every line before the
 * passage's labelled lines (`Table:`, `Table note:`, `Source:`, `Cites:`, `Strength of evidence:`), which end
 * the passage in that order, one line each.
 */
import { inert } from '../../../src/adapters/console/inert.js';
import { renderAnswer } from '../../../src/adapters/console/render.js';
import { colourStyle, plainStyle } from '../../../src/adapters/console/style.js';
import { wrapText } from '../../../src/adapters/console/wrap.js';
import type { QuoteRun } from '../../../src/adapters/shared/quote-runs.js';
import type { Answer } from '../../../src/retrieval/answer.js';
import {
  type ActionView,
  type PassageView,
  passageView,
  type RendererInspector,
} from '../../contract/renderer-contract.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: reading ANSI codes back is this inspector's job
const SGR = /\u001b\[(\d*)m/g;
const strip = (s: string) => s.replace(SGR, '');

/** The SGR codes the console writes (style.ts): bold, dim, italic, their ends, and three colours. */
const OUR_CODES = new Set(['1', '2', '3', '22', '23', '33', '35', '36', '39']);
const QUOTE_ON = '\u001b[36m';
// biome-ignore lint/suspicious/noControlCharactersInRegex: reading ANSI codes back is this inspector's job
const ACCENTED = /^\u001b\[33m(.*?)\u001b\[39m/;
const QUOTE_OFF = '\u001b[39m';

/** Passage blocks: each header line and the lines under it, up to the next line at the margin. */
function passageBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const visible = strip(line);
    if (/^\S/.test(visible)) {
      current = /^\[\d+\] /.test(visible) ? [line] : undefined;
      if (current) blocks.push(current);
    } else current?.push(line);
  }
  return blocks;
}

/** Runs of a styled quote: bold (1 … 22) is strong, italic (3 … 23) is emphasised; indentation dropped. */
function ansiRuns(quote: string): QuoteRun[] {
  const runs: QuoteRun[] = [];
  let strong = false;
  let em = false;
  let at = 0;
  const push = (text: string) => {
    const t = text.replace(/^ {4}/gm, '');
    if (t === '') return;
    const style = strong ? 'strong' : em ? 'em' : undefined;
    runs.push(style === undefined ? { text: t } : { text: t, style });
  };
  for (const m of quote.matchAll(SGR)) {
    push(quote.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[1] === '1') strong = true;
    else if (m[1] === '22') strong = false;
    else if (m[1] === '3') em = true;
    else if (m[1] === '23') em = false;
  }
  push(quote.slice(at));
  return runs;
}

const LABELLED = [
  /^ {4}Strength of evidence: /,
  /^ {4}Cites: /,
  /^ {4}Source: /,
  /^ {4}Table note: /,
  /^ {4}Table: /,
];

/** Piped: the passage's labelled lines, read from its end in their order; the lines before them are the quote. */
function plainPassage(block: string[]): PassageView {
  const [header = '', ...lines] = block;
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  let end = lines.length;
  const take = (re: RegExp, many: boolean) => {
    while (end > 0 && re.test(lines[end - 1] ?? '')) {
      end--;
      if (!many) return;
    }
  };
  take(LABELLED[0] as RegExp, false);
  take(LABELLED[1] as RegExp, true);
  take(LABELLED[2] as RegExp, false);
  take(LABELLED[3] as RegExp, true);
  take(LABELLED[4] as RegExp, false);
  const quote = lines
    .slice(0, end)
    .map((l) => l.replace(/^ {4}/, ''))
    .join('\n');
  return passageView(quote === '' ? [] : [{ text: quote }], [header, ...lines.slice(end)].join('\n'));
}

/** On a TTY: the quote is the text in the quote colour (the text's own escape codes were removed). */
function ttyPassage(block: string[]): PassageView {
  const text = block.join('\n');
  const from = text.indexOf(QUOTE_ON, text.indexOf('\n'));
  const to = text.indexOf(QUOTE_OFF, from);
  if (from < 0 || to < 0) return passageView([], strip(text));
  const quote = text.slice(from + QUOTE_ON.length, to);
  return passageView(ansiRuns(quote), strip(text.slice(0, from) + text.slice(to + QUOTE_OFF.length)));
}

function actions(text: string): ActionView[] {
  const plain = strip(text);
  const out: ActionView[] = [];
  if (/Type "more" for the next results\./.test(plain)) out.push({ kind: 'more' });
  const lines = text.split('\n');
  const from = lines.findIndex((l) => strip(l) === 'You could ask about:');
  if (from >= 0) {
    for (const line of lines.slice(from + 1)) {
      const item = /^ {2}- (.*)$/.exec(line)?.[1];
      if (item === undefined) break;
      // On a TTY the suggestion is in the accent colour, its review after it; piped, the whole item.
      const accented = ACCENTED.exec(item)?.[1];
      out.push({ kind: 'suggestion', text: accented ?? item });
    }
  }
  return out;
}

/** Escape sequences and control characters the console did not write itself: any would act on a terminal. */
function liveControls(text: string): string[] {
  const ours = text.replace(SGR, (all, code: string) => (OUR_CODES.has(code) ? '' : all));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this check's job
  return ours.match(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g)?.map((c) => `U+${c.charCodeAt(0)}`) ?? [];
}

/** A wrapped line wider than the terminal holds a single word (after its indentation or list marker). */
function widthViolations(text: string, width: number): string[] {
  return text.split('\n').flatMap((line, i) => {
    const visible = strip(line);
    const words = visible.trim().split(/ +/);
    return visible.length > width && words.length > 2 ? [`line ${i} is ${visible.length} > ${width}`] : [];
  });
}

export const TTY_WIDTH = 80;

export function consoleInspector(mode: 'piped' | 'tty'): RendererInspector<string> {
  const tty = mode === 'tty';
  return {
    platform: `console (${mode})`,
    emphasis: tty ? 'shown' : 'dropped',
    visible: inert,
    feedback: false,
    showsWhole: true,
    numRuns: 40,
    render: (answer: Answer) =>
      tty ? wrapText(renderAnswer(answer, colourStyle), TTY_WIDTH) : renderAnswer(answer, plainStyle),
    plainText: strip,
    passages: (text) => passageBlocks(text).map(tty ? ttyPassage : plainPassage),
    actions,
    limitViolations: (text) => [
      ...(tty ? widthViolations(text, TTY_WIDTH) : []),
      ...(!tty && text.includes('\u001b') ? ['an escape code in piped output'] : []),
    ],
    liveMentions: liveControls,
  };
}
