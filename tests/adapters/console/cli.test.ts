/** The entry points as a user runs them: spawned processes (slow, so few). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = (args: string[], input: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', ...env },
    timeout: 60_000,
  });

describe('npm run ask -- --json (the batch contract)', () => {
  it('writes one JSON answer per input line, in order, and nothing else on standard output', () => {
    const questions = ['Is co-location enough on its own?', 'Recommend a good film', '', 'cite Fixen'];
    const r = tsx(['src/cli/ask.ts', '--json'], `${questions.join('\n')}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(questions.length);
    const answers = lines.map((l) => JSON.parse(l));
    expect(answers.map((a) => a.status)).toEqual(['answered', 'no_match', 'help', 'cite']);
    expect(answers.map((a) => a.query)).toEqual([
      'Is co-location enough on its own?',
      'Recommend a good film',
      '',
      'cite Fixen',
    ]);
    const first = answers[0].passages[0];
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['id', 'text', 'section', 'citation', 'references', 'strength', 'score']),
    );
    expect(Object.keys(first.strength)).toEqual([
      'level',
      'caveat',
      'basis',
      'scale',
      'scaleName',
      'scaleLevel',
      'words',
      'from',
    ]);
    expect(answers[1].passages).toEqual([]);
    expect(Array.isArray(answers[1].suggestions)).toBe(true);
  });
});

describe('npm run ask: misuse', () => {
  it('an unknown option gets one line of usage on standard error and exit 2, no stack trace', () => {
    const r = tsx(['src/cli/ask.ts', '--jsn', 'leadership'], '');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Unknown option '--jsn'\. Usage: npm run --silent ask -- \[--json\]/);
    expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
  });

  it("no question prints ask's own usage (no more or quit) and exits 2; so does a bad --offset", () => {
    const r = tsx(['src/cli/ask.ts'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--offset N');
    expect(r.stderr).toContain('--limit N');
    expect(r.stderr).not.toMatch(/\b(more|quit)\b/);
    const bad = tsx(['src/cli/ask.ts', '--offset', 'three', 'leadership'], '');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--offset needs a whole number');
  });
});

describe('npm run --silent ask -- --json, as the README runs it', () => {
  it("keeps standard output to the JSON alone, with npm's own output not muted by .npmrc", () => {
    expect(readFileSync('.npmrc', 'utf8')).not.toMatch(/^\s*loglevel\s*=\s*silent/m);
    const r = spawnSync('npm', ['run', '--silent', 'ask', '--', '--json', 'sources'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test' },
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '').status).toBe('sources');
  });
});

describe('npm start', () => {
  it('with piped input and no tokens, answers in the console and exits 0', () => {
    const r = tsx(['src/main.ts'], 'What is holistic practice?\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('The importance of holistic practice was a consistent theme');
    expect(r.stdout).toContain('Strength of evidence:');
  });

  it('loses no answer when a long piped session ends (output larger than a pipe buffer)', () => {
    // As `npm start < questions.txt | less` would run: input from a file, output into a pipe. Exiting before
    // standard output had drained once dropped about half of a 1,000-answer session.
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    const input = join(dir, 'questions.txt');
    writeFileSync(input, 'What is holistic practice?\n'.repeat(1000));
    try {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/main.ts < "${input}" | cat`], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test' },
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(r.status).toBe(0);
      expect(r.stdout.match(/^\[1\] /gm)).toHaveLength(1000);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('refuses to start on a broken corpus, naming file, line and field', () => {
    const r = tsx(['src/main.ts'], '', { CORPUS_DIR: 'tests/fixtures/corpus/broken' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tests\/fixtures\/corpus\/broken\/[\w.-]+\.md:\d+: [\w.[\]]+: /);
    expect(r.stderr).toContain('Refusing to start');
  });

  it('stops at once, naming the variable and where to get it, when a token is missing', () => {
    const r = tsx(['src/main.ts', '--check'], '', { SLACK_APP_TOKEN: 'xapp-1-A1-1-abc' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SLACK_BOT_TOKEN is missing');
    expect(r.stderr).toContain('OAuth & Permissions');
    expect(r.stderr).not.toContain('xapp-1-A1-1-abc');
  });
});
