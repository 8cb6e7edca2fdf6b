/**
 * The corpus watcher over the real file system and the real reloader: it survives the corpus directory
 * being deleted and recreated, or swapped by rename, says so in its state (what /healthz reports), logs
 * E_CORPUS_WATCH while the directory is gone, and falls back to polling when the platform cannot watch.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCore } from '../../src/bootstrap.js';
import { healthReport } from '../../src/health/report.js';
import { type CorpusWatcher, watchCorpus } from '../../src/runtime/corpus-watcher.js';
import { createReloader } from '../../src/runtime/reloader.js';
import { createSwappableService } from '../../src/runtime/swappable-service.js';
import { EXAMPLE_CORPUS, EXAMPLE_REVIEW, memoryLogger, until } from './helpers.js';

const SLEEP = `
### Effects on sleep

Three studies measured infant sleep duration. Visited families reported longer uninterrupted sleep at six months.
`;
const NAPS = `
### Effects on naps

Two studies measured daytime naps. Visited families reported more regular afternoon naps at nine months.
`;

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup.reverse()) c();
  cleanup = [];
});

async function setUp(options: { watchFn?: typeof import('node:fs').watch } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'evidence-watch-'));
  cleanup.push(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, 'corpus');
  cpSync(EXAMPLE_CORPUS, dir, { recursive: true });
  const original = readFileSync(join(dir, EXAMPLE_REVIEW), 'utf8');
  const { logger, lines } = memoryLogger();
  const load = () => loadCore({ corpusDir: dir, logger });
  const holder = createSwappableService(await load());
  const reloader = createReloader({ corpusDir: dir, holder, load, logger });
  const watcher: CorpusWatcher = watchCorpus(dir, () => void reloader.reload('watch'), {
    logger,
    debounceMs: 50,
    pollMs: 100,
    ...(options.watchFn ? { watchFn: options.watchFn } : {}),
  });
  cleanup.push(() => watcher.close());
  const answers = (q: string) => holder.service.answer(q).kind === 'answered';
  /** A fresh copy of the corpus with `extra` added, beside the live one. */
  const staged = (name: string, extra: string) => {
    const next = join(root, name);
    cpSync(EXAMPLE_CORPUS, next, { recursive: true });
    writeFileSync(join(next, EXAMPLE_REVIEW), original + extra);
    return next;
  };
  return { root, dir, original, lines, watcher, answers, staged, reloader };
}

const SLEEP_Q = 'Does home visiting change infant sleep duration?';
const NAPS_Q = 'Do visits change daytime naps?';

describe('corpus watcher', () => {
  it('survives the directory being deleted and recreated: later edits still reload', async () => {
    const t = await setUp();
    rmSync(t.dir, { recursive: true });
    await until(() => t.watcher.state().state === 'missing');
    expect(t.lines.some((l) => l.code === 'E_CORPUS_WATCH')).toBe(true);
    expect(
      healthReport(
        {
          phase: 'running',
          adapters: [],
          corpus: undefined,
          lastReload: undefined,
          watcher: t.watcher.state(),
        },
        1,
      ).body.watcher,
    ).toMatchObject({ state: 'missing' });

    renameSync(t.staged('next', SLEEP), t.dir);
    await until(() => t.answers(SLEEP_Q));
    expect(t.watcher.state().state).toBe('watching');

    // The new directory is watched: an ordinary edit after the swap reloads.
    writeFileSync(join(t.dir, EXAMPLE_REVIEW), t.original + SLEEP + NAPS);
    await until(() => t.answers(NAPS_Q));
  });

  it('survives a rename swap (new directory renamed over the old, as a deploy does)', async () => {
    const t = await setUp();
    renameSync(t.dir, join(t.root, 'old'));
    renameSync(t.staged('next', SLEEP), t.dir);
    await until(() => t.answers(SLEEP_Q));
    writeFileSync(join(t.dir, EXAMPLE_REVIEW), t.original + SLEEP + NAPS);
    await until(() => t.answers(NAPS_Q));
    expect(t.watcher.state().state).toBe('watching');
  });

  it('polls when the platform cannot watch, logging E_CORPUS_WATCH, and still reloads', async () => {
    const noWatch = (() => {
      throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), {
        code: 'ENOSPC',
      });
    }) as unknown as typeof import('node:fs').watch;
    const t = await setUp({ watchFn: noWatch });
    expect(t.watcher.state()).toMatchObject({ state: 'polling' });
    expect(t.lines.filter((l) => l.code === 'E_CORPUS_WATCH')).toHaveLength(1);
    // Polling compares sizes and times: make the edit visibly different.
    writeFileSync(join(t.dir, EXAMPLE_REVIEW), t.original + SLEEP);
    await until(() => t.answers(SLEEP_Q));
  });
});
