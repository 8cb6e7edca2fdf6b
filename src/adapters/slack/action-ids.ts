/**
 * Action ids of our buttons and the values they carry (compact JSON, checked with zod on the way back in:
 * a button value comes from Slack, i.e. from outside).
 */
import { z } from 'zod';
import { clip } from '../shared/truncate.js';
import { SLACK_LIMITS as L } from './limits.js';

export const ACTION = {
  more: 'evidence_more',
  share: 'evidence_share',
  voteUp: 'evidence_vote_up',
  voteDown: 'evidence_vote_down',
  /** + ":<index>" (action ids must be unique within a message). */
  full: 'evidence_full',
  suggest: 'evidence_suggest',
  reason: 'evidence_reason',
} as const;

export const ACTION_PATTERN = {
  full: /^evidence_full:\d+$/,
  suggest: /^evidence_suggest:\d+$/,
  reason: /^evidence_reason:\d+$/,
  vote: /^evidence_vote_(up|down)$/,
} as const;

/** `t`: the thread "Share" posts into (an answer to the "Find evidence" message shortcut). */
const pageValue = z.object({
  q: z.string(),
  o: z.number().int().min(0),
  t: z
    .string()
    .regex(/^\d{1,12}\.\d{1,8}$/)
    .optional(),
});
const voteValue = z.object({ q: z.string(), p: z.array(z.string()).max(50) });
const reasonValue = z.object({ f: z.number().int().positive(), r: z.string().max(100) });

export type PageValue = z.infer<typeof pageValue>;
export type VoteValue = z.infer<typeof voteValue>;
export type ReasonValue = z.infer<typeof reasonValue>;

export const encodePage = (query: string, offset: number, thread?: string): string =>
  JSON.stringify({
    q: clip(query, L.valueQuestion),
    o: offset,
    ...(thread === undefined ? {} : { t: thread }),
  } satisfies PageValue);

/** Keeps as many passage ids as fit in a button value. */
export function encodeVote(query: string, passageIds: string[]): string {
  const q = clip(query, L.valueQuestion - 500);
  const ids = [...passageIds];
  let value = JSON.stringify({ q, p: ids } satisfies VoteValue);
  while (value.length > L.buttonValue && ids.length > 0) {
    ids.pop();
    value = JSON.stringify({ q, p: ids });
  }
  return value;
}

export const encodeReason = (feedbackId: number, reason: string): string =>
  JSON.stringify({ f: feedbackId, r: reason } satisfies ReasonValue);

function parse<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  try {
    const r = schema.safeParse(JSON.parse(value));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

export const decodePage = (v: string | undefined) => parse(pageValue, v);
export const decodeVote = (v: string | undefined) => parse(voteValue, v);
export const decodeReason = (v: string | undefined) => parse(reasonValue, v);
