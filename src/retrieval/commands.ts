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
