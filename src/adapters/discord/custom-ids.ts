/**
 * Button custom_ids (at most 100 characters). A button must still work after a restart where possible, so a
 * short question travels inside the id itself ("q:" form); a longer one is kept in the in-memory AnswerState
 * and the id carries its key ("k:" form), which expires.
 */
import { DISCORD_LIMITS } from './limits.js';

export type ButtonAction =
  | { kind: 'more'; offset: number; ref: QueryRef }
  | { kind: 'share'; offset: number; ref: QueryRef }
  | { kind: 'feedback'; rating: 'up' | 'down'; offset: number; ref: QueryRef }
  | { kind: 'ask'; index: number; ref: QueryRef }
  | { kind: 'full'; ref: QueryRef }
  /** A reason for a recorded 👎: `index` into DOWNVOTE_REASONS, the vote's id inline. */
  | { kind: 'reason'; index: number; ref: QueryRef };

/** Where the question (or, for 'full', the passage id) is: inline, or under a key of the AnswerState. */
export type QueryRef = { q: string } | { k: string };

const PREFIX = 'ev';

function refPart(ref: QueryRef): string {
  return 'q' in ref ? `q:${ref.q}` : `k:${ref.k}`;
}

export function encodeAction(action: ButtonAction): string {
  let id: string;
  switch (action.kind) {
    case 'more':
    case 'share':
      id = `${PREFIX}:${action.kind}:${action.offset}:${refPart(action.ref)}`;
      break;
    case 'feedback':
      id = `${PREFIX}:fb-${action.rating}:${action.offset}:${refPart(action.ref)}`;
      break;
    case 'ask':
      id = `${PREFIX}:ask:${action.index}:${refPart(action.ref)}`;
      break;
    case 'reason':
      id = `${PREFIX}:why:${action.index}:${refPart(action.ref)}`;
      break;
    case 'full':
      id = `${PREFIX}:full:0:${refPart(action.ref)}`;
      break;
    default: {
      const never: never = action;
      throw new Error(`unknown button action ${JSON.stringify(never)}`);
    }
  }
  if (id.length > DISCORD_LIMITS.customId) throw new RangeError(`custom_id over ${DISCORD_LIMITS.customId}`);
  return id;
}

/** Paging offsets a button can carry (three digits); past it, More results is not offered (and the message says how many there are). */
export const MAX_OFFSET = 999;

/** Longest question that can travel inline in every kind of button id. */
export const INLINE_QUERY_MAX = DISCORD_LIMITS.customId - `${PREFIX}:fb-down:999:q:`.length;

/** Inline when short enough, else a key the caller has stored. */
export function queryRef(query: string, storeKey: () => string): QueryRef {
  return query.length <= INLINE_QUERY_MAX ? { q: query } : { k: storeKey() };
}

export function decodeAction(customId: string): ButtonAction | undefined {
  const m = /^ev:(more|share|fb-up|fb-down|ask|full|why):(\d{1,3}):(q|k):([\s\S]*)$/.exec(customId);
  if (!m) return undefined;
  const [, verb, num, form, rest] = m as unknown as [string, string, string, string, string];
  const n = Number(num);
  const ref: QueryRef = form === 'q' ? { q: rest } : { k: rest };
  switch (verb) {
    case 'more':
      return { kind: 'more', offset: n, ref };
    case 'share':
      return { kind: 'share', offset: n, ref };
    case 'fb-up':
      return { kind: 'feedback', rating: 'up', offset: n, ref };
    case 'fb-down':
      return { kind: 'feedback', rating: 'down', offset: n, ref };
    case 'ask':
      return { kind: 'ask', index: n, ref };
    case 'full':
      return { kind: 'full', ref };
    case 'why':
      return { kind: 'reason', index: n, ref };
    default:
      return undefined;
  }
}
