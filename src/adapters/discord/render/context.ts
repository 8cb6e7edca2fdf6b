/** What a renderer needs besides the Answer: who sees it and how its buttons find the question again. */
import type { QueryRef } from '../custom-ids.js';

export interface RenderContext {
  /** Only the asker sees it: offer "Share". */
  ephemeral: boolean;
  /** The user who shared it publicly (shown, never pinged). */
  sharedBy?: string;
  /** For answers the core does not page (cite): the index of the first passage to show. */
  offset?: number;
  /** How a button refers to a question (inline in the custom_id, or by a stored key). */
  refFor(query: string): QueryRef;
}

/** What was shown, for feedback and paging. */
export interface RenderMeta {
  passageIds: string[];
  nextOffset: number | undefined;
}
