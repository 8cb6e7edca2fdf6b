/**
 * The scope table the adapters hold for the life of the process. It is re-read (and re-checked against the
 * corpus) when a reload swaps in a new corpus and on SIGHUP; a broken edit is rejected whole and the previous
 * table keeps serving, as with the corpus (E_SCOPES_RELOAD_REJECTED, every problem logged).
 */
import { formatProblem } from '../corpus/errors.js';
import type { Corpus } from '../corpus/types.js';
import type { Logger } from '../logger.js';
import { loadScopes, ScopesError, type ScopeTable } from './load.js';

export interface ScopeHolder {
  /** Delegates to the current table. */
  readonly table: ScopeTable;
  /** Re-reads the file against this corpus; keeps the current table when it is broken. */
  reload(corpus: Corpus): Promise<boolean>;
}

export function createScopeHolder(file: string, initial: ScopeTable, logger: Logger): ScopeHolder {
  let current = initial;
  return {
    table: {
      slack: (channel) => current.slack(channel),
      discord: (guild, channel) => current.discord(guild, channel),
      names: () => current.names(),
    },
    async reload(corpus) {
      try {
        current = await loadScopes(file, corpus);
        logger.info({ file, sets: current.names() }, 'scopes reloaded');
        return true;
      } catch (e) {
        const problems = e instanceof ScopesError ? e.problems.map(formatProblem) : [String(e)];
        logger.error(
          { code: 'E_SCOPES_RELOAD_REJECTED', file, problems },
          'scopes file rejected; keeping the previous one',
        );
        return false;
      }
    },
  };
}
