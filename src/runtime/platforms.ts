/**
 * Starting the platform adapters that are configured (Slack, Discord, or both), sharing one service, one
 * feedback store and one logger. Platform SDKs are imported here only when configured, so the console
 * starts without loading them. If one adapter fails to start, those already started are stopped before
 * the error is rethrown, so the process can exit cleanly. `started` is filled as adapters come up, so
 * /healthz can report them while the others are still connecting.
 */
import type { CorpusVersionSource, RunningAdapter } from '../adapters/adapter.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { EvidenceService } from '../retrieval/answer.js';
import type { ScopeTable } from '../scopes/load.js';

export function configuredPlatforms(config: Config): Array<'slack' | 'discord'> {
  return [
    config.slack ? ('slack' as const) : undefined,
    config.discord ? ('discord' as const) : undefined,
  ].filter((p): p is 'slack' | 'discord' => p !== undefined);
}

export async function startPlatforms(
  config: Config,
  service: EvidenceService,
  logger: Logger,
  started: RunningAdapter[],
  /** An adapter can no longer answer at all (Discord rejected its token): the process should exit non-zero. */
  onFatal: (err: Error) => void = () => {},
  /** The corpus version and its reloads (Slack's App Home shows it). */
  corpus?: CorpusVersionSource,
  /** Place → review set (the scopes file). */
  scopes?: ScopeTable,
): Promise<{ closeFeedback(): void }> {
  const { createFeedbackStore } = await import('../feedback/index.js');
  const feedback = createFeedbackStore({ dataDir: config.dataDir });
  // An unusable DATA_DIR (read-only, a file, not a database) stops start-up now, not at the first vote.
  feedback.open();
  const common = {
    service,
    logger,
    feedback,
    rateLimitPerMinute: config.rateLimitPerMinute,
    ...(scopes === undefined ? {} : { scopes }),
  };
  try {
    if (config.slack) {
      const { startSlackAdapter } = await import('../adapters/slack/index.js');
      started.push(
        await startSlackAdapter({
          ...common,
          config: config.slack,
          ...(corpus === undefined ? {} : { corpus }),
        }),
      );
    }
    if (config.discord) {
      const { startDiscordAdapter } = await import('../adapters/discord/index.js');
      started.push(await startDiscordAdapter({ ...common, config: config.discord, onFatal }));
    }
  } catch (e) {
    await Promise.allSettled(started.map((a) => a.stop()));
    feedback.close();
    throw e;
  }
  return { closeFeedback: () => feedback.close() };
}
