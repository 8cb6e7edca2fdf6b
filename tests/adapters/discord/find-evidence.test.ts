/**
 * "Find evidence" in a message's Apps menu, end to end through discord.js and the real core: the question is
 * the message's text, the answer is ephemeral with Share, and nothing in it pings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIND_EVIDENCE_COMMAND } from '../../../src/adapters/discord/commands.js';
import { unmd } from '../../../src/adapters/discord/text.js';
import { click, messageCommand } from './events.js';
import type { Json } from './fake-discord.js';
import { type Harness, startHarness } from './harness.js';
import { liveSpans } from './inspector.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const buttons = (d: Json): Json[] => (d.components ?? []).flatMap((r: Json) => r.components);

describe('the "Find evidence" message command', () => {
  it('answers ephemerally with the passages for the message text and a Share button; nothing pings', async () => {
    const content = '<@333333333333333333> co-location improves outcomes @everyone <#444444444444444444>';
    const call = await h.interact(messageCommand(FIND_EVIDENCE_COMMAND, content));
    const d = call.body.data;
    expect(call.body.type).toBe(4);
    expect(d.flags).toBe(64);
    expect(d.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const direct = h.service.answer('co-location improves outcomes');
    if (direct.kind !== 'answered')
      throw new Error(`the corpus no longer answers the claim (${direct.kind})`);
    expect(unmd(d.content)).toContain('co-location improves outcomes');
    expect(d.content).not.toContain('@everyone');
    const first = unmd(d.embeds[0].description);
    expect(first.replace(/\s+/g, ' ')).toContain(direct.passages[0]?.text.slice(0, 80).replace(/\s+/g, ' '));
    for (const e of d.embeds) expect(liveSpans(e.description ?? '')).toEqual([]);
    expect(buttons(d).map((b: Json) => b.label)).toContain('Share');
  });

  it('Share posts the same answer publicly', async () => {
    const d = (await h.interact(messageCommand(FIND_EVIDENCE_COMMAND, 'Is co-location enough on its own?')))
      .body.data;
    const share = buttons(d).find((b: Json) => b.label === 'Share');
    const shared = (await h.interact(click(share.custom_id, 64))).body;
    expect(shared.data.flags ?? 0).not.toBe(64);
    expect(shared.data.embeds.length).toBeGreaterThan(0);
  });

  it('a message without text gets a short note', async () => {
    const d = (await h.interact(messageCommand(FIND_EVIDENCE_COMMAND, ''))).body.data;
    expect(d.content).toContain('no text to find evidence for');
    expect(d.flags).toBe(64);
  });
});
