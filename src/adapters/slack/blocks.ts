/**
 * The subset of Block Kit we send, as plain types, and builders that keep each field within its limit.
 * Text passed to `mrkdwn()` must already be escaped; `plain()` takes raw text (Slack does not parse it), and
 * so do rich text elements (`richQuote`): a `text` element is shown as written, its style given beside it.
 */
import type { QuoteRun } from '../shared/quote-runs.js';
import { clip } from '../shared/truncate.js';
import { SLACK_LIMITS as L } from './limits.js';

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  /** true: Slack links nothing by itself (no auto-linked names or mentions). */
  verbatim: true;
}
export interface Button {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary' | 'danger';
}
export interface HeaderBlock {
  type: 'header';
  block_id?: string;
  text: PlainText;
}
export interface SectionBlock {
  type: 'section';
  block_id?: string;
  text: MrkdwnText;
  accessory?: Button;
}
export interface ContextBlock {
  type: 'context';
  block_id?: string;
  elements: (MrkdwnText | PlainText)[];
}
export interface ActionsBlock {
  type: 'actions';
  block_id?: string;
  elements: Button[];
}
export interface DividerBlock {
  type: 'divider';
}
/** A rich text `text` element: literal text (no mrkdwn, no escaping), bold or italic by its style. */
export interface RichTextText {
  type: 'text';
  text: string;
  style?: { bold?: true; italic?: true };
}
export interface RichTextQuote {
  type: 'rich_text_quote';
  elements: RichTextText[];
}
export interface RichTextBlock {
  type: 'rich_text';
  block_id?: string;
  elements: RichTextQuote[];
}
export type Block = HeaderBlock | SectionBlock | ContextBlock | ActionsBlock | DividerBlock | RichTextBlock;

/** What every renderer returns and every sender posts. */
export interface SlackMessage {
  /** Fallback for notifications and screen readers (escaped mrkdwn). */
  text: string;
  blocks: Block[];
}

export const plain = (text: string, max: number): PlainText => ({
  type: 'plain_text',
  text: clip(text.trim() === '' ? '…' : text, max),
  emoji: true,
});

export const mrkdwn = (escaped: string): MrkdwnText => ({ type: 'mrkdwn', text: escaped, verbatim: true });

export const header = (text: string): HeaderBlock => ({ type: 'header', text: plain(text, L.headerText) });

export const section = (escaped: string, blockId?: string, accessory?: Button): SectionBlock => ({
  type: 'section',
  ...(blockId === undefined ? {} : { block_id: blockId }),
  text: mrkdwn(escaped),
  ...(accessory === undefined ? {} : { accessory }),
});

export const context = (escaped: string[], blockId?: string): ContextBlock => ({
  type: 'context',
  ...(blockId === undefined ? {} : { block_id: blockId }),
  elements: escaped.slice(0, L.contextElements).map(mrkdwn),
});

/** Raw text shown exactly as written (no mrkdwn, no mentions, no emoji codes), cut to `max` with "…". */
export const literal = (text: string, max: number): PlainText => ({
  type: 'plain_text',
  text: clip(text.trim() === '' ? '…' : text, max),
  emoji: false,
});

/** A context block of raw texts, each shown exactly as written (`literal`). */
export const literalContext = (raw: string[], blockId?: string): ContextBlock => ({
  type: 'context',
  ...(blockId === undefined ? {} : { block_id: blockId }),
  elements: raw.slice(0, L.contextElements).map((t) => literal(t, L.contextElementText)),
});

export const actions = (buttons: Button[], blockId?: string): ActionsBlock => ({
  type: 'actions',
  ...(blockId === undefined ? {} : { block_id: blockId }),
  elements: buttons.slice(0, L.actionsElements),
});

export const button = (
  actionId: string,
  label: string,
  value: string,
  style?: 'primary' | 'danger',
): Button => ({
  type: 'button',
  action_id: actionId,
  text: plain(label, L.buttonText),
  value,
  ...(style === undefined ? {} : { style }),
});

export const divider = (): DividerBlock => ({ type: 'divider' });

const richText = (r: QuoteRun): RichTextText => ({
  type: 'text',
  text: r.text,
  ...(r.style === 'strong' ? { style: { bold: true } } : r.style === 'em' ? { style: { italic: true } } : {}),
});

/**
 * A quote of the source as a rich text quote: each run one `text` element, emphasised runs bold or italic.
 * Nothing in a `text` element is interpreted (no mrkdwn, mentions or links), so no character needs escaping.
 */
export const richQuote = (runs: readonly QuoteRun[], blockId?: string): RichTextBlock => ({
  type: 'rich_text',
  ...(blockId === undefined ? {} : { block_id: blockId }),
  elements: [
    {
      type: 'rich_text_quote',
      elements: (runs.some((r) => r.text !== '') ? runs.filter((r) => r.text !== '') : [{ text: '…' }]).map(
        richText,
      ),
    },
  ],
});

/** Every visible text of a block, as sent (escaped mrkdwn or plain text). */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'header':
      return [block.text.text];
    case 'section':
      return [block.text.text, ...(block.accessory ? [block.accessory.text.text] : [])];
    case 'context':
      return block.elements.map((e) => e.text);
    case 'actions':
      return block.elements.map((b) => b.text.text);
    case 'divider':
      return [];
    case 'rich_text':
      return block.elements.map((q) => q.elements.map((e) => e.text).join(''));
  }
}

/** Visible characters of a message, the measure behind `messageTextBudget`. */
export function messageSize(blocks: Block[]): number {
  return blocks.reduce((n, b) => n + blockTexts(b).reduce((m, t) => m + t.length, 0), 0);
}
