import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFeedbackStore,
  FEEDBACK_FILE,
  type FeedbackInput,
  formatSummary,
} from '../../src/feedback/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'feedback-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const vote = (over: Partial<FeedbackInput> = {}): FeedbackInput => ({
  platform: 'slack',
  question: 'what helps integration?',
  passageIds: ['doc#a', 'doc#b'],
  userId: 'U0SECRET1',
  channel: 'C1',
  vote: 'down',
  ...over,
});

describe('feedback store', () => {
  it('creates the data directory and database on first use, not before', () => {
    const dataDir = join(dir, 'nested', 'data');
    const store = createFeedbackStore({ dataDir });
    expect(existsSync(dataDir)).toBe(false);
    store.record(vote());
    expect(existsSync(join(dataDir, FEEDBACK_FILE))).toBe(true);
    store.close();
  });

  it('keeps votes durably, with a salted hash instead of the user id', () => {
    const a = createFeedbackStore({ dataDir: dir });
    const id = a.record(vote({ reason: 'Not relevant' }));
    a.close();
    const b = createFeedbackStore({ dataDir: dir });
    expect(b.summary().downvoted).toEqual([
      expect.objectContaining({
        question: 'what helps integration?',
        down: 1,
        up: 0,
        reasons: ['Not relevant'],
      }),
    ]);
    expect(b.addReason(id, 'Missing context')).toBe(true);
    expect(b.addReason(999, 'x')).toBe(false);
    expect(b.summary().downvoted[0]?.reasons).toEqual(['Missing context']);
    b.close();
    const bytes = readFileSync(join(dir, FEEDBACK_FILE)).toString('latin1');
    expect(bytes).not.toContain('U0SECRET1');
  });

  it('hashes the same user the same way, and differently with another salt', () => {
    const s1 = createFeedbackStore({ dataDir: join(dir, '1'), salt: 'one' });
    const s2 = createFeedbackStore({ dataDir: join(dir, '2'), salt: 'two' });
    for (const s of [s1, s2]) {
      s.record(vote());
      s.record(vote());
    }
    s1.close();
    s2.close();
    const hashes = (d: string) => {
      const out = execFileSync('node', [
        '-e',
        `const D=require('better-sqlite3');const db=new D(${JSON.stringify(join(d, FEEDBACK_FILE))});console.log(JSON.stringify(db.prepare('select user_hash from feedback').all().map(r=>r.user_hash)))`,
      ]);
      return JSON.parse(out.toString()) as string[];
    };
    const [a1, a2] = hashes(join(dir, '1'));
    const [b1] = hashes(join(dir, '2'));
    expect(a1).toBe(a2);
    expect(a1).not.toBe(b1);
    expect(a1).toMatch(/^[0-9a-f]{64}$/);
  });

  it('summarises the questions that got 👎 and the passages most often in them', () => {
    const store = createFeedbackStore({ dataDir: dir });
    store.record(vote({ question: 'Q1', passageIds: ['p1', 'p2'] }));
    store.record(vote({ question: 'q1 ', passageIds: ['p1'], reason: 'Too general' }));
    store.record(vote({ question: 'Q2', passageIds: ['p1', 'p3'] }));
    store.record(vote({ question: 'Q3', passageIds: ['p3'], vote: 'up' }));
    const s = store.summary();
    expect(s).toMatchObject({ total: 4, up: 1, down: 3 });
    expect(s.downvoted.map((q) => [q.down, q.up])).toEqual([
      [2, 0],
      [1, 0],
    ]);
    expect(s.downvoted[0]?.reasons).toEqual(['Too general']);
    expect(s.unhelpfulPassages).toEqual([
      { passageId: 'p1', down: 3, up: 0 },
      { passageId: 'p2', down: 1, up: 0 },
      { passageId: 'p3', down: 1, up: 1 },
    ]);
    const text = formatSummary(s);
    expect(text).toContain('3 👎');
    expect(text).toMatch(/3👎 0👍 {2}p1/);
    store.close();
  });

  it('prints the summary from `npm run feedback`, and says so when there is none', () => {
    const run = () =>
      execFileSync('npx', ['tsx', 'src/cli/feedback.ts', '--data-dir', dir], {
        encoding: 'utf8',
        env: { ...process.env },
      });
    expect(run()).toContain('No feedback yet');
    expect(existsSync(join(dir, FEEDBACK_FILE))).toBe(false);
    const store = createFeedbackStore({ dataDir: dir });
    store.record(vote({ question: 'Does co-location help?', passageIds: ['doc#x'] }));
    store.close();
    const out = run();
    expect(out).toContain('"Does co-location help?"');
    expect(out).toContain('doc#x');
  });
});
