/**
 * Fills in the metadata a draft needs (title, authors, year, publisher, URL, document type) that the
 * document's own metadata did not give, by guessing from its text; every guess is marked for checking. What
 * cannot be guessed is left as a placeholder the owner must fill in.
 */
import { basename, extname } from 'node:path';
import type { Block, Guess, Metadata, Person } from './blocks.js';
import { personFromName } from './extract-markdown.js';

export interface FullMetadata {
  title: Guess<string>;
  authors: Guess<Person[]>;
  year: Guess<number>;
  publisher: Guess<string>;
  url: Guess<string>;
  documentType: Guess<string>;
}

const DOCUMENT_TYPES = [
  'rapid evidence review',
  'systematic review and meta-analysis',
  'systematic review',
  'scoping review',
  'umbrella review',
  'overview of reviews',
  'evidence summary',
  'evidence review',
  'meta-analysis',
  'literature review',
  'technical report',
];

function allText(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.kind === 'box'
        ? allText(b.blocks)
        : 'text' in b
          ? b.text
          : b.kind === 'table'
            ? b.rows.flat().join(' ')
            : '',
    )
    .join('\n');
}

function guessTitle(blocks: Block[], path: string): Guess<string> {
  const first =
    blocks.find((b) => b.kind === 'heading' && b.level === 1) ?? blocks.find((b) => b.kind === 'heading');
  if (
    first?.kind === 'heading' &&
    !/^(report )?authors?$|^contents$|^summary$|^abstract$/i.test(first.text)
  ) {
    return { value: first.text, guessed: true, from: 'the first heading' };
  }
  const stem = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim();
  return {
    value: stem.charAt(0).toUpperCase() + stem.slice(1),
    guessed: true,
    from: 'the file name (the text has no title line)',
  };
}

const HONORIFIC = /^(Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+/;

function guessAuthors(blocks: Block[]): Guess<Person[]> | undefined {
  const i = blocks.findIndex(
    (b) => b.kind === 'heading' && /^(report )?authors?$|^written by$/i.test(b.text.trim()),
  );
  const next = blocks[i + 1];
  if (i < 0 || next?.kind !== 'paragraph') return undefined;
  const names = next.text
    .replace(/\.$/, '')
    .split(/,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => n.replace(HONORIFIC, '').trim())
    .filter((n) => n.length > 0 && n.split(/\s+/).length <= 4);
  if (names.length === 0) return undefined;
  return {
    value: names.map(personFromName),
    guessed: true,
    from: `the section "${blocks[i]?.kind === 'heading' ? blocks[i].text : ''}"`,
  };
}

function guessYear(text: string): Guess<number> | undefined {
  const now = new Date().getUTCFullYear();
  const years = [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y <= now);
  if (years.length === 0) return undefined;
  return { value: Math.max(...years), guessed: true, from: 'the latest year the text mentions' };
}

function guessUrl(text: string): Guess<string> | undefined {
  const m = /\b(https?:\/\/[^\s<>)*]+|www\.[^\s<>)*]+)/.exec(text);
  if (!m?.[1]) return undefined;
  const url = m[1].replace(/[.,;]+$/, '');
  return {
    value: url.startsWith('http') ? url : `https://${url}`,
    guessed: true,
    from: 'the first web address in the text',
  };
}

function guessPublisher(blocks: Block[], text: string): Guess<string> | undefined {
  const about = blocks.find((b) => b.kind === 'heading' && /^About\s+(?!this\b|the\b)(\S.*)$/i.test(b.text));
  if (about?.kind === 'heading') {
    return {
      value: about.text.replace(/^About\s+/i, ''),
      guessed: true,
      from: `the heading "${about.text}"`,
    };
  }
  const org =
    /\b((?:[A-Z][\w&-]*\s+){0,6}(?:Institute|Centre|Center|University|Foundation|Council|Department|Agency)(?:\s+(?:for|of)\s+(?:[A-Z][\w-]*[\s,]*){1,6})?)/.exec(
      text,
    );
  if (org?.[1])
    return {
      value: org[1].trim().replace(/,$/, ''),
      guessed: true,
      from: 'the first organisation the text names',
    };
  return undefined;
}

function withoutReferenceList(blocks: Block[]): Block[] {
  let level: number | undefined;
  return blocks.filter((b) => {
    if (b.kind === 'heading') {
      if (level !== undefined && b.level <= level) level = undefined;
      if (/^(references|bibliography|reference list)$/i.test(b.text.trim())) level = b.level;
      return true;
    }
    return level === undefined;
  });
}

export function completeMetadata(meta: Metadata, blocks: Block[], path: string): FullMetadata {
  const text = allText(blocks);
  const lower = `${meta.title?.value ?? ''}\n${text}`.toLowerCase();
  const type = DOCUMENT_TYPES.find((t) => lower.includes(t));
  // The review's own address is outside its reference list, whose entries carry other addresses.
  const ownText = allText(withoutReferenceList(blocks));
  const url =
    meta.url ??
    (meta.doi ? { ...meta.doi, value: `https://doi.org/${meta.doi.value}` } : undefined) ??
    guessUrl(ownText) ??
    guessUrl(text);
  const publisher = meta.publisher ?? guessPublisher(blocks, text);
  return {
    title: meta.title ?? guessTitle(blocks, path),
    authors: meta.authors ??
      guessAuthors(blocks) ?? {
        value: [{ literal: publisher?.value ?? 'FILL IN: the authors' }],
        guessed: true,
        from: 'nothing: no author list found (the publisher is put as the author)',
      },
    year: meta.year ??
      guessYear(text) ?? { value: new Date().getUTCFullYear(), guessed: true, from: 'nothing: this year' },
    publisher: publisher ?? {
      value: 'FILL IN: the publisher',
      guessed: true,
      from: 'nothing: no publisher found',
    },
    url: url ?? {
      value: 'https://example.org/FILL-IN',
      guessed: true,
      from: 'nothing: no web address found',
    },
    documentType: meta.documentType ?? {
      value: type ?? 'review',
      guessed: true,
      from: type ? 'the words of the text' : 'nothing',
    },
  };
}

/** A document id from the title or file name: lowercase letters, digits and hyphens. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'review'
  );
}
