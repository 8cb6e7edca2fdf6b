/** Command definitions and registration, through discord.js's REST client against the loopback fake. */

import { execFile } from 'node:child_process';
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intentsFor } from '../../../src/adapters/discord/client.js';
import {
  evidenceCommand,
  findEvidenceCommand,
  registerCommands,
} from '../../../src/adapters/discord/index.js';
import { APP_ID, type FakeDiscord, GUILD_ID, type Json, startFakeDiscord, TOKEN } from './fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => fake?.close());

const config = () => ({
  token: TOKEN,
  appId: APP_ID,
  guildId: GUILD_ID as string | undefined,
  apiUrl: fake.api,
  messageContentIntent: false,
});

describe('the /evidence command', () => {
  it('has ask (autocompleted question, public), cite, sources and help, usable in servers and DMs', () => {
    const c = evidenceCommand();
    expect(c.name).toBe('evidence');
    expect(c.contexts).toEqual([0, 1]);
    const subs = Object.fromEntries((c.options ?? []).map((o: Json) => [o.name, o]));
    expect(Object.keys(subs)).toEqual(['ask', 'cite', 'sources', 'help']);
    const q = subs.ask.options.find((o: Json) => o.name === 'question');
    expect(q).toEqual(
      expect.objectContaining({ type: 3, required: true, autocomplete: true, max_length: 1_000 }),
    );
    expect(subs.ask.options.find((o: Json) => o.name === 'public')).toEqual(
      expect.objectContaining({ type: 5 }),
    );
    expect(subs.cite.options[0]).toEqual(expect.objectContaining({ name: 'reference', required: true }));
  });
});

describe('the "Find evidence" message command', () => {
  it('is a message context-menu command, usable in servers and DMs', () => {
    expect(findEvidenceCommand()).toEqual(
      expect.objectContaining({ name: 'Find evidence', type: 3, contexts: [0, 1], integration_types: [0] }),
    );
  });
});

describe('registerCommands', () => {
  it('PUTs the command to the guild when DISCORD_GUILD_ID is set, with the bot token', async () => {
    const result = await registerCommands(config());
    expect(result).toEqual({ scope: 'guild', names: ['evidence', 'Find evidence'] });
    const put = await fake.waitFor(
      (c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    );
    expect(put.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual([evidenceCommand(), findEvidenceCommand()]);
  });

  it('PUTs globally otherwise', async () => {
    const result = await registerCommands({ ...config(), guildId: undefined });
    expect(result.scope).toBe('global');
    await fake.waitFor((c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/commands`);
  });

  it('names DISCORD_TOKEN when Discord rejects it', async () => {
    fake.failWith.set(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, { status: 401, times: 1 });
    await expect(registerCommands(config())).rejects.toMatchObject({
      code: 'E_ADAPTER_AUTH',
      message: expect.stringContaining('DISCORD_TOKEN'),
    });
  });
});

// One subprocess only (tsx starts in seconds): the missing-variable messages come from loadConfig and the CLI's
// own check, which prints DISCORD_TOKEN and DISCORD_APP_ID with where to find them.
describe('npm run discord:register', () => {
  const run = (env: Record<string, string>) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/discord-register.ts'],
        // DOTENV_CONFIG_PATH: a developer's .env must not leak into the test.
        {
          env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env },
          cwd: process.cwd(),
        },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end();
    });

  it('registers to the guild and says so, without printing the token', async () => {
    const out = await run({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APP_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: fake.api,
    });
    expect(out.stdout).toContain(
      `Registered /evidence and "Find evidence" (a message's Apps menu) to server ${GUILD_ID}`,
    );
    expect(out.code).toBe(0);
    expect(out.stdout + out.stderr).not.toContain(TOKEN);
  });
});

describe('intents', () => {
  it('adds the privileged MessageContent intent only when configured', () => {
    expect(intentsFor({ messageContentIntent: false })).not.toContain(GatewayIntentBits.MessageContent);
    expect(intentsFor({ messageContentIntent: true })).toContain(GatewayIntentBits.MessageContent);
  });
});
