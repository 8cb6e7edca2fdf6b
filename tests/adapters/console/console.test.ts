import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnswer } from '../../../src/adapters/console/render.js';
import { startConsoleAdapter } from '../../../src/adapters/console/repl.js';
import { colourStyle, plainStyle } from '../../../src/adapters/console/style.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { silentLogger } from '../../../src/logger.js';
import type { EvidenceService } from '../../../src/retrieval/answer.js';
import { createEvidenceService } from '../../../src/retrieval/service.js';
import { faultyService } from '../../retrieval/faulty.js';

let service: EvidenceService;
beforeAll(async () => {
  service = createEvidenceService(await loadCorpus('corpus'));
});

async function runPiped(lines: string[], using: EvidenceService = service): Promise<string> {
  return (await runPipedAdapter(lines, using)).text;
}

async function runPipedAdapter(lines: string[], using: EvidenceService) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => {
    text += String(d);
  });
  const adapter = startConsoleAdapter({
    service: using,
    logger: silentLogger,
    input,
    output,
    style: plainStyle,
    interactive: false,
  });
  input.end(`${lines.join('\n')}\n`);
  await adapter.done;
  return { text, failures: adapter.failures() };
}

describe('console adapter, piped', () => {
  it('answers every line, skips blank ones, and ends with its input', async () => {
    const out = await runPiped(['Is co-location enough on its own?', '', 'What is the weather today?']);
    expect(out).toContain('co-location without the additional time');
    expect(out).toContain('No evidence found');
    // Every quoted finding carries its citation and strength caveat.
    expect(out).toContain('Source: Porter, R. et al. (2023)');
    expect(out).toContain('Strength of evidence: ▰▰▱▱ limited');
    expect(out.match(/No evidence found/g)).toHaveLength(1);
  });

  it('"more" shows the next page of the last question, without repeating a passage', async () => {
    const out = await runPiped(['integration', 'more']);
    const numbers = [...out.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1]));
    expect(numbers.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a fault while answering is an apology with its reference, counted so the session exits non-zero', async () => {
    const faulty = faultyService(await loadCorpus('corpus'));
    const run = await runPipedAdapter(['Is co-location enough?', 'sources', 'leadership'], faulty);
    expect(run.text.match(/Sorry, something went wrong.*ERR-[A-Z0-9]{6}/g)).toHaveLength(2);
    expect(run.text).not.toContain('No evidence found');
    expect(run.failures).toBe(2);
    expect((await runPipedAdapter(['leadership'], service)).failures).toBe(0);
  });

  it('says so when "more" has nothing to show', async () => {
    expect(await runPiped(['more'])).toContain('Ask a question first');
  });
});

describe('console rendering', () => {
  it('shows cited studies with their full reference', () => {
    const a = service.answer('How long does meaningful change take? Fixen and Blase');
    const out = renderAnswer(a, plainStyle);
    expect(out).toContain('Cites: (Fixen and Blase, 2019): Fixsen, D.L. and Blase, K.A. (2019)');
  });

  it('uses colour only with the colour style, and never passes control characters through', () => {
    const a = service.answer('holistic practice');
    expect(renderAnswer(a, plainStyle)).not.toContain('\u001b[');
    expect(renderAnswer(a, colourStyle)).toContain('\u001b[');
    const help = service.answer('cite \u001b[31mred');
    expect(renderAnswer(help, plainStyle)).not.toContain('\u001b[31m');
  });

  it('renders every kind of answer', () => {
    for (const q of ['help', '', 'sources', 'cite Feeley', 'cite nobody', 'cite', 'zzzz qqqq', 'rights']) {
      expect(renderAnswer(service.answer(q), plainStyle).length).toBeGreaterThan(10);
    }
  });
});

describe('the JSON form', () => {
  it('marks a fault status "error" with its code and reference, and no passages', async () => {
    const { answerToJson } = await import('../../../src/adapters/console/json.js');
    const a = faultyService(await loadCorpus('corpus')).answer('leadership');
    if (a.kind !== 'error') throw new Error(`expected an error answer, got ${a.kind}`);
    expect(answerToJson(a)).toEqual({
      query: 'leadership',
      status: 'error',
      passages: [],
      notices: [],
      code: 'E_ANSWER_FAILED',
      reference: a.reference,
    });
  });
});

describe('help in the console and in ask', () => {
  it('the chat lists "more" and "quit"; one ask run does not, and points to --offset for more', () => {
    const chat = renderAnswer(service.answer('help'), plainStyle);
    const ask = renderAnswer(service.answer('help'), plainStyle, 'ask');
    expect(chat).toMatch(/^ {2}more {3,}The next results/m);
    expect(chat).toMatch(/^ {2}quit {3,}Leave/m);
    expect(ask).not.toMatch(/^ {2}(more|quit) /m);
    expect(ask).toContain('cite <author, year or key>');
    const page = service.answer('integration');
    expect(renderAnswer(page, plainStyle, 'ask')).toContain('Use --offset 3 for the next results.');
    expect(renderAnswer(page, plainStyle)).toContain('Type "more" for the next results.');
  });

  it('wraps help with hanging indents at every width from 60 to 100 columns', async () => {
    const { wrapText } = await import('../../../src/adapters/console/wrap.js');
    const text = renderAnswer(service.answer('help'), colourStyle);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping colour codes
    const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
    const rows = strip(text).split('\n');
    const column = (rows.find((l) => l.startsWith('  sources ')) ?? '').search(/(?<= {3})\S/);
    expect(column).toBeGreaterThan(20);
    for (let width = 60; width <= 100; width++) {
      const lines = strip(wrapText(text, width)).split('\n');
      let hang: number | undefined;
      for (const line of lines) {
        expect(line.length, `width ${width}: ${line}`).toBeLessThanOrEqual(width);
        if (/^ {2}\S.*? {3,}\S/.test(line))
          hang = column; // a command row: continues under its description
        else if (/^ {2}- /.test(line))
          hang = 4; // an example: continues under its text
        else if (/^\S/.test(line) || line === '') hang = undefined;
        else if (hang !== undefined) expect(line.search(/\S/), `width ${width}: "${line}"`).toBe(hang);
      }
      expect(lines.length).toBeGreaterThan(rows.length); // something did wrap
      expect(strip(wrapText(text, width)).split(/\s+/).join(' ')).toBe(strip(text).split(/\s+/).join(' '));
    }
  });
});

describe('terminal wrapping', () => {
  it("wraps at the width, keeps each line's indentation, and changes no word", async () => {
    const { wrapText } = await import('../../../src/adapters/console/wrap.js');
    const a = service.answer('Is co-location enough on its own?');
    const text = renderAnswer(a, colourStyle);
    const wrapped = wrapText(text, 60);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping colour codes
    const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
    for (const line of strip(wrapped).split('\n')) {
      if (!line.includes(' ', line.search(/\S/))) continue; // a lone long word may stand alone
      expect(line.length).toBeLessThanOrEqual(60);
    }
    expect(strip(wrapped).split(/\s+/).join(' ')).toBe(strip(text).split(/\s+/).join(' '));
    expect(strip(wrapped)).toMatch(/\n {4}\S/); // continuation lines keep the quote's indentation
    expect(wrapText(text, undefined)).toBe(text);
  });
});
