/**
 * The composition root: configuration → logger → health endpoint → corpus and index → the adapters whose
 * configuration is present (Slack, Discord, or both), or the console chat when none is. Then corpus reload
 * (file changes, SIGHUP) and graceful shutdown (SIGTERM, SIGINT). The only module that knows both the core
 * and the platforms.
 *
 *   npm start            run (console chat with no platform tokens set)
 *   npm start -- --check validate configuration and corpus, print what would start, exit
 *   node dist/main.js    the same from the build (uses the serialised index when it matches the corpus)
 */
import 'dotenv/config';
import { join } from 'node:path';
import type { RunningAdapter } from './adapters/adapter.js';
import { type ConsoleAdapter, startConsoleAdapter, styleFor } from './adapters/console/index.js';
import { inert } from './adapters/console/inert.js';
import { errorFields } from './adapters/shared/errors.js';
import { type LoadedCore, loadCore } from './bootstrap.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { CorpusError, formatProblem } from './corpus/errors.js';
import { corpusHealth, healthReport, type Phase } from './health/report.js';
import { type HealthServer, startHealthServer } from './health/server.js';
import { createPinoLogger, prettyAvailable } from './logging/pino-logger.js';
import { loadCoreInBackground } from './runtime/background-load.js';
import { type CorpusWatcher, watchCorpus } from './runtime/corpus-watcher.js';
import { DEFAULT_INDEX_FILE, indexCacheFile } from './runtime/index-file.js';
import { configuredPlatforms, startPlatforms } from './runtime/platforms.js';
import { createReloader, type Reloader } from './runtime/reloader.js';
import { createShutdown } from './runtime/shutdown.js';
import { corpusVersionSource, createSwappableService } from './runtime/swappable-service.js';
import { createScopeHolder, type ScopeHolder } from './scopes/holder.js';
import { loadScopes, ScopesError } from './scopes/load.js';

const check = process.argv.includes('--check');

function fail(lines: string[], code: number): never {
  // Corpus problems quote the corpus: nothing in them may act on the operator's terminal.
  for (const l of lines) process.stderr.write(`${inert(l)}\n`);
  process.exit(code);
}

