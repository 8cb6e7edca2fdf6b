/**
 * Terminal rendering of an Answer: every passage verbatim, with its source, the studies it cites and its
 * strength caveat. One exhaustive switch over the answer kinds: a new kind breaks the build until it is here.
 */
import type {
  Answer,
  AnsweredAnswer,
  AnswerPassage,
  CiteAnswer,
  HelpAnswer,
  SourcesAnswer,
} from '../../retrieval/answer.js';
import { headingPath, studyCitations } from '../shared/citation.js';
import { renderEmphasis } from '../shared/emphasis.js';
import { apology } from '../shared/errors.js';
import { scopeLine } from '../shared/scope.js';
import { strengthLine } from '../shared/strength.js';
import { quoteText, tableContext } from '../shared/table-row.js';
import { inert } from './inert.js';
import type { Style } from './style.js';

/**
 * Where the text is shown: the console chat (which has "more" and "quit"), or one `ask` run (where the next
 * results are another run with --offset).
 */
export type Surface = 'chat' | 'ask';

const indent = (text: string, by = '    ') =>
  inert(text)
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : `${by}${l}`))
    .join('\n');

/**
 * A field shown on one line of a passage (heading path, citation, studies cited, table caption and notes,
 * strength): a line break in it (a hard-wrapped footnote) is shown as a space, so every line of a passage
 * after its header is indented and the quote is followed by its labelled lines, nothing in between.
 */
const oneLine = (text: string) =>
  inert(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();

const ROLE_TAG: Record<AnswerPassage['role'], string> = {
  finding: '',
  about: '  (about this review)',
  assessment: "  (the review's assessment of its evidence)",
};

export function renderPassage(p: AnswerPassage, n: number, st: Style): string {
  const where = headingPath(p.section);
  const lines = [
    `${st.bold(`[${n}]`)} ${p.review === undefined ? '' : `${st.bold(oneLine(p.review))} › `}${st.accent(oneLine(where === '' ? p.documentTitle : where))}${ROLE_TAG[p.role] ? st.dim(ROLE_TAG[p.role]) : ''}`,
    st.quote(renderEmphasis(indent(quoteText(p)), st)),
    ...tableContext(p).map((c) => `    ${st.dim(oneLine(c))}`),
    `    ${st.dim('Source:')} ${oneLine(p.citation)}`,
    ...studyCitations(p).map((c) => `    ${st.dim('Cites:')} ${oneLine(c)}`),
    `    ${st.warn(oneLine(strengthLine(p.strength)))}`,
  ];
  return lines.join('\n');
}

function answered(a: AnsweredAnswer, st: Style, surface: Surface): string {
  const { offset, total } = a.page;
  const shown = a.passages.map((p, i) => renderPassage(p, offset + i + 1, st));
  const end = offset + a.passages.length;
  const next = surface === 'chat' ? 'Type "more"' : `Use --offset ${end}`;
  const more =
    end < total
      ? st.dim(`Showing ${offset + 1}–${end} of ${total}. ${next} for the next results.`)
      : st.dim(`${total} passage${total === 1 ? '' : 's'} found.`);
  return [...shown, more].join('\n\n');
}

function cite(a: CiteAnswer, st: Style): string {
  if (a.target === '')
    return `Usage: cite <author, year or key>. Known references:\n${a.known.map((k) => `  - ${inert(k)}`).join('\n')}`;
  if (a.matches.length === 0) {
    return `No reference matches "${inert(a.target)}". Known references:\n${a.known.map((k) => `  - ${inert(k)}`).join('\n')}`;
  }
  return a.matches
    .map((m) => {
      const head = `${st.bold(oneLine(m.reference))}\n    ${st.dim(`in ${oneLine(m.documentTitle)} (key ${oneLine(m.key)})`)}`;
      const cited = m.passages.map((p, i) => renderPassage(p, i + 1, st));
      return [
        head,
        ...(cited.length > 0
          ? [`    Cited in ${cited.length} passage${cited.length === 1 ? '' : 's'}:`, ...cited]
          : []),
      ].join('\n\n');
    })
    .join('\n\n');
}

function sources(a: SourcesAnswer, st: Style): string {
  const scope = a.scope === undefined ? [] : [st.dim(inert(scopeLine(a.scope)))];
  const docs = a.documents.map((d) =>
    [
      st.bold(inert(d.title)),
      `    ${inert(d.documentType)}, ${inert(d.publisher)}, ${d.year}. ${inert(d.authors)}.`,
      `    ${inert(d.url)}`,
      `    ${st.dim('Cite as:')} ${inert(d.citation)}`,
      `    ${d.passageCount} passages, ${d.referenceCount} references.`,
      ...d.outsideFacts.map((f) => `    ${st.dim('Note:')} ${inert(f)}`),
      `    ${st.warn(inert(strengthLine(d.strength)))}`,
    ].join('\n'),
  );
  return [...scope, ...docs].join('\n\n');
}

/** The usage column is this wide (the longest usage and two spaces), so descriptions line up and hang. */
const USAGE_COLUMN = 28;

function help(a: HelpAnswer, st: Style, surface: Surface): string {
  const intro =
    a.reason === 'empty_question'
      ? 'Ask a question about the evidence, for example:'
      : 'Ask a question in your own words, for example:';
  const row = (usage: string, description: string) =>
    `  ${st.bold(usage.padEnd(USAGE_COLUMN))}   ${inert(description)}`;
  const chatOnly =
    surface === 'chat'
      ? [row('more', 'The next results for the last question.'), row('quit', 'Leave (or Ctrl-D).')]
      : [];
  return [
    intro,
    ...a.examples.map((e) => `  - ${st.accent(inert(e))}`),
    '',
    'Commands:',
    ...a.commands.map((c) => row(c.usage, c.description)),
    ...chatOnly,
  ].join('\n');
}

export function renderAnswer(a: Answer, st: Style, surface: Surface = 'chat'): string {
  const notices = a.notices.map((n) => st.dim(`Note: ${n.message}`));
  let body: string;
  switch (a.kind) {
    case 'answered':
      body = answered(a, st, surface);
      break;
    case 'no_match':
      body = [
        'No evidence found for that question in the reviews I have.',
        ...(a.suggestions.length > 0
          ? [
              'You could ask about:',
              ...a.suggestions.map((s, i) => {
                const from = a.suggestionReviews?.[i];
                return `  - ${st.accent(inert(s))}${from ? st.dim(` (${inert(from)})`) : ''}`;
              }),
            ]
          : ['Type "sources" to see what the reviews cover.']),
      ].join('\n');
      break;
    case 'cite':
      body = cite(a, st);
      break;
    case 'sources':
      body = sources(a, st);
      break;
    case 'help':
      body = help(a, st, surface);
      break;
    case 'error':
      body = st.warn(apology(a.reference));
      break;
    default: {
      const unreachable: never = a;
      throw new Error(`unrendered answer kind: ${JSON.stringify(unreachable)}`);
    }
  }
  return [...notices, body].join('\n');
}
