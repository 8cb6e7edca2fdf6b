/**
 * Gateway events missing the fields discord.js and our handlers read, through the real discord.js client:
 * each costs that event (a warning naming the field), never the process, and the next question is answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { click, message, question, slash } from './events.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function stillAnswers() {
  const call = await h.interact(slash('ask', [question('leadership')]));
  expect([4, 5]).toContain(call.body.type);
}

const without = <T extends object>(o: T, key: keyof T) => {
  const copy: Partial<T> = { ...o };
  delete copy[key];
  return copy;
};

describe('events without the fields we read', () => {
  const cases: Array<[string, string, () => unknown]> = [
    ['an INTERACTION_CREATE without data', 'INTERACTION_CREATE', () => without(slash('ask'), 'data')],
    ['an INTERACTION_CREATE with data null', 'INTERACTION_CREATE', () => ({ ...slash('ask'), data: null })],
    [
      'a button interaction without message',
      'INTERACTION_CREATE',
      () => without(click('evidence:x'), 'message'),
    ],
    [
      'an interaction without user or member',
      'INTERACTION_CREATE',
      () => without(without(slash('ask'), 'member'), 'user'),
    ],
    [
      'a MESSAGE_CREATE without author',
      'MESSAGE_CREATE',
      () => without(message('hello', { dm: true }), 'author'),
    ],
    [
      'a MESSAGE_CREATE with author null',
      'MESSAGE_CREATE',
      () => ({ ...message('hi', { mentionsBot: true }), author: null }),
    ],
  ];
  for (const [name, t, build] of cases) {
    it(`${name}: dropped with a warning, and the bot keeps answering`, async () => {
      const before = h.log.lines.length;
      h.fake.dispatch(t, build());
      await stillAnswers();
      const warned = h.log.lines.slice(before).find((e) => e.fields.code === 'E_ADAPTER_PAYLOAD');
      expect(warned?.fields).toEqual(expect.objectContaining({ event: t }));
    });
  }
});
