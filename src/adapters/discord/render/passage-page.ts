/**
 * Lays out a page of passages within one message's embed budget (6,000 characters, 10 embeds). Every passage
 * keeps its whole frame (citation, section, strength and caveat, studies); the quotes share what is left,
 * shortest first ("water-filling"), and a quote that must be cut is cut at a sentence boundary with a note.
 * When not even a useful excerpt of every passage fits, the last passages move to the next page (the caller
 * says so and pages on from `shown`).
 */
import type { APIEmbed } from 'discord.js';
import type { AnswerPassage } from '../../../retrieval/answer.js';
import { DISCORD_BUDGET, DISCORD_LIMITS as L } from '../limits.js';
import { embedLength } from '../message.js';
import { passageFrame, quoteLength, withQuote } from './passage-embed.js';

export interface PassagePage {
  embeds: APIEmbed[];
  /** How many of the given passages are on this page (a prefix of them). */
  shown: number;
  /** Ids and numbers of the passages whose quote was cut. */
  cut: { id: string; number: number }[];
}

/** `budget`: embed characters available (6,000 minus whatever else the message's embeds use). */
export function layoutPassages(
  passages: readonly AnswerPassage[],
  firstNumber: number,
  budget: number,
  maxEmbeds: number = L.embedsPerMessage,
): PassagePage {
  let n = Math.min(passages.length, DISCORD_BUDGET.passagesPerPage, maxEmbeds);
  for (; n >= 1; n--) {
    const page = passages.slice(0, n);
    let frames = page.map((p, i) => passageFrame(p, { number: firstNumber + i }));
    let fixed = frames.reduce((s, f) => s + embedLength(f), 0);
    if (n === 1 && budget - fixed < DISCORD_BUDGET.minExcerpt) {
      frames = page.map((p, i) => passageFrame(p, { number: firstNumber + i, compactStudies: true }));
      fixed = frames.reduce((s, f) => s + embedLength(f), 0);
    }
    const room = budget - fixed;
    const lengths = page.map(quoteLength);
    const need = lengths.map((len) => Math.min(len, DISCORD_BUDGET.minExcerpt));
    if (n > 1 && room < need.reduce((a, b) => a + b, 0)) continue;
    const shares = waterFill(lengths, Math.max(room, 1));
    const cut: PassagePage['cut'] = [];
    const embeds = page.map((p, i) => {
      const number = firstNumber + i;
      const d = withQuote(frames[i] as APIEmbed, p, number, shares[i] ?? 1);
      if (d.cut) cut.push({ id: p.id, number });
      return d.embed;
    });
    return { embeds, shown: n, cut };
  }
  return { embeds: [], shown: 0, cut: [] };
}

/** Splits `total` among demands: each gets at most its demand, the small ones first, the rest evenly. */
export function waterFill(demands: readonly number[], total: number): number[] {
  const order = demands.map((d, i) => [d, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(demands.length).fill(0);
  let left = total;
  order.forEach(([d, i], k) => {
    const share = Math.floor(left / (order.length - k));
    const give = Math.min(d, share, L.embedDescription);
    out[i] = give;
    left -= give;
  });
  return out;
}
