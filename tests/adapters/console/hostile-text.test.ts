/**
 * Text from a corpus or a user never acts on the terminal it is printed to: corpus:check, `ask` and the
 * console strip escape sequences and C0/C1 controls; `ask --json` keeps the text but writes those characters
 * as \u escapes; the console history file holds none. And `ask --json` answers each line as it arrives.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { inert, jsonForTerminal } from '../../../src/adapters/console/inert.js';
import { startConsoleAdapter } from '../../../src/adapters/console/repl.js';
import { plainStyle } from '../../../src/adapters/console/style.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { silentLogger } from '../../../src/logger.js';
import { createEvidenceService } from '../../../src/retrieval/service.js';
import { EXAMPLE_CORPUS, EXAMPLE_REVIEW } from '../../production/helpers.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const OSC_TITLE = '\u001b]0;pwned\u0007';
const CSI_8BIT = '\u009b31m';

const root = mkdtempSync(join(tmpdir(), 'evidence-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const corpusDir = join(root, 'corpus');
cpSync(EXAMPLE_CORPUS, corpusDir, { recursive: true });
const reviewFile = join(corpusDir, EXAMPLE_REVIEW);
writeFileSync(
  reviewFile,
  readFileSync(reviewFile, 'utf8')
    .replace(/^title: "(.*)"$/m, 'title: "\\e]0;pwned\\a$1"')
    .replace('Parents said a visitor', `Parents said a ${CSI_8BIT}visitor`),
);

const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test' };
const tsx = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    input,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });

describe('the fixture', () => {
  it('really carries an OSC sequence in its title and a C1 CSI in a passage', async () => {
    const corpus = await loadCorpus(corpusDir);
    expect(corpus.documents[0]?.title).toContain(OSC_TITLE);
    expect(corpus.passages.some((p) => p.text.includes(CSI_8BIT))).toBe(true);
  });
});

describe('inert and jsonForTerminal', () => {
  it('remove whole sequences and controls, keep tabs, newlines and text; JSON keeps the text escaped', () => {
    expect(inert(`a${OSC_TITLE}b\u001b[2Jc${CSI_8BIT}d\te\nf\u0000g\u0085h`)).toBe('abcd\te\nfgh');
    const json = jsonForTerminal({ t: `x${CSI_8BIT}\u001b\u2028y` });
    expect(json).toBe('{"t":"x\\u009b31m\\u001b\\u2028y"}');
    expect(JSON.parse(json)).toEqual({ t: `x${CSI_8BIT}\u001b\u2028y` });
    expect(CONTROL.test(json)).toBe(false);
  });
});

describe('what reaches a terminal', () => {
  it('corpus:check prints the title without its escape sequence', () => {
    const r = tsx(['src/cli/corpus-check.ts', corpusDir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"Home visiting for new parents');
    expect(CONTROL.test(r.stdout + r.stderr)).toBe(false);
  });

  it('ask --json escapes the C1 character (the text survives JSON.parse), and plain ask drops it', () => {
    const json = tsx(['src/cli/ask.ts', '--json', '--corpus', corpusDir, 'visitor who knew them']);
    expect(json.status).toBe(0);
    expect(CONTROL.test(json.stdout)).toBe(false);
    expect(json.stdout).toContain('\\u009b31m');
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain(CSI_8BIT);
    const text = tsx(['src/cli/ask.ts', '--corpus', corpusDir, 'visitor who knew them']);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('Parents said a visitor who knew them');
    expect(CONTROL.test(text.stdout)).toBe(false);
  });

  it('the console keeps no control character in its history file', async () => {
    const historyFile = join(root, 'history');
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const adapter = startConsoleAdapter({
      service: createEvidenceService(await loadCorpus(corpusDir)),
      logger: silentLogger,
      input: Object.assign(input, { isTTY: true }),
      output,
      style: plainStyle,
      interactive: true,
      historyFile,
    });
    input.write(`visits ${CSI_8BIT}and ${OSC_TITLE}trust\n`);
    input.write('quit\n');
    await adapter.done;
    const saved = readFileSync(historyFile, 'utf8');
    expect(saved).toMatch(/^visits .*trust\n$/);
    expect(CONTROL.test(saved.replaceAll('\n', ''))).toBe(false);
  });
});

describe('ask --json as a co-process', () => {
  it('answers one line at a time while its input stays open', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json'], { env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const lines = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer ${n} within 20 s; got: ${out}`)), 20_000);
        const check = () => {
          if (out.split('\n').filter(Boolean).length >= n) {
            clearTimeout(timer);
            child.stdout.off('data', check);
            resolve();
          }
        };
        child.stdout.on('data', check);
        check();
      });
    try {
      child.stdin.write('Is co-location enough on its own?\n');
      await lines(1);
      child.stdin.write('sources\n');
      await lines(2);
      const statuses = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).status);
      expect(statuses).toEqual(['answered', 'sources']);
    } finally {
      child.stdin.end();
      await new Promise((r) => child.on('exit', r));
    }
  }, 60_000);
});
