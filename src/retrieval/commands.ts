/** Requests other than questions, recognised the same way on every platform: cite, sources, help. */
export type Command =
  | { kind: 'help' }
  | { kind: 'sources' }
  | { kind: 'cite'; target: string }
  | { kind: 'question'; text: string };

export function parseCommand(text: string): Command {
  const t = text.trim();
  if (/^(?:help|\?|usage|commands)[.!?]*$/i.test(t)) return { kind: 'help' };
  if (/^(?:sources|source|documents|reviews|corpus)[.!?]*$/i.test(t)) return { kind: 'sources' };
  const cite = /^(?:cite|citation|reference|ref)(?:\s+(.*))?$/i.exec(t);
  if (cite) return { kind: 'cite', target: (cite[1] ?? '').trim() };
  return { kind: 'question', text: t };
}

export const HELP_COMMANDS = [
  {
    usage: '<question>',
    description: 'Find the passages that answer a question, quoted word for word with citation and strength.',
  },
  { usage: 'cite <author, year or key>', description: 'The full reference, and the passages that cite it.' },
  { usage: 'sources', description: 'The reviews I answer from, with their overall strength caveat.' },
  { usage: 'help', description: 'This message.' },
] as const;

/**
 * A section title as an example question for help: "Leadership" → "What do the reviews say about
 * leadership?"; a longer title (often a finding stated as a sentence) is quoted as it is. A title that is
 * already a question is kept; an initialism or name keeps its capital.
 */
export function exampleQuestion(title: string): string {
  const t = title.trim().replace(/[.:;,!]+$/, '');
  if (t.endsWith('?')) return t;
  if (t.split(/\s+/).length > 5) return `What do the reviews say about “${t}”?`;
  const first = /^\p{Lu}\p{Ll}/u.test(t) ? `${t.charAt(0).toLowerCase()}${t.slice(1)}` : t;
  return `What do the reviews say about ${first}?`;
}
