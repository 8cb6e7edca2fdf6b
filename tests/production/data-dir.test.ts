/**
 * An unusable DATA_DIR is found at start-up (and by --check), not at the first vote: the real process
 * refuses to start, exit 1, naming the store's path and the cause (EEXIST/ENOTDIR, SQLITE_NOTADB).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'evidence-datadir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(dataDir: string, args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      SLACK_BOT_TOKEN: 'xoxb-4242-4242-FAKEknownBOTtoken',
      SLACK_SIGNING_SECRET: 'FAKEknownSIGNINGsecret0123456789',
      SLACK_PORT: '0',
      // Nothing listens here: start-up must fail on DATA_DIR before it ever calls Slack.
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

const aFile = join(root, 'a-file');
writeFileSync(aFile, 'not a directory');
const notADb = join(root, 'not-a-db');
mkdirSync(notADb);
writeFileSync(join(notADb, 'feedback.sqlite'), 'this is not an SQLite database, just text '.repeat(200));

describe('an unusable DATA_DIR', () => {
  for (const [name, dir, cause] of [
    ['a file', aFile, /EEXIST|ENOTDIR/],
    ['a store that is not a database', notADb, /SQLITE_NOTADB/],
  ] as const) {
    for (const args of [['--check'], []]) {
      it(`${name}: ${args.join(' ') || 'start-up'} refuses with the path and the cause`, async () => {
        const { code, out } = await run(dir, args);
        expect(code).toBe(1);
        expect(out).toContain(join(dir, 'feedback.sqlite'));
        expect(out).toMatch(cause);
        expect(out).not.toMatch(/Slack did not accept|ECONNREFUSED/);
      }, 30_000);
    }
  }
});
