/**
 * Corpus reload without restart, over the real loader and index: a good edit is swapped in whole, a broken
 * one is rejected with every problem logged while the old index keeps answering, questions asked during a
 * reload are answered by exactly one generation, and bursts of changes cost at most two reloads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCore } from '../../src/bootstrap.js';
import { CorpusError, formatProblem } from '../../src/corpus/errors.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { loadCoreInBackground } from '../../src/runtime/background-load.js';
import { watchCorpus } from '../../src/runtime/corpus-watcher.js';
import { createReloader } from '../../src/runtime/reloader.js';
import { createSwappableService } from '../../src/runtime/swappable-service.js';
import { EXAMPLE_REVIEW, memoryLogger, tempCorpus, until } from './helpers.js';

const SLEEP_SECTION = `
### Effects on sleep

Three studies measured infant sleep duration. Visited families reported longer uninterrupted sleep at six months.
`;
const SLEEP_QUESTION = 'Does home visiting change infant sleep duration?';

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

async function setUp() {
  const corpus = tempCorpus();
  cleanup.push(corpus.remove);
  const file = join(corpus.dir, EXAMPLE_REVIEW);
  const original = readFileSync(file, 'utf8');
  const { logger, lines } = memoryLogger();
  let loads = 0;
  const load = () => {
    loads++;
    return loadCore({ corpusDir: corpus.dir, logger });
  };
  const holder = createSwappableService(await load());
  const reloader = createReloader({ corpusDir: corpus.dir, holder, load, logger });
  return { dir: corpus.dir, file, original, lines, holder, reloader, loads: () => loads };
}

describe('corpus reload', () => {
  it('swaps in a valid edit: the new passage answers, the hash changes, the reload is logged', async () => {
    const t = await setUp();
    const before = t.holder.current();
    expect(t.holder.service.answer(SLEEP_QUESTION).kind).toBe('no_match');

    writeFileSync(t.file, t.original + SLEEP_SECTION);
    const outcome = await t.reloader.reload('test');

    expect(outcome.kind).toBe('swapped');
    expect(t.holder.current().contentHash).not.toBe(before.contentHash);
    expect(t.holder.current().corpus.passages.length).toBe(before.corpus.passages.length + 1);
    const a = t.holder.service.answer(SLEEP_QUESTION);
    expect(a.kind).toBe('answered');
    if (a.kind === 'answered') expect(a.passages[0]?.text).toContain('uninterrupted sleep');
    expect(t.lines.find((l) => l.msg === 'corpus reloaded')).toMatchObject({ reason: 'test' });
  });

  it('does not rebuild when the content is unchanged (a touch, a no-op save)', async () => {
    const t = await setUp();
    writeFileSync(t.file, t.original);
    expect((await t.reloader.reload('touch')).kind).toBe('unchanged');
    expect(t.loads()).toBe(1);
  });

  it('rejects a broken edit whole: the old index keeps answering and every problem is logged', async () => {
    const t = await setUp();
    const served = t.holder.current();
    const good = t.holder.service.answer('what helps visits work');
    expect(good.kind).toBe('answered');

    const broken = t.original.replace(/^title: .*\n/m, '').replace(/^year: 2024$/m, 'year: soon');
    writeFileSync(t.file, broken + SLEEP_SECTION);
    const expected = await loadCorpus(t.dir).then(
      () => [],
      (e: unknown) => (e instanceof CorpusError ? e.problems : []),
    );
    expect(expected.length).toBeGreaterThanOrEqual(2);

    const outcome = await t.reloader.reload('broken edit');

    expect(outcome.kind).toBe('rejected');
    expect(t.holder.current()).toBe(served);
    expect(t.holder.service.answer('what helps visits work')).toEqual(good);
    expect(t.holder.service.answer(SLEEP_QUESTION).kind).toBe('no_match');
    const logged = t.lines.filter((l) => l.code === 'E_CORPUS_RELOAD_REJECTED' && typeof l.file === 'string');
    expect(logged.map((l) => l.msg)).toEqual(expected.map(formatProblem));
    const summary = t.lines.find(
      (l) => l.code === 'E_CORPUS_RELOAD_REJECTED' && l.problems === expected.length,
    );
    expect(summary?.msg).toContain('still serving the previous index');
    expect(summary?.serving).toBe(served.contentHash);

    // Fixing the file is picked up by the next reload.
    writeFileSync(t.file, t.original + SLEEP_SECTION);
    expect((await t.reloader.reload('fixed')).kind).toBe('swapped');
    expect(t.holder.service.answer(SLEEP_QUESTION).kind).toBe('answered');
  });

  it('answers every question during a reload from one whole generation, old or new', async () => {
    const t = await setUp();
    const oldIds = new Set(t.holder.current().corpus.passages.map((p) => p.id));
    writeFileSync(
      t.file,
      t.original.replace('Visits worked best', 'Home visits worked best') + SLEEP_SECTION,
    );

    const seen: Array<{ generation: 'old' | 'new' | 'mixed'; kind: string }> = [];
    let done = false;
    const ask = () => {
      for (const q of ['what helps visits work', SLEEP_QUESTION]) {
        const a = t.holder.service.answer(q, { limit: 10 });
        const ids = a.kind === 'answered' ? a.passages.map((p) => p.id) : [];
        const inOld = ids.filter((id) => oldIds.has(id)).length;
        const generation =
          ids.length === 0
            ? a.kind === 'no_match'
              ? 'old'
              : 'mixed'
            : inOld === ids.length
              ? 'old'
              : inOld === 0
                ? 'new'
                : 'mixed';
        seen.push({ generation, kind: a.kind });
      }
      if (!done) setImmediate(ask);
    };
    ask();
    const outcome = await t.reloader.reload('edit during questions');
    done = true;
    await new Promise((r) => setImmediate(r));

    expect(outcome.kind).toBe('swapped');
    expect(seen.some((s) => s.generation === 'mixed')).toBe(false);
    // Questions were answered while the new index was being built, and after the swap.
    expect(seen.filter((s) => s.generation === 'old').length).toBeGreaterThan(2);
    expect(seen.at(-1)?.generation).toBe('new');
    // The old answers' passage ids still resolve ("Show full passage" on an answer given before the swap).
    for (const id of oldIds) expect(t.holder.service.passage(id)).toBeDefined();
  });

  it('coalesces a burst of reload requests into at most two reloads, the last edit winning', async () => {
    const t = await setUp();
    writeFileSync(t.file, t.original + SLEEP_SECTION);
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((n) => t.reloader.reload(`burst ${n}`)));
    expect(t.loads() - 1).toBeLessThanOrEqual(2);
    expect(outcomes[0]?.kind).toBe('swapped');
    expect(t.holder.service.answer(SLEEP_QUESTION).kind).toBe('answered');
  });

  it('watches the directory and reloads once per burst of file changes (debounced)', async () => {
    const t = await setUp();
    const { logger } = memoryLogger();
    const calls: string[][] = [];
    const watcher = watchCorpus(
      t.dir,
      (files) => {
        calls.push(files);
        void t.reloader.reload('watch');
      },
      { logger, debounceMs: 150 },
    );
    cleanup.push(() => watcher.close());

    writeFileSync(t.file, `${t.original}\n`);
    writeFileSync(join(t.dir, 'thesaurus.yml'), 'groups:\n  - [visit, home visit]\n');
    writeFileSync(t.file, t.original + SLEEP_SECTION);
    await until(() => calls.length > 0);
    await t.reloader.idle();
    await new Promise((r) => setTimeout(r, 300));

    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(expect.arrayContaining([EXAMPLE_REVIEW, 'thesaurus.yml']));
    expect(t.holder.service.answer(SLEEP_QUESTION).kind).toBe('answered');
    expect(t.holder.current().corpus.thesaurus.groups.length).toBe(1);
  });
});

describe('corpus reload in a worker thread (what the running process uses)', () => {
  it('loads the same core as the main thread, and rejects a broken edit with the same problems', async () => {
    const t = await setUp();
    const { logger, lines } = memoryLogger();
    writeFileSync(t.file, t.original + SLEEP_SECTION);
    const inWorker = await loadCoreInBackground({ corpusDir: t.dir, logger });
    const onMain = await loadCore({ corpusDir: t.dir, logger });
    expect(lines.some((l) => l.code === 'E_INDEX_WORKER')).toBe(false);
    expect(inWorker.contentHash).toBe(onMain.contentHash);
    expect(inWorker.corpus).toEqual(onMain.corpus);
    for (const q of [SLEEP_QUESTION, 'what helps visits work', 'cite Olds', 'a recipe for bread'])
      expect(inWorker.service.answer(q)).toEqual(onMain.service.answer(q));

    writeFileSync(t.file, t.original.replace(/^title: .*\n/m, ''));
    const fromWorker = await loadCoreInBackground({ corpusDir: t.dir, logger }).catch((e: unknown) => e);
    const fromMain = await loadCore({ corpusDir: t.dir, logger }).catch((e: unknown) => e);
    expect(fromWorker).toBeInstanceOf(CorpusError);
    expect((fromWorker as CorpusError).problems).toEqual((fromMain as CorpusError).problems);
  });
});
