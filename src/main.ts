/**
 * The composition root: configuration → logger → corpus and EvidenceService → the adapters whose
 * configuration is present (Slack, Discord, or both), or the console chat when none is.
 * The only module that knows both the core and the platforms.
 *
 *   npm start            run (console chat with no platform tokens set)
 *   npm start -- --check validate configuration and corpus, print what would start, exit
 */
import 'dotenv/config';
import { join } from 'node:path';
import type { RunningAdapter } from './adapters/adapter.js';
import { startConsoleAdapter, styleFor } from './adapters/console/index.js';
import { loadCore } from './bootstrap.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { CorpusError, formatProblem } from './corpus/errors.js';
import type { Logger } from './logger.js';
import { createPinoLogger, prettyAvailable } from './logging/pino-logger.js';

const check = process.argv.includes('--check');

function fail(lines: string[], code: number): never {
  for (const l of lines) process.stderr.write(`${l}\n`);
  process.exit(code);
}

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  fail([e.message, 'See .env.example for every variable.'], 2);
}

const platforms = [config.slack ? 'slack' : undefined, config.discord ? 'discord' : undefined].filter(
  (p): p is string => p !== undefined,
);
const consoleMode = platforms.length === 0;
const secrets = [config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret, config.discord?.token];
const { logger, flush } = createPinoLogger({
  // In the console chat, logs would interleave with answers: only warnings and errors, on standard error.
  level: consoleMode && config.logLevel === 'info' ? 'warn' : config.logLevel,
  pretty: process.stderr.isTTY === true && config.env !== 'production' && prettyAvailable(),
  secrets: secrets.filter((s): s is string => s !== undefined),
});

let core: Awaited<ReturnType<typeof loadCore>>;
try {
  core = await loadCore({ corpusDir: config.corpusDir, limit: config.answerLimit, logger });
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  fail([...e.problems.map(formatProblem), `Refusing to start: the corpus in ${config.corpusDir} has problems.`], 1);
}

if (check) {
  const { corpus } = core;
  process.stdout.write(
    [
      `configuration ok (${config.env})`,
      `corpus ok: ${corpus.documents.length} document(s), ${corpus.passages.length} passages from ${config.corpusDir}`,
      `would start: ${consoleMode ? 'console' : platforms.join(', ')}`,
    ].join('\n') + '\n',
  );
  process.exit(0);
}

async function startPlatforms(log: Logger): Promise<RunningAdapter[]> {
  // Platform SDKs load only when configured: the console starts in a fraction of the time without them.
  const { createFeedbackStore } = await import('./feedback/index.js');
  const feedback = createFeedbackStore({ dataDir: config.dataDir });
  const started: RunningAdapter[] = [];
  const common = { service: core.service, logger: log, feedback, rateLimitPerMinute: config.rateLimitPerMinute };
  if (config.slack) {
    const { startSlackAdapter } = await import('./adapters/slack/index.js');
    started.push(await startSlackAdapter({ ...common, config: config.slack }));
  }
  if (config.discord) {
    const { startDiscordAdapter } = await import('./adapters/discord/index.js');
    started.push(await startDiscordAdapter({ ...common, config: config.discord }));
  }
  log.info({ adapters: started.map((a) => a.name) }, 'evidence-bot is running');
  return started;
}

let adapters: RunningAdapter[];
if (consoleMode) {
  const interactive = process.stdin.isTTY === true;
  const title = core.corpus.documents.map((d) => d.title).join('; ');
  const adapter = startConsoleAdapter({
    service: core.service,
    logger,
    input: process.stdin,
    output: process.stdout,
    style: styleFor(process.stdout),
    interactive,
    historyFile: join(config.dataDir, 'console-history'),
    banner: `evidence-bot: ask about ${title}.\nType "help" for commands, "quit" to leave. (No SLACK_ or DISCORD_ tokens set, so this is the local console.)`,
  });
  adapters = [adapter];
  adapter.done.then(() => {
    flush();
    process.exit(0);
  });
} else {
  adapters = await startPlatforms(logger);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    Promise.allSettled(adapters.map((a) => a.stop())).then(() => {
      flush();
      process.exit(0);
    });
  });
}
