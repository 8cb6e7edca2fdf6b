/**
 * Bounds on loading a corpus: ids for repeated passages assigned in one pass (same ids as before), a review
 * file over the size limit refused before parsing, and a file that cannot be read (a symlink loop) reported
 * like every other corpus problem, with its file and the reason.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { passageId } from '../../src/corpus/document.js';
import { CorpusError } from '../../src/corpus/errors.js';
import { buildCorpus, loadCorpus, MAX_REVIEW_FILE_BYTES } from '../../src/corpus/load.js';
import { review } from './helpers.js';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'evidence-limits-'));
  dirs.push(d);
  return d;
};

const problemsOf = async (dir: string) => {
  const e = await loadCorpus(dir).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(CorpusError);
  return (e as CorpusError).problems;
};

describe('passage ids', () => {
  it('number repeats -2, -3, … in order, and every id is unique', () => {
    const seen = new Map<string, number>();
    const ids = Array.from({ length: 5 }, () => passageId('doc', 'The  same\ntext.', seen));
    const base = ids[0] as string;
    expect(ids).toEqual([base, `${base}-2`, `${base}-3`, `${base}-4`, `${base}-5`]);
    expect(passageId('doc', 'the same text.', seen)).toBe(`${base}-6`);
    expect(passageId('doc', 'Other text.', seen)).not.toContain('-');
  });

  it('a review of 2,000 identical paragraphs gets a distinct id for every passage', () => {
    const body = `## Findings\n\n${'Visits worked best when the same visitor came each time.\n\n'.repeat(2000)}`;
    const corpus = buildCorpus([{ file: 'r.md', source: review({ body }) }]);
    const ids = corpus.passages.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids).toContain(`${ids[0]}-${ids.length}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('review files that cannot be loaded', () => {
  it('a file over the size limit is refused with its size and the limit, before parsing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.md'), review({ body: '## Findings\n\nA finding.\n' }));
    writeFileSync(join(dir, 'huge.md'), Buffer.alloc(MAX_REVIEW_FILE_BYTES + 1, 'a'));
    const problems = await problemsOf(dir);
    expect(problems).toEqual([
      expect.objectContaining({
        file: join(dir, 'huge.md'),
        message: expect.stringMatching(/10\.0 MB, over the 10 MB limit/),
      }),
    ]);
  });

  it('a symlink loop is a corpus problem naming the file, not an unexpected fault', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.md'), review({ body: '## Findings\n\nA finding.\n' }));
    symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
    symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
    const problems = await problemsOf(dir);
    expect(problems.map((p) => p.file).sort()).toEqual([join(dir, 'loop-a.md'), join(dir, 'loop-b.md')]);
    for (const p of problems) expect(p.message).toMatch(/symbolic link that loops/);
  });
});
