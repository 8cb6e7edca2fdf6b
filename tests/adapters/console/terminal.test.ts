/**
 * The console chat at a real (pseudo-)terminal: keys are typed through a pty (tests/adapters/console/
 * pty-session.py, Python's pty module), so readline runs in terminal mode exactly as for a person.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const PROMPT = 'evidence> ';
type Step = { wait: string; count?: number } | { send: string };

const dataDir = mkdtempSync(join(tmpdir(), 'console-pty-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing terminal control sequences
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');

function session(steps: Step[]): { output: string; status: number; timedOut: boolean } {
  const r = spawnSync(
    'python3',
    [
      'tests/adapters/console/pty-session.py',
      JSON.stringify(steps),
      '--',
      process.execPath,
      '--import',
      'tsx',
      'src/main.ts',
    ],
    {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dataDir,
        DATA_DIR: dataDir,
        NODE_ENV: 'test',
        TERM: 'xterm',
      },
      timeout: 90_000,
    },
  );
  if (r.status !== 0) throw new Error(`pty-session failed: ${r.stderr}`);
  const result = JSON.parse(r.stdout) as { output: string; status: number; timedOut: boolean };
  return { ...result, output: plain(result.output) };
}

describe('the console chat at a terminal', () => {
  it('Ctrl-C drops a half-typed line for a fresh prompt; the next line is answered alone', () => {
    const r = session([
      { wait: PROMPT },
      { send: `what about the weather${CTRL_C}` },
      { wait: PROMPT, count: 2 },
      { send: 'sources\r' },
      { wait: 'Cite as:' },
      { wait: PROMPT, count: 3 },
      { send: CTRL_D },
    ]);
    expect(r.timedOut).toBe(false);
    expect(r.output).toContain(`${PROMPT}what about the weather^C\n${PROMPT}`);
    expect(r.output).not.toContain('No evidence found');
    expect(r.output).toContain('Cite as:');
    expect(r.status).toBe(0);
  });

  it('Ctrl-C at an empty prompt leaves, ending on a new line', () => {
    const r = session([{ wait: PROMPT }, { send: CTRL_C }]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(0);
    expect(r.output.endsWith(`${PROMPT}\n`)).toBe(true);
  });

  it('Ctrl-D at an empty prompt leaves, ending on a new line', () => {
    const r = session([{ wait: PROMPT }, { send: CTRL_D }]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(0);
    expect(r.output.endsWith(`${PROMPT}\n`)).toBe(true);
  });

  it('an empty line gets a short hint, not the whole help', () => {
    const r = session([{ wait: PROMPT }, { send: '\r' }, { wait: PROMPT, count: 2 }, { send: 'quit\r' }]);
    expect(r.timedOut).toBe(false);
    expect(r.output).toContain('Type a question in your own words, or "help"');
    expect(r.output).not.toContain('cite <author, year or key>');
    expect(r.status).toBe(0);
  });
});
