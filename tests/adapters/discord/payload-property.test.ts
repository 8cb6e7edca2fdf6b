/**
 * Property: no gateway payload shape, built from discord-api-types' own types with fields removed or
 * nulled, ends the process or stops the bot: after each, a valid question is still answered.
 */
import type {
  APIChatInputApplicationCommandInteraction,
  APIMessageComponentButtonInteraction,
  GatewayMessageCreateDispatchData,
} from 'discord.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutated } from '../shared/mutate.js';
import { click, message, question, slash } from './events.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const seeds: Array<[string, string, () => unknown]> = [
  [
    'slash command',
    'INTERACTION_CREATE',
    () => slash('ask', [question('leadership')]) as unknown as APIChatInputApplicationCommandInteraction,
  ],
  [
    'button click',
    'INTERACTION_CREATE',
    () => click('evidence_more:0') as unknown as APIMessageComponentButtonInteraction,
  ],
  [
    'mention',
    'MESSAGE_CREATE',
    () =>
      message('<@222222222222222222> leadership', {
        mentionsBot: true,
      }) as unknown as GatewayMessageCreateDispatchData,
  ],
  [
    'DM',
    'MESSAGE_CREATE',
    () => message('leadership', { dm: true }) as unknown as GatewayMessageCreateDispatchData,
  ],
];

describe('malformed gateway payloads', () => {
  for (const [name, t, seed] of seeds) {
    it(`a ${name} with fields removed or nulled never stops the bot`, async () => {
      await fc.assert(
        fc.asyncProperty(mutated(seed()), async ({ payload }) => {
          h.fake.dispatch(t, payload);
          // Gateway events are handled in order: this answer comes after the malformed one was handled.
          const ok = slash('ask', [question('leadership')]);
          const call = await h.interact(ok);
          expect([4, 5]).toContain(call.body.type);
        }),
        { numRuns: 40 },
      );
    }, 60_000);
  }
});
