/**
 * Every Discord limit the adapter respects, in one place. The renderer cuts against these; `checkMessage`
 * (budget.ts) verifies a finished message against them. discord.js's builders check most per-field limits but
 * not the 6,000-character total across a message's embeds nor five buttons a row, so we enforce all of them.
 * Source: discord.com/developers/docs (Message, Embed Limits, Message Components, Application Commands).
 */
export const DISCORD_LIMITS = Object.freeze({
  content: 2_000,
  embedTitle: 256,
  embedDescription: 4_096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footerText: 2_048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer text and author name over all embeds. */
  embedsTotal: 6_000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Slash command option value (string) length we accept and ask Discord to enforce. */
  questionOption: 1_000,
  /** The cite command's `reference` option. */
  referenceOption: 200,
});

/** Time budgets (milliseconds). */
export const DISCORD_DEADLINES = Object.freeze({
  /** Discord drops an interaction not answered within 3 s (autocomplete cannot be deferred). */
  interactionMs: 3_000,
  /** Answer directly only while this much of the 3 s has gone; otherwise defer first. */
  deferAfterMs: 1_200,
  /** stop(): how long to wait for answers in flight before closing the connection. */
  drainMs: 5_000,
});

/** What the renderer aims for below the hard limits, to leave room for headers and markers. */
export const DISCORD_BUDGET = Object.freeze({
  /** Shortest useful passage excerpt: below this, the passage moves to the next page instead. */
  minExcerpt: 200,
  /** Passages a page shows at most (embeds). */
  passagesPerPage: 5,
  /** Raw characters per field chunk: escaping at most doubles text, so its escaped form fits 1,024. */
  fieldChunk: 500,
  /** Raw characters of a question shown back in the content (escaped ≤ 1,400 of the 2,000). */
  questionShown: 700,
  /** Raw characters of a heading in an embed title (escaped ≤ 240 of the 256). */
  titleText: 120,
  /** Raw characters of a short item: a notice, an example, a known reference, a document title in a list. */
  shortText: 200,
  /** Raw characters of a cite target shown back. */
  citeTarget: 100,
  /** Description characters for the list of matching references (the rest is passages). */
  citeReferences: 2_000,
  /** Below this much room for the quote, the full-passage view lists studies in short form. */
  fullPassageMinRoom: 500,
  /**
   * Raw characters of a table row's caption and notes in a passage's embed: beyond this they are cut (with "…")
   * and the passage offers "Full passage", whose embed shows up to `fullTableNotes` of them.
   */
  tableNotes: 1_500,
  fullTableNotes: 3_000,
  /** Room kept in a title for " (part 12 of 12)". */
  partSuffix: 40,
});