/** Where the index being served came from, for --check. */
function indexSource(source: LoadedCore['index'], corpusDir: string): string {
  switch (source) {
    case 'prebuilt':
      return `prebuilt (${DEFAULT_INDEX_FILE})`;
    case 'cached':
      return `cached from the last start (${indexCacheFile(corpusDir)})`;
    case 'built':
      return 'built at start-up';
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  fail([e.message, 'See .env.example for every variable.'], 2);
}

const platforms = configuredPlatforms(config);
const consoleMode = platforms.length === 0;
const secrets = [
  config.slack?.botToken,
  config.slack?.appToken,
  config.slack?.signingSecret,
  config.discord?.token,
];
const { logger, flush } = createPinoLogger({
  // In the console chat, logs would interleave with answers: only warnings and errors, on standard error.
  level: consoleMode && config.logLevel === 'info' ? 'warn' : config.logLevel,
  pretty: process.stderr.isTTY === true && config.env !== 'production' && prettyAvailable(),
  secrets: secrets.filter((s): s is string => s !== undefined),
});

// Anything unexpected goes through the logger, which redacts secrets, never straight to standard error.
const crash = (kind: string) => (err: unknown) => {
  logger.error({ ...errorFields(err), kind }, 'unexpected fault; exiting');
  flush();
  process.exit(1);
};
process.on('uncaughtException', crash('uncaughtException'));
process.on('unhandledRejection', crash('unhandledRejection'));

let phase: Phase = 'starting';
let holder: ReturnType<typeof createSwappableService> | undefined;
let reloader: Reloader | undefined;
let watcher: CorpusWatcher | undefined;
const adapters: RunningAdapter[] = [];

let health: HealthServer | undefined;
if (!check && config.healthPort !== undefined) {
  health = await startHealthServer({
    port: config.healthPort,
    report: () =>
      healthReport(
        {
          phase,
          adapters,
          corpus: corpusHealth(holder?.current()),
          lastReload: reloader?.last(),
          watcher: watcher?.state(),
        },
        process.uptime(),
      ),
  }).catch((err: unknown) => {
    logger.error({ ...errorFields(err), port: config.healthPort }, 'cannot start the health endpoint');
    flush();
    process.exit(1);
  });
  logger.info({ port: health.port, path: '/healthz' }, 'health endpoint listening');
}

let core: LoadedCore;
try {
  core = await loadCore({
    corpusDir: config.corpusDir,
    limit: config.answerLimit,
    logger,
    indexFile: DEFAULT_INDEX_FILE,
    cacheFile: indexCacheFile(config.corpusDir),
  });
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  await health?.close();
  fail(
    [...e.problems.map(formatProblem), `Refusing to start: the corpus in ${config.corpusDir} has problems.`],
    1,
  );
}
holder = createSwappableService(core);

// Per-channel review sets: checked against the corpus now (a broken file stops start-up, naming file, line
// and field), re-read whenever a reload swaps the corpus and on SIGHUP.
let scopes: ScopeHolder | undefined;
if (config.scopesFile !== undefined) {
  try {
    scopes = createScopeHolder(config.scopesFile, await loadScopes(config.scopesFile, core.corpus), logger);
  } catch (e) {
    if (!(e instanceof ScopesError)) throw e;
    await health?.close();
    fail(
      [
        ...e.problems.map(formatProblem),
        `Refusing to start: the scopes file ${config.scopesFile} has problems.`,
      ],
      1,
    );
  }
  const held = scopes;
  holder.onSwap((next) => void held.reload(next.corpus));
}

if (check) {
  const { corpus } = core;
  let feedbackLine = 'feedback store: not used by the console';
  if (!consoleMode) {
    const { createFeedbackStore, FEEDBACK_FILE } = await import('./feedback/index.js');
    const store = createFeedbackStore({ dataDir: config.dataDir });
    try {
      store.open();
    } catch (err) {
      fail([err instanceof Error ? err.message : String(err), 'Refusing to start: fix DATA_DIR.'], 1);
    } finally {
      store.close();
    }
    feedbackLine = `feedback store ok: ${join(config.dataDir, FEEDBACK_FILE)}`;
  }
  process.stdout.write(
    [
      `configuration ok (${config.env})`,
      `corpus ok: ${corpus.documents.length} document(s), ${corpus.passages.length} passages from ${config.corpusDir}`,
      `index: ${indexSource(core.index, config.corpusDir)}, ${core.contentHash}`,
      feedbackLine,
      `scopes: ${scopes === undefined ? 'none (SCOPES_FILE not set): every place sees every review' : `${scopes.table.names().join(', ')} from ${config.scopesFile}`}`,
      `health: ${config.healthPort === undefined ? 'off (HEALTH_PORT not set)' : `GET /healthz on port ${config.healthPort}`}`,
      `would start: ${consoleMode ? 'console' : platforms.join(', ')}`,
      '',
    ].join('\n'),
  );
  process.exit(0);
}
logger.info(
  { passages: core.corpus.passages.length, index: core.index, contentHash: core.contentHash, ms: core.ms },
  'ready to answer',
);

// Reloads read, validate and index the corpus in a worker thread, so the platforms keep being answered.
const activeReloader = createReloader({
  corpusDir: config.corpusDir,
  holder,
  load: () => loadCoreInBackground({ corpusDir: config.corpusDir, limit: config.answerLimit, logger }),
  logger,
});
reloader = activeReloader;
const piped = consoleMode && process.stdin.isTTY !== true;
// A piped console session answers its input and exits: nothing to reload.
watcher = piped
  ? undefined
  : watchCorpus(config.corpusDir, (files) => void activeReloader.reload(`changed: ${files.join(', ')}`), {
      logger,
    });
// SIGHUP reloads the corpus, as daemons do; the console chat keeps its usual meaning (the terminal hung up).
if (!consoleMode)
  process.on('SIGHUP', () => {
    void activeReloader.reload('SIGHUP');
    void scopes?.reload(holder.current().corpus);
  });

const after: Array<() => unknown> = [() => health?.close()];
let consoleAdapter: ConsoleAdapter | undefined;
const shutdown = createShutdown({
  logger,
  beginStopping: () => {
    phase = 'stopping';
  },
  adapters: () => adapters,
  before: [() => watcher?.close()],
  after,
  flush,
  // Exit only once standard output has been handed over: a piped console's last answers would be lost.
  // A console session in which answering failed ends non-zero, so a script feeding it questions sees it.
  exit: (code) => {
    const failed = consoleAdapter !== undefined && consoleAdapter.failures() > 0;
    const final = code === 0 && failed ? 1 : code;
    process.exitCode = final;
    process.stdout.write('', () => process.exit(final));
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));

if (consoleMode) {
  const title = core.corpus.documents.map((d) => d.title).join('; ');
  const adapter = startConsoleAdapter({
    service: holder.service,
    logger,
    input: process.stdin,
    output: process.stdout,
    style: styleFor(process.stdout),
    interactive: !piped,
    historyFile: join(config.dataDir, 'console-history'),
    banner: `evidence-bot: ask about ${title}.\nType "help" for commands, "quit" to leave. (No SLACK_ or DISCORD_ tokens set, so this is the local console.)`,
  });
  adapters.push(adapter);
  consoleAdapter = adapter;
  phase = 'running';
  // The input ended or the user quit. (When a signal is stopping the process, stop() closes the input too.)
  void adapter.done.then(() => (phase === 'stopping' ? undefined : shutdown('end of input')));
} else {
  try {
    const { closeFeedback } = await startPlatforms(
      config,
      holder.service,
      logger,
      adapters,
      (err) => {
        logger.error(
          errorFields(err),
          'an adapter cannot continue; exiting so that a supervisor restarts it',
        );
        void shutdown('fatal adapter error', 1);
      },
      corpusVersionSource(holder),
      scopes?.table,
    );
    after.push(closeFeedback);
  } catch (err) {
    logger.error(errorFields(err), 'could not start; exiting');
    await health?.close();
    flush();
    process.exit(1);
  }
  phase = 'running';
  logger.info({ adapters: adapters.map((a) => a.name) }, 'evidence-bot is running');
}
