/**
 * The import pipeline: detect → extract → repair → references → metadata → strength statements → draft →
 * corpus check. Nothing is written here: the caller writes the draft (so a bad input writes nothing).
 */
import { join } from 'node:path';
import { CorpusError, formatProblem } from '../corpus/errors.js';
import { buildCorpus } from '../corpus/load.js';
import { aboutHeadings } from './about-sections.js';
import type { Block, Extraction } from './blocks.js';
import { writeBody } from './body-writer.js';
import { resolveCiteMarkers } from './cite-keys.js';
import { detect } from './detect.js';
import { type DraftInput, writeDraft } from './draft-writer.js';
import { ImportError } from './errors.js';
import { extract } from './extract.js';
import { completeMetadata, type FullMetadata, slug } from './metadata.js';
import { normalizeBlocks } from './normalize.js';
import { loadableItem, readBibliography } from './references-bib.js';
import { parseReference, referenceEntries, referenceKey } from './references-parse.js';
import { joinSplitSentences, placeBoxes } from './split-repairs.js';
import { findStrengthStatements, type StrengthStatement } from './strength-statements.js';
import { Vocabulary } from './vocabulary.js';

export interface ImportOptions {
  bib?: string;
  id?: string;
  outDir: string;
}

export interface ImportResult {
  draftPath: string;
  draft: string;
  extraction: Extraction;
  metadata: FullMetadata;
  headings: number;
  passages: number;
  references: { parsed: number; notParsed: number; fromBib: number };
  statements: StrengthStatement[];
  problems: string[];
  /** Inline citations of the draft's passages that resolve to one of its references. */
  resolved: number;
  unresolved: string[];
  todo: string[];
}

function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) =>
    b.kind === 'box' ? blockTexts(b.blocks) : b.kind === 'table' ? [...b.header, ...b.rows.flat()] : [b.text],
  );
}

function countHeadings(blocks: Block[]): number {
  return blocks.reduce(
    (n, b) => n + (b.kind === 'heading' ? 1 : b.kind === 'box' ? 1 + countHeadings(b.blocks) : 0),
    0,
  );
}

interface References {
  items: Record<string, unknown>[];
  unparsed: string[];
  fromBib: number;
}

async function gatherReferences(x: Extraction, bibPath: string | undefined): Promise<References> {
  const items: Record<string, unknown>[] = [];
  const unparsed: string[] = [];
  const taken = new Set<string>();
  const add = (raw: Record<string, unknown>, label: string) => {
    const r = loadableItem(raw);
    if (!r.item) {
      unparsed.push(`${label} (${r.problem})`);
      return;
    }
    const given = typeof r.item.id === 'string' ? r.item.id : '';
    const id = given && !taken.has(given) ? given : referenceKey(r.item, taken);
    taken.add(id);
    items.push({ ...r.item, id });
  };
  let fromBib = 0;
  if (bibPath) {
    const cited = new Set(x.citationKeys ?? []);
    for (const item of await readBibliography(bibPath)) {
      if (cited.size > 0 && !cited.has(String(item.id))) continue;
      add(item, String(item.id));
      fromBib++;
    }
  }
  const parseText = (t: string, number?: string) => {
    const parsed = parseReference(t);
    if (parsed) add(number ? { ...parsed, 'citation-number': number } : parsed, t);
    else unparsed.push(t);
  };
  for (const r of x.references) {
    if ('csl' in r) add(r.csl, String(r.csl.id ?? r.csl.title ?? 'reference'));
    else parseText(r.text, r.number);
  }
  if (!bibPath && x.references.length === 0) for (const t of referenceEntries(x.blocks)) parseText(t);
  return { items, unparsed, fromBib };
}

function todoList(
  m: FullMetadata,
  refs: References,
  statements: StrengthStatement[],
  x: Extraction,
): string[] {
  const todo: string[] = [];
  const guessed = (Object.entries(m) as [string, { guessed: boolean }][])
    .filter(([, g]) => g.guessed)
    .map(([k]) => k);
  if (guessed.length > 0) todo.push(`check the guessed metadata (marked CHECK): ${guessed.join(', ')}`);
  todo.push(
    `annotate strength: ${statements.length} statement(s) where the review judges its evidence are listed in the checklist; strength.default is not_assessed until then`,
  );
  todo.push('check the sections marked role: about, and mark any other section that describes the review');
  if (refs.unparsed.length > 0)
    todo.push(`add the ${refs.unparsed.length} reference(s) that could not be parsed (listed as comments)`);
  const inline = x.repairs.list().find((g) => g.kind === 'inline-code');
  if (inline) todo.push(`replace or accept ${inline.count} inline code result(s) kept as code (see repairs)`);
  if (x.layout) todo.push('check the heading levels (a layout format does not always show them)');
  return todo;
}

export async function importReview(input: string, opts: ImportOptions): Promise<ImportResult> {
  const source = await detect(input);
  const x = await extract(source);
  if (blockTexts(x.blocks).join('').trim() === '') {
    throw new ImportError('empty-source', `${input}: no text found to import`);
  }
  const joined = placeBoxes(x.layout ? joinSplitSentences(x.blocks, x.repairs) : x.blocks, x.repairs);
  const vocab = new Vocabulary(blockTexts(joined));
  const normalized = normalizeBlocks(joined, vocab, x.repairs).blocks;
  const metadata = completeMetadata(x.metadata, normalized, source.path);
  const id =
    opts.id ??
    slug(
      x.files.length === 1
        ? (x.files[0] ?? '').replace(/\.[^.]+$/, '')
        : (input.replace(/\/+$/, '').split('/').pop() ?? 'review'),
    );
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    throw new ImportError(
      'bad-option',
      `--id "${id}": use lowercase letters, digits and hyphens, starting with a letter or digit`,
    );
  }
  const refs = await gatherReferences(x, opts.bib ?? source.bibBeside);
  const blocks = resolveCiteMarkers(normalized, refs.items, x.repairs);
  const statements = findStrengthStatements(blocks);
  const body = writeBody(blocks, x.repairs);
  const todo = todoList(metadata, refs, statements, x);
  const firstHeading = statements[0]?.heading ?? blocks.find((b) => b.kind === 'heading')?.text;
  const input_: DraftInput = {
    id,
    basis: firstHeading
      ? `not annotated yet (the checklist's first statement, or the first heading: ${firstHeading})`
      : 'not annotated yet',
    metadata,
    source: { files: x.files, format: x.format },
    repairs: x.repairs.list(),
    references: refs.items,
    unparsed: refs.unparsed,
    aboutHeadings: aboutHeadings(blocks),
    statements,
    todo,
    body,
  };
  const draft = writeDraft(input_);
  const draftPath = join(opts.outDir, `_draft-${id}.md`);
  const result: ImportResult = {
    draftPath,
    draft,
    extraction: x,
    metadata,
    headings: countHeadings(blocks),
    passages: 0,
    references: { parsed: refs.items.length, notParsed: refs.unparsed.length, fromBib: refs.fromBib },
    statements,
    problems: [],
    resolved: 0,
    unresolved: [],
    todo,
  };
  try {
    const corpus = buildCorpus([{ file: draftPath, source: draft }]);
    result.passages = corpus.passages.length;
    result.resolved = corpus.passages.reduce((n, p) => n + p.citations.length, 0);
    result.unresolved = corpus.unresolved.map((u) => `line ${u.line}: "${u.text}"`);
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    result.problems = e.problems.map(formatProblem);
  }
  return result;
}
