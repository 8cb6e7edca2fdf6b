/**
 * End to end through the real discord.js and the real core (loadCorpus('corpus') + createEvidenceService),
 * against a loopback fake of Discord's REST API and gateway. Only Discord's network is faked.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits.js';
import { limitViolations } from '../../../src/adapters/discord/message.js';
import { STRENGTH_COLOURS } from '../../../src/adapters/discord/render/passage-embed.js';
import { unmd } from '../../../src/adapters/discord/text.js';
import { strengthLabel } from '../../../src/adapters/shared/strength.js';
import { autocomplete, click, isPublic, message, question, slash, user } from './events.js';
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, type Json, THREAD_ID, TOKEN, USER_ID } from './fake-discord.js';
import { type Harness, startHarness } from './harness.js';
import { liveSpans } from './inspector.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

type Data = { content: string; embeds: Json[]; components: Json[]; flags?: number; allowed_mentions?: Json };
const customIds = (d: Data): string[] =>
  d.components.flatMap((r: Json) => r.components.map((b: Json) => b.custom_id));
const labels = (d: Data): string[] =>
  d.components.flatMap((r: Json) => r.components.map((b: Json) => b.label));
const byLabel = (d: Data, label: string): string => {
  const b = d.components.flatMap((r: Json) => r.components).find((c: Json) => c.label === label);
  if (!b) throw new Error(`no button ${label} in ${labels(d).join(', ')}`);
  return b.custom_id;
};

function expectSafe(d: Data): void {
  expect(d.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));
  const view = { content: d.content ?? '', embeds: d.embeds ?? [], components: d.components ?? [] };
  expect(limitViolations(view)).toEqual([]);
  const texts = [
    view.content,
    ...view.embeds.flatMap((e: Json) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f: Json) => [f.name, f.value]),
    ]),
  ];
  expect(texts.flatMap(liveSpans)).toEqual([]);
}

describe('connection', () => {
  it('identifies with only Guilds, GuildMessages and DirectMessages, uncompressed, and is healthy', async () => {
    const identify = h.fake.gatewayFrames.find((f) => f.op === 2);
    expect(identify.d.intents).toBe(1 | 512 | 4096); // no MessageContent (1 << 15): privileged, not needed
    expect(identify.d.compress ?? false).toBe(false);
    expect(() => createRequire(import.meta.url).resolve('zlib-sync')).toThrow();
    expect(h.adapter.health()).toEqual(expect.objectContaining({ connected: true }));
    expect(h.fake.calls.find((c) => c.path === '/gateway/bot')?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });
});

describe('/evidence ask', () => {
  it('answers ephemerally (flag 64) with one embed per passage: the quote, citation, section, strength and caveat', async () => {
    const cb = await h.interact(slash('ask', [question('leadership')]));
    expect(cb.body.type).toBe(4);
    const d: Data = cb.body.data;
    expect(d.flags).toBe(64);
    expectSafe(d);
    const expected = h.service.answer('leadership');
    if (expected.kind !== 'answered') throw new Error('the corpus should answer "leadership"');
    expect(d.embeds).toHaveLength(expected.passages.length);
    expected.passages.forEach((p, i) => {
      const e = d.embeds[i];
      expect(unmd(e.description)).toBe(p.text);
      const fields = Object.fromEntries(e.fields.map((f: Json) => [f.name, unmd(f.value)]));
      expect(fields['Cited as']).toBe(p.citation);
      expect(fields.Section).toBe(p.section.join(' › '));
      expect(fields[`Strength of evidence: ${strengthLabel(p.strength)}`]).toBe(p.strength.caveat);
      expect(e.footer.text).toBe(p.documentTitle);
      expect(e.color).toBe(STRENGTH_COLOURS[p.strength.level]);
    });
    expect(d.content).toContain(`Showing passages 1–3 of ${expected.page.total}`);
    expect(labels(d)).toEqual(['More results', 'Share', '👍 Helpful', '👎 Not helpful']);
    expect(cb.headers.authorization).toBeUndefined();
  });

  it('answers in the channel with public: true (no flag 64, no Share button)', async () => {
    const d: Data = (await h.interact(slash('ask', [question('leadership'), isPublic(true)]))).body.data;
    expect(d.flags ?? 0).toBe(0);
    expect(labels(d)).not.toContain('Share');
    expectSafe(d);
  });

  it('defers when the interaction arrives late, then edits the original response', async () => {
    const late = slash('ask', [question('leadership')], { agoMs: 2_000 });
    const cb = await h.interact(late);
    expect(cb.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await h.fake.waitFor(
      (c) =>
        c.method === 'PATCH' &&
        c.path === `/webhooks/${late.application_id}/${late.token}/messages/@original`,
    );
    expect(edit.body.embeds.length).toBeGreaterThan(0);
    expectSafe(edit.body);
  });

  it('cannot ping: a question with @everyone, @here and a user mention is shown inert, with parse []', async () => {
    const hostile = `@everyone @here <@${USER_ID}> <@&${USER_ID}> what about leadership?`;
    const d: Data = (await h.interact(slash('ask', [question(hostile), isPublic(true)]))).body.data;
    expectSafe(d);
    expect(unmd(d.content)).toContain(hostile);
    expect(d.content).not.toMatch(/(^|[^\\])@everyone/);
  });

  it('says plainly when there is no evidence, attaches no sources and offers the suggestions as buttons', async () => {
    const q = 'what helps integration of school transport?';
    const expected = h.service.answer(q);
    if (expected.kind !== 'no_match') throw new Error(`expected no_match, got ${expected.kind}`);
    const d: Data = (await h.interact(slash('ask', [question(q)]))).body.data;
    expect(d.embeds).toHaveLength(1);
    expect(d.embeds[0].title).toBe('No evidence found');
    expect(d.embeds[0].fields).toBeUndefined();
    expect(labels(d)).toEqual(expected.suggestions.map((s) => (s.length > 80 ? `${s.slice(0, 79)}…` : s)));
    // Clicking a suggestion asks it.
    const c = await h.interact(click(customIds(d)[0] as string));
    expect(c.body.type).toBe(4);
    expect(c.body.data.flags).toBe(64);
    expect(unmd(c.body.data.content)).toContain(expected.suggestions[0]);
  });

  it('handles cite, sources and help', async () => {
    const cite = (await h.interact(slash('cite', [{ type: 3, name: 'reference', value: 'Feeley' }]))).body
      .data;
    expect(unmd(cite.embeds[0].description)).toContain('Feeley');
    expectSafe(cite);
    const sources = (await h.interact(slash('sources'))).body.data;
    expect(sources.embeds[0].fields.some((f: Json) => f.name.startsWith('Strength of evidence'))).toBe(true);
    const help = (await h.interact(slash('help'))).body.data;
    expect(help.flags).toBe(64);
    expect(help.embeds[0].title).toBe('Ask the evidence');
  });
});

describe('in a DM', () => {
  it('answers /evidence in a DM, and a bare mention with help', async () => {
    const d = (await h.interact(slash('ask', [question('leadership')], { dm: true }))).body.data;
    expect(d.embeds.length).toBeGreaterThan(0);
    const from = h.fake.calls.length;
    h.fake.dispatch('MESSAGE_CREATE', message(`<@${BOT_ID}>`, { mentionsBot: true }));
    const reply = await h.fake.waitFor(
      (c) =>
        c.method === 'POST' &&
        c.path === `/channels/${CHANNEL_ID}/messages` &&
        h.fake.calls.indexOf(c) >= from,
    );
    expect(reply.body.embeds[0].title).toBe('Ask the evidence');
  });
});

describe('autocomplete', () => {
  it('offers at most 25 completions from the corpus, within their 100-character limits', async () => {
    const cb = await h.interact(autocomplete('lead'));
    expect(cb.body.type).toBe(8);
    const choices: { name: string; value: string }[] = cb.body.data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices);
    expect(choices.map((c) => c.value)).toContain('leadership');
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('buttons', () => {
  let first: Data;
  beforeAll(async () => {
    first = (await h.interact(slash('ask', [question('leadership')]))).body.data;
  });

  it('More results replaces the page in place with the next passages', async () => {
    const cb = await h.interact(click(byLabel(first, 'More results')));
    expect(cb.body.type).toBe(7);
    const expected = h.service.answer('leadership', { offset: 3 });
    if (expected.kind !== 'answered') throw new Error('expected a second page');
    expect(cb.body.data.embeds.map((e: Json) => unmd(e.description))).toEqual(
      expected.passages.map((p) => p.text),
    );
    expect(cb.body.data.content).toContain('Showing passages 4–');
    expectSafe(cb.body.data);
  });

  it('on a public answer, More results for someone other than the asker comes to them alone', async () => {
    const publicAnswer = (await h.interact(slash('ask', [question('leadership'), isPublic(true)]))).body.data;
    const more = byLabel(publicAnswer, 'More results');
    const other = await h.interact(click(more, 0, { askedBy: '999999999999999998' }));
    expect(other.body.type).toBe(4);
    expect(other.body.data.flags).toBe(64);
    expect(other.body.data.content).toContain('Showing passages 4–');
    const asker = await h.interact(click(more, 0, { askedBy: USER_ID }));
    expect(asker.body.type).toBe(7);
  });

  it('Share posts the same answer publicly, attributed to the sharer without pinging', async () => {
    const cb = await h.interact(click(byLabel(first, 'Share')));
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags ?? 0).toBe(0);
    expect(cb.body.data.content).toContain(`Shared by <@${USER_ID}>`);
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(cb.body.data.embeds.map((e: Json) => e.description)).toEqual(
      first.embeds.map((e: Json) => e.description),
    );
  });

  it('👍 and 👎 (with a reason) go to the feedback store with the question and passage ids', async () => {
    const before = h.feedback.summary();
    const up = await h.interact(click(byLabel(first, '👍 Helpful')));
    expect(up.body.data.flags).toBe(64);
    const down = await h.interact(click(byLabel(first, '👎 Not helpful')));
    expect(down.body.data.content).toContain('What was wrong');
    const reason = await h.interact(click(byLabel(down.body.data, 'Not relevant')));
    expect(reason.body.type).toBe(7);
    const after = h.feedback.summary();
    expect(after.up).toBe(before.up + 1);
    expect(after.down).toBe(before.down + 1);
    const q = after.downvoted.find((d) => d.question === 'leadership');
    expect(q?.reasons).toContain('Not relevant');
    const expected = h.service.answer('leadership');
    if (expected.kind !== 'answered') throw new Error('answered');
    for (const p of expected.passages)
      expect(after.unhelpfulPassages.map((t) => t.passageId)).toContain(p.id);
  });

  it('a stale or foreign button gets a polite ephemeral answer, not an error', async () => {
    const stale = await h.interact(click('ev:more:3:k:gone'));
    expect(stale.body.data).toEqual(
      expect.objectContaining({ flags: 64, content: expect.stringContaining('expired') }),
    );
    const foreign = await h.interact(click('something-else'));
    expect(foreign.body.data.flags).toBe(64);
  });
});

describe('mentions and DMs', () => {
  const posted = (channel: string, after: number) =>
    h.fake.waitFor(
      (c) =>
        c.method === 'POST' && c.path === `/channels/${channel}/messages` && h.fake.calls.indexOf(c) >= after,
    );

  it('replies to a mention in a channel, referencing the message, with a typing signal and no ping', async () => {
    const from = h.fake.calls.length;
    const m = message(`<@${BOT_ID}> leadership`, { mentionsBot: true });
    h.fake.dispatch('MESSAGE_CREATE', m);
    const reply = await posted(CHANNEL_ID, from);
    expect(reply.body.message_reference).toEqual(expect.objectContaining({ message_id: m.id }));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(reply.body.content).toContain('**Question:** leadership');
    expect(reply.body.embeds.length).toBeGreaterThan(0);
    expectSafe(reply.body);
    expect(h.fake.calls.some((c) => c.path === `/channels/${CHANNEL_ID}/typing`)).toBe(true);
  });

  it('replies inside the thread when the mention is in one', async () => {
    const from = h.fake.calls.length;
    const m = message(`<@${BOT_ID}> leadership`, { mentionsBot: true, channelId: THREAD_ID });
    h.fake.dispatch('MESSAGE_CREATE', m);
    const reply = await posted(THREAD_ID, from);
    expect(reply.body.message_reference.message_id).toBe(m.id);
  });

  it('answers a DM (channel_type 1) without Json mention', async () => {
    const from = h.fake.calls.length;
    const m = message('leadership', { dm: true });
    h.fake.dispatch('MESSAGE_CREATE', m);
    const reply = await posted(DM_CHANNEL_ID, from);
    expect(reply.body.message_reference.message_id).toBe(m.id);
    expect(reply.body.embeds.length).toBeGreaterThan(0);
  });

  it('ignores bots (itself included) and messages that do not mention it, even @everyone', async () => {
    const from = h.fake.calls.length;
    h.fake.dispatch(
      'MESSAGE_CREATE',
      message(`<@${BOT_ID}> leadership`, { mentionsBot: true, author: { ...user, id: BOT_ID, bot: true } }),
    );
    h.fake.dispatch('MESSAGE_CREATE', message('@everyone leadership', { mentionsBot: false }));
    // A DM afterwards is answered: so the two before were seen, and ignored.
    const probe = message('leadership', { dm: true });
    h.fake.dispatch('MESSAGE_CREATE', probe);
    await posted(DM_CHANNEL_ID, from);
    const replies = h.fake.calls
      .slice(from)
      .filter((c) => c.method === 'POST' && c.path.endsWith('/messages'));
    expect(replies.map((c) => c.body.message_reference.message_id)).toEqual([probe.id]);
  });
});

describe('no secrets in logs', () => {
  it('never logs the token', () => {
    expect(JSON.stringify(h.log.lines)).not.toContain(TOKEN);
    expect(h.log.lines.length).toBeGreaterThan(0);
  });
});
