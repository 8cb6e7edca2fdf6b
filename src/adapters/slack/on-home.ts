/**
 * The App Home tab: published for a user when they open it (app_home_opened), and republished for everyone
 * who has opened it since start-up when a reload swaps in a new corpus, so the tab never shows an old one.
 */
import type { App } from '@slack/bolt';
import type { CorpusVersionSource } from '../adapter.js';
import { errorFields } from '../shared/errors.js';
import { renderHome } from './render-home.js';
import type { SlackRuntime } from './runtime.js';

/** Users whose Home tab is republished on reload (the most recent ones, bounded). */
const MAX_VIEWERS = 10_000;

export interface HomeTab {
  /** Republishes the tab for every user who has opened it (after a reload). */
  republish(): Promise<void>;
}

export function registerHome(app: App, rt: SlackRuntime, corpus: CorpusVersionSource | undefined): HomeTab {
  const viewers = new Set<string>();
  const view = () => {
    // The Home tab belongs to no channel: it shows the default review set (every review without one).
    const scope = rt.scopes.slack(undefined);
    const within = scope === undefined ? {} : { scope };
    const sources = rt.service.answer('sources', within);
    const help = rt.service.answer('help', within);
    if (sources.kind !== 'sources' || help.kind !== 'help') {
      throw new Error(`the core answered ${sources.kind}/${help.kind} for sources/help`);
    }
    const version = corpus?.current() ?? { contentHash: 'unknown', loadedAt: new Date(0) };
    return renderHome(sources, help, version);
  };
  const publish = async (user: string, reason: string) => {
    try {
      await app.client.views.publish({ user_id: user, view: view() as never });
      rt.logger.debug({ reason }, 'app home published');
    } catch (err) {
      rt.logger.warn({ reason, ...errorFields(err) }, 'could not publish the app home');
    }
  };

  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    viewers.delete(event.user);
    viewers.add(event.user);
    if (viewers.size > MAX_VIEWERS) viewers.delete(viewers.values().next().value as string);
    await publish(event.user, 'opened');
  });

  const home: HomeTab = {
    async republish() {
      await Promise.all([...viewers].map((u) => publish(u, 'reload')));
    },
  };
  corpus?.onChange(() => void home.republish());
  return home;
}
