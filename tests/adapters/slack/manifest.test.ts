import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND } from '../../../src/adapters/slack/on-command.js';
import { FIND_EVIDENCE_SHORTCUT } from '../../../src/adapters/slack/on-shortcut.js';

const manifest = parse(readFileSync('slack/manifest.yml', 'utf8')) as {
  features: {
    slash_commands: Array<{ command: string }>;
    shortcuts: Array<{ name: string; type: string; callback_id: string }>;
    app_home: { home_tab_enabled: boolean };
    assistant_view: { assistant_description: string };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
};

describe('slack/manifest.yml', () => {
  it('declares what the adapter listens to, with the scopes it needs', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([COMMAND]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({
        name: 'Find evidence',
        type: 'message',
        callback_id: FIND_EVIDENCE_SHORTCUT,
      }),
    ]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'assistant_thread_started',
      'message.im',
    ]);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'assistant:write',
      'chat:write',
      'commands',
      'im:history',
      'reactions:write',
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.assistant_view.assistant_description).toMatch(/evidence reviews/);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
