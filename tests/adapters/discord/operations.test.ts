/**
 * The rules that keep the bot serving, end to end through discord.js and the real core: an oversized passage
 * stays within every limit; the rate limit; a fault gives an error reference and the bot keeps serving;
 * a rejected token stops start-up naming DISCORD_TOKEN; stop() closes the gateway.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits.js';
import { embedsLength, limitViolations } from '../../../src/adapters/discord/message.js';
import { unmd } from '../../../src/adapters/discord/text.js';
import { click, isPublic, question, slash } from './events.js';
import { APP_ID, type Json, startFakeDiscord, TOKEN } from './fake-discord.js';
import { type Harness, realService, startHarness } from './harness.js';
import { liveSpans } from './inspector.js';
import { capturingLogger } from './logger.js';
import { HOSTILE_SENTENCE, HUGE_SENTENCE, writeOversizedCorpus } from './oversized-corpus.js';

const view = (d: Json) => ({
  content: d.content ?? '',
  embeds: d.embeds ?? [],
  components: d.components ?? [],
});
const markdown = (d: Json): string[] => [
  d.content ?? '',
  ...(d.embeds ?? []).flatMap((e: Json) => [
    e.title ?? '',
    e.description ?? '',
    ...(e.fields ?? []).flatMap((f: Json) => [f.name, f.value]),
  ]),
];
const button = (d: Json, prefix: string): string =>
  d.components.flatMap((r: Json) => r.components).find((b: Json) => b.label.startsWith(prefix)).custom_id;

let h: Harness;
let corpusDir: string;
beforeAll(async () => {
  corpusDir = writeOversizedCorpus();
  h = await startHarness({ corpus: corpusDir, limit: 10, rate: 8 });
});
afterAll(async () => {
  await h?.close();
  rmSync(corpusDir, { recursive: true, force: true });
});

describe('an oversized passage (6,200 characters, 50 citations) through the real core', () => {
  it('keeps every limit, cuts at a sentence boundary with a note, and pages the rest', async () => {
    const d = (await h.interact(slash('ask', [question('home visiting')]))).body.data;
    expect(limitViolations(view(d))).toEqual([]);
    expect(embedsLength(d.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
    const [first] = d.embeds;
    expect(first.title).toBe('1. One enormous finding');
    const quote = unmd(first.description.replace(/\n\n\*\[Passage cut here.*$/s, ''));
    expect(quote.endsWith('…')).toBe(true);
    expect(HUGE_SENTENCE.startsWith(quote.slice(0, -1))).toBe(true);
    expect(first.description).toContain('Full passage 1');
    // The study cited 50 times is listed once, in full.
    const studies = first.fields.filter((f: Json) => f.name.startsWith('Studies cited'));
    expect(
      studies
        .map((f: Json) => unmd(f.value))
        .join('\n')
        .match(/Olds/g),
    ).toHaveLength(2); // "(Olds, 2006): Olds, D. L. …"
    expect(d.content).toMatch(/Showing passages? 1/);
    expect(d.components.flatMap((r: Json) => r.components).length).toBeLessThanOrEqual(25);
    for (const row of d.components)
      expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
  });

  it('"Full passage" sends all of it, word for word, over messages that each keep the limits and the caveat', async () => {
    const d = (await h.interact(slash('ask', [question('home visiting')]))).body.data;
    const from = h.fake.calls.length;
    const cb = await h.interact(click(button(d, 'Full passage 1')));
    expect(cb.body.data.flags).toBe(64);
    const token = cb.path.split('/')[3];
    const followUps = () =>
      h.fake.calls
        .slice(from)
        .filter((c) => c.method === 'POST' && c.path === `/webhooks/${APP_ID}/${token}`);
    const text = () =>
      [cb.body.data, ...followUps().map((c) => c.body)].map((p) => unmd(p.embeds[0].description)).join(' ');
    await expect.poll(() => text().replace(/\s+/g, ' '), { timeout: 10_000 }).toBe(HUGE_SENTENCE);
    const parts = [cb.body.data, ...followUps().map((c) => c.body)];
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(limitViolations(view(p))).toEqual([]);
      expect(p.allowed_mentions.parse).toEqual([]);
      expect(p.embeds[0].fields.some((f: Json) => f.name.startsWith('Strength of evidence'))).toBe(true);
    }
  });

  it('shows corpus text that tries to ping or link as plain text, in a public answer', async () => {
    const d = (await h.interact(slash('ask', [question('group chat'), isPublic(true)]))).body.data;
    expect(d.embeds.map((e: Json) => unmd(e.description))).toContain(HOSTILE_SENTENCE);
    expect(markdown(d).flatMap(liveSpans)).toEqual([]);
    expect(d.allowed_mentions.parse).toEqual([]);
  });
});

describe('reconnects', () => {
  it('when the gateway drops, discord.js resumes by itself, it is logged, and questions are answered again', async () => {
    const resumesBefore = h.fake.gatewayFrames.filter((f) => f.op === 6).length;
    h.fake.drop(4000);
    await expect
      .poll(() => h.fake.gatewayFrames.filter((f) => f.op === 6).length, { timeout: 10_000 })
      .toBe(resumesBefore + 1);
    await expect
      .poll(() => h.log.lines.map((l) => l.message), { timeout: 5_000 })
      .toContain('discord shard resumed');
    expect(h.log.lines.map((l) => l.message)).toContain('discord shard reconnecting');
    const after = (await h.interact(slash('ask', [question('home visiting')]))).body;
    expect(after.type).toBe(4);
    expect(after.data.embeds.length).toBeGreaterThan(0);
  });
});

describe('keep serving', () => {
  it('a fault gives the user an error reference that the log carries, and the next question is answered', async () => {
    const i = slash('ask', [question('home visiting')]);
    h.fake.failWith.set(`/interactions/${i.id}/${i.token}/callback`, { status: 400, times: 1 });
    h.fake.dispatch('INTERACTION_CREATE', i);
    const apology = await h.fake.waitFor(
      (c) =>
        c.path === `/interactions/${i.id}/${i.token}/callback` && c.body?.data?.content?.includes('ERR-'),
    );
    const reference = /ERR-[A-Z0-9]{6}/.exec(apology.body.data.content)?.[0];
    expect(apology.body.data.flags).toBe(64);
    const logged = h.log.lines.find((l) => l.fields.reference === reference);
    expect(logged).toEqual(expect.objectContaining({ level: 'error', message: 'discord handler failed' }));
    expect(logged?.fields.code).toBeDefined();
    const next = await h.interact(slash('ask', [question('home visiting')]));
    expect(next.body.data.embeds.length).toBeGreaterThan(0);
  });

  it('over the per-user rate limit (8 a minute here), says when to try again', async () => {
    let last: Json;
    for (let n = 0; n < 9; n++) last = (await h.interact(slash('help'))).body.data;
    expect(last.flags).toBe(64);
    expect(last.content).toMatch(
      /You have asked 8 questions in the last minute\. Please try again in \d+ (seconds?|minutes?)\./,
    );
    expect(last.embeds ?? []).toEqual([]);
  });
});

describe('start-up and shutdown', () => {
  it('a rejected token stops start-up with a message naming DISCORD_TOKEN and where to get it', async () => {
    const fake = await startFakeDiscord();
    fake.failWith.set('/gateway/bot', { status: 401, times: 99 });
    const log = capturingLogger();
    try {
      await expect(
        startDiscordAdapter({
          config: {
            token: TOKEN,
            appId: APP_ID,
            guildId: undefined,
            apiUrl: fake.api,
            messageContentIntent: false,
          },
          service: await realService(),
          logger: log,
          feedback: h.feedback,
          rateLimitPerMinute: 10,
          readyTimeoutMs: 2_000,
        }),
      ).rejects.toMatchObject({
        code: 'E_ADAPTER_AUTH',
        message: expect.stringMatching(/DISCORD_TOKEN.*discord\.com\/developers\/applications/),
      });
      expect(JSON.stringify(log.lines)).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  });

  it('stop() leaves no interaction unanswered (answer or restart notice), closes the gateway, reports not connected', async () => {
    const other = await startHarness();
    expect(other.adapter.health().connected).toBe(true);
    expect(other.fake.connections()).toBe(1);
    const answered = other.interact(slash('ask', [question('leadership')]));
    await new Promise((r) => setTimeout(r, 20));
    await other.adapter.stop();
    expect((await answered).body.type).toBe(4);
    expect(other.adapter.health().connected).toBe(false);
    await expect.poll(() => other.fake.connections()).toBe(0);
    await other.close();
  });
});
