/**
 * Reads a rendered Discord message back in neutral terms for the shared renderer contract, and finds what
 * Discord would make live (mentions, broadcasts, autolinks, masked links) in Markdown-rendering text.
 */
import type { APIEmbed } from 'discord.js';
import { decodeAction, type QueryRef } from '../../../src/adapters/discord/custom-ids.js';
import { type DiscordMessage, limitViolations } from '../../../src/adapters/discord/message.js';
import { type RenderContext, renderAnswer } from '../../../src/adapters/discord/render/index.js';
import { unmd } from '../../../src/adapters/discord/text.js';
import type { QuoteRun } from '../../../src/adapters/shared/quote-runs.js';
import type { Answer } from '../../../src/retrieval/answer.js';
import {
  type ActionView,
  type PassageView,
  passageView,
  type RendererInspector,
} from '../../contract/renderer-contract.js';

const CUT_NOTE = /\n\n\*\[Passage cut here: “Full passage \d+” shows the rest\.\]\*$/;

/** An in-memory refFor, so that keyed buttons can be read back. */
export function testContext(
  ephemeral = true,
): RenderContext & { resolve(ref: QueryRef): string | undefined } {
  const stored = new Map<string, string>();
  return {
    ephemeral,
    refFor(query) {
      if (query.length <= 60) return { q: query };
      const k = `k${stored.size}`;
      stored.set(k, query);
      return { k };
    },
    resolve(ref) {
      return 'q' in ref ? ref.q : stored.get(ref.k);
    },
  };
}

/**
 * A quote's Markdown read back as runs: an escaped character is itself; an unescaped `**` starts or ends strong
 * text, an unescaped `*` or `_` emphasised text (the only marks a quote leaves live).
 */
export function mdRunsBack(text: string): QuoteRun[] {
  const runs: QuoteRun[] = [];
  let style: QuoteRun['style'];
  let words = '';
  const flush = () => {
    if (words !== '') runs.push(style === undefined ? { text: words } : { text: words, style });
    words = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (c === '\\' && /[^0-9A-Za-z\s]/.test(next)) {
      words += next;
      i++;
    } else if (c === '*' && next === '*') {
      flush();
      style = style === 'strong' ? undefined : 'strong';
      i++;
    } else if (c === '*' || c === '_') {
      flush();
      style = style === 'em' ? undefined : 'em';
    } else words += c;
  }
  flush();
  return runs;
}

/** Spans Discord would render live: an unescaped @everyone/@here, <@id>, <@&id>, <#id>, </cmd:id>, http(s)://, [x](. */
export function liveSpans(text: string): string[] {
  const live = [
    /@(everyone|here)/y,
    /<(@[!&]?|#)\d+>/y,
    /<\/[\w -]+:\d+>/y,
    /https?:\/\//y,
    /\[[^\]\n]*\]\(/y,
    /<a?:\w+:\d+>/y,
  ];
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    for (const re of live) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m) found.push(m[0]);
    }
  }
  return found;
}

/** Every Markdown-rendering text of a message (content, titles, descriptions, field names and values). */
export function markdownTexts(m: DiscordMessage): string[] {
  return [
    m.content,
    ...m.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
}

function isPassageEmbed(e: APIEmbed): boolean {
  return (e.fields ?? []).some((f) => f.name === 'Cited as');
}

/** A "(continued)" field's name is not part of the text it continues. */
function attachedText(e: APIEmbed): string {
  const fields = (e.fields ?? []).flatMap((f) =>
    f.name.endsWith('(continued)') ? [f.value] : [f.name, f.value],
  );
  return [e.title ?? '', ...fields]
    .map(unmd)
    .concat(e.footer?.text ?? '')
    .join('\n');
}

export function discordInspector(): RendererInspector<DiscordMessage> & {
  ctx: ReturnType<typeof testContext>;
} {
  const ctx = testContext();
  return {
    platform: 'discord',
    emphasis: 'shown',
    ctx,
    numRuns: 60,
    render: (answer: Answer) => renderAnswer(answer, ctx).message,
    plainText: (m) =>
      [
        ...markdownTexts(m).map(unmd),
        ...m.embeds.map((e) => e.footer?.text ?? ''),
        ...m.components.flatMap((r) => r.components.map((b) => ('label' in b ? (b.label ?? '') : ''))),
      ].join('\n'),
    passages: (m): PassageView[] =>
      m.embeds
        .filter(isPassageEmbed)
        .map((e) => passageView(mdRunsBack((e.description ?? '').replace(CUT_NOTE, '')), attachedText(e))),
    actions: (m): ActionView[] =>
      m.components.flatMap((r) =>
        r.components.map((b): ActionView => {
          const a = 'custom_id' in b ? decodeAction(b.custom_id) : undefined;
          switch (a?.kind) {
            case 'more':
              return { kind: 'more' };
            case 'feedback':
              return { kind: 'feedback' };
            case 'full':
              return { kind: 'full_passage', passageId: ctx.resolve(a.ref) ?? '?' };
            case 'ask':
              return { kind: 'suggestion', text: ctx.resolve(a.ref) ?? '?' };
            default:
              return { kind: 'other' };
          }
        }),
      ),
    limitViolations,
    liveMentions: (m) => markdownTexts(m).flatMap(liveSpans),
  };
}
