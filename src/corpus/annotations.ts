/**
 * Front-matter strength annotations → what the passages need: section annotations keyed by the body's own
 * heading texts, block annotations (paragraphs, list items, table rows) keyed by the block's start, each with
 * a full Strength on the review's own scale. Every fault is reported with its front-matter path.
 */
import { annotationTargets, matchQuote } from './block-quotes.js';
import type { Report } from './file-checks.js';
import { matchHeading, namesHeading, normalText } from './headings.js';
import { type Block, type Heading, tableCells } from './markdown.js';
import { declaredScale, findScale, levelFromCell, type Scale, scaleLevel } from './scales.js';
import type { FrontMatter } from './schema.js';
import { describeTables, type TableInfo } from './tables.js';
import type { BlockAnnotation, SectionAnnotation, Strength, StrengthOrigin, TableRow } from './types.js';

export interface Annotations {
  scale: Scale;
  defaultStrength: Strength;
  sections: SectionAnnotation[];
  blocks: BlockAnnotation[];
  /** Table rows by start offset: the row's table in the source's words. */
  rows: Map<number, TableRow>;
}

interface Context {
  body: string;
  blocks: readonly Block[];
  headings: readonly Heading[];
  bodyLine: number;
  lineOf(path: readonly PropertyKey[]): number;
  report: Report;
}

type RawStrength = { level?: string | undefined; caveat?: string | undefined; basis?: string | undefined };

/** Resolves every annotation; returns undefined when any of them is at fault (the faults are reported). */
export function resolveAnnotations(fm: FrontMatter, ctx: Context): Annotations | undefined {
  let faults = 0;
  const report: Report = (path, message) => {
    faults++;
    ctx.report(path, message);
  };
  const texts = ctx.headings.map((h) => h.text);
  const scale = findScale(fm.strength.scale, fm.scales.map(declaredScale));
  if (!scale) return undefined; // reported by checkLevels
  // A basis names a heading, or a table's caption (a summary-of-findings table is often the judgement).
  const captions = [...describeTables(ctx.body, ctx.blocks).values()].map((t) => t.caption);
  const strength = (raw: RawStrength, path: PropertyKey[], from: StrengthOrigin): Strength | undefined => {
    if (raw.level === undefined || raw.caveat === undefined || raw.basis === undefined) return undefined;
    const level = scaleLevel(scale, raw.level);
    if (!level) return undefined; // reported by checkLevels
    if (texts.length > 0 && !namesHeading(raw.basis, [...texts, ...captions])) {
      report(
        [...path, 'basis'],
        `basis "${raw.basis}" names no heading of the body: name the section (or table) where the review makes this judgement`,
      );
    }
    return strengthOf(scale, level.id, raw.caveat, raw.basis, from);
  };
  const origin = (kind: StrengthOrigin['kind'], annotation: string, path: PropertyKey[]): StrengthOrigin => ({
    kind,
    annotation,
    line: ctx.lineOf(path),
  });

  const defaultStrength = strength(
    fm.strength.default,
    ['strength', 'default'],
    origin('default', 'strength.default', ['strength', 'default']),
  );

  const sections: SectionAnnotation[] = [];
  const annotated = new Set<string>();
  fm.strength.sections.forEach((s, i) => {
    const path = ['strength', 'sections', i];
    const matched = sectionHeadings(s, texts);
    const label = s.heading ?? s.headings?.join(', ') ?? s.pattern ?? '';
    const st = strength(s, path, origin('section', label, path));
    for (const heading of matched) {
      if (annotated.has(heading)) continue; // reported by checkSectionHeadings
      annotated.add(heading);
      sections.push({ heading, role: s.role, strength: st, line: ctx.lineOf(path) });
    }
  });

  const targets = annotationTargets(ctx.body, ctx.blocks);
  const blocks: BlockAnnotation[] = [];
  const byStart = new Set<number>();
  fm.strength.blocks.forEach((b, i) => {
    const path = ['strength', 'blocks', i];
    const match = matchQuote(b.quote, targets, ctx.bodyLine);
    if ('problem' in match) {
      report([...path, 'quote'], match.problem);
      return;
    }
    if (byStart.has(match.target.start))
      report([...path, 'quote'], `the block "${b.quote}" is annotated twice`);
    byStart.add(match.target.start);
    blocks.push({
      start: match.target.start,
      role: b.role,
      strength: strength(b, path, origin('block', b.quote, path)),
      quote: b.quote,
      line: ctx.lineOf(path),
    });
  });

  const rows = new Map<number, TableRow>();
  const tables = describeTables(ctx.body, ctx.blocks, footnoteCounts(fm, ctx));
  for (const t of tables.values()) {
    for (const row of t.block.items) {
      rows.set(row.start, {
        caption: t.caption,
        header: t.header,
        cells: tableCells(ctx.body.slice(row.start, row.end)),
        footnotes: t.footnotes,
      });
    }
  }
  fm.strength.tables.forEach((a, i) => {
    const path = ['strength', 'tables', i];
    const table = findTable(a.table, tables, path, report);
    if (!table) return;
    const col = table.header.findIndex((h) => normalText(h) === normalText(a.certainty_column));
    if (col < 0) {
      report(
        [...path, 'certainty_column'],
        `no column "${a.certainty_column}" in table "${table.caption}" (columns: ${table.header.join(' | ')})`,
      );
      return;
    }
    for (const row of table.block.items) {
      if (byStart.has(row.start)) continue; // a block annotation on the row wins
      const cell = tableCells(ctx.body.slice(row.start, row.end))[col]?.trim() ?? '';
      if (cell === '') continue;
      const level = levelFromCell(scale, cell);
      if (!level) {
        report(
          [...path, 'certainty_column'],
          `row at line ${ctx.bodyLine + row.line}: certainty "${cell}" names no level of scale "${scale.id}"`,
        );
        continue;
      }
      const caveat = `${table.header[col]}: ${cell}${a.caveat ? ` ${a.caveat}` : ''}`;
      const from = origin('table', a.table, path);
      blocks.push({
        start: row.start,
        strength: strengthOf(scale, level.id, caveat, table.caption, from),
        quote: a.table,
        line: from.line,
      });
    }
  });
  if (faults > 0 || !defaultStrength) return undefined;
  return { scale, defaultStrength, sections, blocks, rows };
}

