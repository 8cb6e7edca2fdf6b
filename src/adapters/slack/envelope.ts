/**
 * The shape of a Slack request body, checked before Bolt or a handler reads it: only the fields Bolt's
 * routing and our handlers read, each optional where Slack leaves it out, never null where we read it.
 * Anything else may be there (Slack adds fields). A body that fails is answered 400 and logged.
 */
import { z } from 'zod';

const text = z.string();
const idObject = z.looseObject({ id: text });

const event = z.looseObject({
  type: text,
  user: text.optional(),
  channel: text.optional(),
  ts: text.optional(),
  thread_ts: text.optional(),
  text: text.optional(),
  bot_id: text.optional(),
  subtype: text.optional(),
  channel_type: text.optional(),
});

const action = z.looseObject({
  action_id: text,
  type: text.optional(),
  value: text.optional(),
  block_id: text.optional(),
});

const envelope = z.looseObject({
  type: text.optional(),
  team_id: text.optional(),
  enterprise_id: text.optional(),
  event_id: text.optional(),
  trigger_id: text.optional(),
  response_url: text.optional(),
  event: event.optional(),
  authorizations: z.array(z.looseObject({})).optional(),
  user: z.union([text, idObject]).optional(),
  team: idObject.nullable().optional(),
  channel: idObject.optional(),
  enterprise: idObject.nullable().optional(),
  actions: z.array(action).optional(),
  container: z.looseObject({}).optional(),
});

/** A slash command carries these (Bolt routes on `command`; the handler reads the rest). */
const command = z.looseObject({
  command: text,
  text: text,
  team_id: text,
  user_id: text,
  channel_id: text,
  response_url: text,
  trigger_id: text,
});

/** Interactive payloads (buttons, shortcuts, views, the assistant's) always name the user who acted: Bolt
 * reads `user.id` before any listener runs, so a payload without one is refused here rather than failing
 * inside Bolt (a 500 that Slack would retry). */
const INTERACTIVE = new Set([
  'block_actions',
  'message_action',
  'shortcut',
  'view_submission',
  'view_closed',
]);
const interactive = z.looseObject({ user: idObject });

/** The first thing wrong with a body, as a short phrase naming the field, or undefined when it is usable. */
export function envelopeProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'not an object';
  const checked = 'command' in body ? command.safeParse(body) : envelope.safeParse(body);
  if (checked.success && INTERACTIVE.has(String((body as { type?: unknown }).type))) {
    const acted = interactive.safeParse(body);
    if (!acted.success) return problemOf(acted.error);
  }
  if (checked.success) return undefined;
  return problemOf(checked.error);
}

function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined ? 'invalid' : `${issue.path.join('.') || 'body'}: ${issue.message}`;
}
