/**
 * The App Home tab: what the bot holds (each review: title, year, publisher, passages, overall strength and
 * its caveat), how to ask (the slash command, a mention, a DM, the "Find evidence" shortcut), example
 * questions from the corpus, and the corpus version (content hash, loaded at).
 */

import type { HelpAnswer, SourcesAnswer } from '../../retrieval/answer.js';
import type { CorpusVersion } from '../adapter.js';
import { strengthLine } from '../shared/strength.js';
import { type Block, context, divider, header, section } from './blocks.js';
import { escapeMrkdwn, fitEscaped } from './mrkdwn.js';

/** Slack's limit for a Home tab view. */
export const HOME_BLOCKS = 100;

export interface HomeView {
  type: 'home';
  blocks: Block[];
}

const HOW_TO_ASK = [
  '`/evidence <question>`: answers only you see, with *Share in channel*',
  '`@Evidence <question>` in a channel: answers in the thread',
  'A direct message to the bot: answers in the DM',
  '*Find evidence* in any message’s ⋮ menu: the passages on what that message says, with *Share in thread*',
  '`/evidence cite <author, year>` · `/evidence sources` · `/evidence help`',
];

function reviewBlocks(d: SourcesAnswer['documents'][number]): Block[] {
  const title = `*${fitEscaped(d.title, 500).mrkdwn}* (${d.year})`;
  const facts = `${fitEscaped(d.publisher, 300).mrkdwn} · ${d.passageCount} passage${d.passageCount === 1 ? '' : 's'}`;
  return [section(`${title}\n${facts}`), context([fitEscaped(strengthLine(d.strength), 2_000).mrkdwn])];
}

export function renderHome(sources: SourcesAnswer, help: HelpAnswer, version: CorpusVersion): HomeView {
  const top: Block[] = [header('Evidence: answers from the reviews, word for word')];
  const ask: Block[] = [divider(), header('How to ask'), section(HOW_TO_ASK.map((l) => `• ${l}`).join('\n'))];
  if (help.examples.length > 0) {
    const examples = help.examples.map((e) => `• ${fitEscaped(e, 400).mrkdwn}`).join('\n');
    ask.push(section(`*For example*\n${examples}`));
  }
  const about = [
    divider(),
    context([
      `Corpus version \`${escapeMrkdwn(version.contentHash)}\`, loaded ${version.loadedAt.toISOString()}`,
    ]),
  ];
  const room = HOME_BLOCKS - top.length - ask.length - about.length - 3;
  const reviews: Block[] = [header(`The reviews (${sources.documents.length})`)];
  let shown = 0;
  for (const d of sources.documents) {
    const more = reviewBlocks(d);
    if (reviews.length + more.length > room) break;
    reviews.push(...more);
    shown++;
  }
  const left = sources.documents.length - shown;
  if (left > 0)
    reviews.push(
      context([`${left} more review${left === 1 ? '' : 's'}: \`/evidence sources\` lists them all.`]),
    );
  return { type: 'home', blocks: [...top, ...reviews, ...ask, ...about] };
}
