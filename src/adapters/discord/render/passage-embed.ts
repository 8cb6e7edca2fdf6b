/**
 * One passage as one embed: the verbatim quote in the description, the review's citation, the heading path,
 * the strength (coloured side bar + a field with the scale and the review's caveat), the studies it cites,
 * and the document in the footer. The description is cut by the caller's budget, at a sentence boundary and
 * with a visible note; nothing else is ever dropped.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { StrengthLevel } from '../../../corpus/types.js';
import type { AnswerPassage } from '../../../retrieval/answer.js';
import { headingPath, studyCitations } from '../../shared/citation.js';
import { strengthLabel } from '../../shared/strength.js';
import { quoteText, tableNotes } from '../../shared/table-row.js';
import { clip, splitAtSentences } from '../../shared/truncate.js';
import { DISCORD_BUDGET as B, DISCORD_LIMITS as L } from '../limits.js';
import { fitQuote, md, mdQuote } from '../text.js';

/** Side-bar colours: green to red as the evidence weakens, grey when the review did not assess it. */
export const STRENGTH_COLOURS: Record<StrengthLevel, number> = {
  strong: 0x2e7d32,
  moderate: 0x7cb342,
  limited: 0xf9a825,
  insufficient: 0xc62828,
  not_assessed: 0x757575,
};

export const CUT_NOTE = (n: number) => `\n\n*[Passage cut here: “Full passage ${n}” shows the rest.]*`;

/**
 * Raw lines → escaped field values of at most 1,024 characters, over several fields when needed
 * ("… (continued)"); a line longer than a field is split at sentence boundaries. `name` is ours (not escaped).
 */
export function splitFields(name: string, lines: readonly string[]): APIEmbedField[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines.flatMap(escapedPieces)) {
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length <= L.fieldValue) current = next;
    else {
      chunks.push(current);
      current = line;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks.map((value, i) => ({
    name: clip(i === 0 ? name : `${name} (continued)`, L.fieldName),
    value,
  }));
}

/** A raw line as escaped pieces of at most 1,024 characters, split at sentence boundaries only when needed. */
function escapedPieces(line: string): string[] {
  const whole = md(line);
  if (whole.length <= L.fieldValue) return [whole];
  const pieces = splitAtSentences(line, L.fieldValue).map(md);
  if (pieces.every((p) => p.length <= L.fieldValue)) return pieces;
  return splitAtSentences(line, B.fieldChunk).map(md);
}

/**
 * "Strength of evidence: ▰▱▱▱ Very low certainty (GRADE)" and the caveat. The level's words come from the
 * corpus, so they are escaped; when they would not fit a field name they lead the value instead.
 */
export function strengthFields(s: AnswerPassage['strength'], noCaveat: string): APIEmbedField[] {
  const caveat = s.caveat.trim() === '' ? noCaveat : s.caveat.trim();
  const name = `Strength of evidence: ${md(strengthLabel(s))}`;
  if (name.length <= L.fieldName - ' (continued)'.length) return splitFields(name, [caveat]);
  return splitFields(`Strength of evidence: ${strengthLabel({ level: s.level, words: '' })}`, [
    s.words,
    caveat,
  ]);
}

export interface PassageEmbedOptions {
  /** 1-based number shown in the title and on the "Full passage" button. */
  number: number;
  /** The full passage's embed: a table row's notes up to `fullTableNotes` (else `tableNotes`). */
  full?: boolean;
  /** Short form of the studies cited (inline citations only): used only when the full form cannot fit. */
  compactStudies?: boolean;
}

/** The embed without its description: everything that must be shown whatever the budget. */
export function passageFrame(p: AnswerPassage, o: PassageEmbedOptions): APIEmbed {
  // The citation is never cut: a long one continues in a second field.
  const fields: APIEmbedField[] = splitFields('Cited as', [p.citation]);
  const path = headingPath(p.section);
  if (path !== '') fields.push({ name: 'Section', value: md(clip(path, B.fieldChunk)) });
  fields.push(...strengthFields(p.strength, 'The review gives no caveat.'));
  const notes = tableNotes(p, o.full ? B.fullTableNotes : B.tableNotes);
  const more = !notes.cut
    ? []
    : o.full
      ? ["The table's notes continue in the review."]
      : [`The table's notes are cut here: “Full passage ${o.number}” shows them.`];
  if (notes.lines.length > 0) fields.push(...splitFields('Table', [...notes.lines, ...more]));
  if (p.references.length > 0) {
    // A study cited several times in one passage is listed once.
    const lines = [
      ...new Set(
        o.compactStudies
          ? [`${[...new Set(p.references.map((r) => r.text))].join('; ')} (full references: /evidence cite)`]
          : studyCitations(p),
      ),
    ];
    fields.push(...splitFields('Studies cited', lines));
  }
  if (fields.length > L.embedFields && !o.compactStudies)
    return passageFrame(p, { ...o, compactStudies: true });
  const heading = p.section.at(-1)?.trim() || p.documentTitle;
  // With several reviews loaded, the passage names its review in its title.
  const title = p.review === undefined ? heading : `${heading} — ${p.review}`;
  return {
    title: `${o.number}. ${md(clip(title, B.titleText))}`,
    color: STRENGTH_COLOURS[p.strength.level],
    fields: fields.slice(0, L.embedFields),
    footer: { text: clip(p.documentTitle, L.footerText) },
  };
}

export interface DescribedEmbed {
  embed: APIEmbed;
  cut: boolean;
}

/** Whether a passage's embed cuts its table notes (the passage then offers its full view). */
export const notesCut = (p: AnswerPassage): boolean => tableNotes(p, B.tableNotes).cut;

/**
 * Adds the quote (escaped) to a frame, cut to at most `room` characters of description (and 4,096). `cut`:
 * the quote or the table's notes were cut (the passage offers its full view).
 */
export function withQuote(frame: APIEmbed, p: AnswerPassage, number: number, room: number): DescribedEmbed {
  const max = Math.min(room, L.embedDescription);
  const whole = fitQuote(quoteText(p), max);
  if (!whole.cut) return { embed: { ...frame, description: whole.text }, cut: notesCut(p) };
  const note = CUT_NOTE(number);
  const { text } = fitQuote(quoteText(p), Math.max(1, max - note.length));
  return { embed: { ...frame, description: `${text}${note}` }, cut: true };
}

/** Escaped length of a quote, for sharing the budget. */
export function quoteLength(p: AnswerPassage): number {
  return mdQuote(quoteText(p)).length;
}