/** A Strength on a scale, from a level id known to be on it. */
export function strengthOf(
  scale: Scale,
  levelId: string,
  caveat: string,
  basis: string,
  from: StrengthOrigin,
): Strength {
  const level = scaleLevel(scale, levelId) ?? scale.levels[scale.levels.length - 1];
  return {
    level: level?.common ?? 'not_assessed',
    caveat,
    basis,
    scale: scale.id,
    scaleName: scale.name,
    scaleLevel: level?.id ?? 'not_assessed',
    words: level?.words ?? 'not assessed',
    from,
  };
}

/** The body headings an annotation names (faults in naming are reported by checkSectionHeadings). */
function sectionHeadings(s: FrontMatter['strength']['sections'][number], texts: string[]): string[] {
  if (s.pattern !== undefined) {
    const re = new RegExp(s.pattern, 'iu');
    return [...new Set(texts.filter((t) => re.test(t)))];
  }
  const written = s.heading !== undefined ? [s.heading] : (s.headings ?? []);
  return [...new Set(written.flatMap((w) => matchHeading(w, texts)))];
}

function findTable(
  quote: string,
  tables: Map<number, TableInfo>,
  path: PropertyKey[],
  report: Report,
): TableInfo | undefined {
  const want = normalText(quote);
  const hits = [...tables.values()].filter((t) => normalText(t.caption).startsWith(want));
  const [first] = hits;
  if (first && hits.length === 1) return first;
  const captions = [...tables.values()].map((t) => `"${t.caption}"`).join(', ') || 'none';
  report(
    [...path, 'table'],
    hits.length > 1
      ? `table "${quote}" matches ${hits.length} table captions: quote more words`
      : `no table captioned "${quote}…" (tables: ${captions})`,
  );
  return undefined;
}

/** Explicit footnote counts of annotated tables, by the table block's start. */
function footnoteCounts(fm: FrontMatter, ctx: Context): Map<number, number> {
  const counts = new Map<number, number>();
  const withCount = fm.strength.tables.filter((a) => a.footnotes !== undefined);
  if (withCount.length === 0) return counts;
  const tables = describeTables(ctx.body, ctx.blocks);
  for (const a of withCount) {
    const want = normalText(a.table);
    const hits = [...tables.values()].filter((t) => normalText(t.caption).startsWith(want));
    if (hits.length === 1 && hits[0] && a.footnotes !== undefined)
      counts.set(hits[0].block.start, a.footnotes);
  }
  return counts;
}
