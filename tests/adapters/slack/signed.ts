/** Requests to the app's HTTP receiver, signed as Slack signs them (or deliberately not). */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test0signing0secret0123456789';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

export async function send(
  baseUrl: string,
  body: string,
  contentType: string,
  options: SendOptions = {},
): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(options.secret ?? SIGNING_SECRET, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

let triggers = 0;
/** A fresh trigger_id: the receiver answers each one at most once. */
export const triggerId = () => `${Date.now()}.${++triggers}.test`;

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

export function commandBody(
  text: string,
  responseUrl: string,
  user = 'U1ASKER',
  trigger = triggerId(),
): string {
  return form({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'policy',
    channel_id: 'C1',
    channel_name: 'evidence',
    user_id: user,
    user_name: 'asker',
    command: '/evidence',
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: trigger,
  });
}

export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { event_ts: event.ts, ...event },
  });
}

export function actionBody(
  action: { action_id: string; value: string },
  responseUrl: string,
  extra: { ephemeral?: boolean; user?: string; message?: unknown } = {},
): string {
  const payload = {
    type: 'block_actions',
    user: { id: extra.user ?? 'U1ASKER', username: 'asker', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: {
      type: 'message',
      message_ts: '1.1',
      channel_id: 'C1',
      is_ephemeral: extra.ephemeral ?? true,
    },
    trigger_id: triggerId(),
    team: { id: 'T1', domain: 'policy' },
    channel: { id: 'C1', name: 'evidence' },
    response_url: responseUrl,
    actions: [
      { ...action, block_id: 'b', type: 'button', action_ts: '1.2', text: { type: 'plain_text', text: 'x' } },
    ],
    ...(extra.message === undefined ? {} : { message: extra.message }),
  };
  return form({ payload: JSON.stringify(payload) });
}

/** A message shortcut ("Find evidence" in a message's menu) on a message with this text. */
export function shortcutBody(
  callbackId: string,
  message: { text: string; ts: string; thread_ts?: string; user?: string },
  responseUrl: string,
  user = 'U1ASKER',
): string {
  const payload = {
    type: 'message_action',
    token: 'legacy',
    action_ts: '1700000000.000300',
    team: { id: 'T1', domain: 'policy' },
    user: { id: user, username: 'asker', team_id: 'T1', name: 'asker' },
    channel: { id: 'C1', name: 'evidence' },
    is_enterprise_install: false,
    callback_id: callbackId,
    trigger_id: triggerId(),
    response_url: responseUrl,
    message_ts: message.ts,
    message: { type: 'message', user: message.user ?? 'U7AUTHOR', ...message },
  };
  return form({ payload: JSON.stringify(payload) });
}
