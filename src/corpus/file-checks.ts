/**
 * The checks of a corpus file beyond its schema. They read the raw front matter, so they run even when the
 * schema check fails: every problem of a file is reported at once, not one fix at a time.
 */
import type { z } from 'zod';
import { fieldPath } from './errors.js';
import { matchHeading, noHeadingMessage } from './headings.js';
import type { Heading } from './markdown.js';
import { importBibtex } from './references.js';
import { DEFAULT_SCALE_ID, findScale } from './scales.js';
import { cslItemSchema } from './schema.js';
import type { CslItem } from './types.js';

export type Report = (path: PropertyKey[], message: string) => void;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (v: unknown, key: string): unknown =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;

/** Reports zod issues, one per unknown key at the key's own line. */
export function reportSchemaIssues(issues: z.core.$ZodIssue[], report: Report): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) report([...issue.path, key], `Unrecognized key: "${key}"`);
    } else report(issue.path, issue.message);
  }
}

/**
 * Every heading an annotation names (by heading, headings or pattern) must exist in the body, matched as
 * docs/corpus-format.md says (case and quote style ignored), and be annotated once.
 */
export function checkSectionHeadings(raw: unknown, headings: Heading[], report: Report): void {
  const texts = headings.map((h) => h.text);
  const seen = new Set<string>();
  const claim = (path: PropertyKey[], hits: string[]) => {
    for (const h of hits) {
      if (seen.has(h)) report(path, `"${h}" is annotated twice`);
      seen.add(h);
    }
  };
  asArray(field(field(raw, 'strength'), 'sections')).forEach((s, i) => {
    const path = ['strength', 'sections', i];
    const pattern = field(s, 'pattern');
    if (typeof pattern === 'string' && pattern.trim() !== '') {
      let re: RegExp;
      try {
        re = new RegExp(pattern, 'iu');
      } catch {
        return; // the schema reports it
      }
      const hits = [...new Set(texts.filter((t) => re.test(t)))];
      if (hits.length === 0)
        report([...path, 'pattern'], `pattern "${pattern}" matches no heading of the body`);
      claim([...path, 'pattern'], hits);
    }
    const heading = field(s, 'heading');
    const list = field(s, 'headings');
    const written: [string, PropertyKey[]][] = [];
    if (typeof heading === 'string' && heading.trim() !== '') written.push([heading, [...path, 'heading']]);
    asArray(list).forEach((h, j) => {
      if (typeof h === 'string' && h.trim() !== '') written.push([h, [...path, 'headings', j]]);
    });
    for (const [w, at] of written) {
      const hits = matchHeading(w, texts);
      if (hits.length === 0) report(at, noHeadingMessage(w, texts));
      claim(at, hits);
    }
  });
}

/** Every `level` must be a level of the file's scale (built in, or declared under `scales`). */
export function checkLevels(raw: unknown, report: Report): void {
  const strength = field(raw, 'strength');
  const scaleId = field(strength, 'scale') ?? DEFAULT_SCALE_ID;
  if (typeof scaleId !== 'string') return; // the schema reports it
  const declared = asArray(field(raw, 'scales')).filter((s) => field(s, 'id') === scaleId);
  const builtIn = findScale(scaleId, []);
  const ids = builtIn
    ? builtIn.levels.map((l) => l.id)
    : [...asArray(field(declared[0], 'levels')).map((l) => String(field(l, 'id'))), 'not_assessed'];
  if (!builtIn && declared.length === 0) {
    const known = [
      DEFAULT_SCALE_ID,
      'grade',
      ...asArray(field(raw, 'scales')).map((s) => String(field(s, 'id'))),
    ];
    report(
      ['strength', 'scale'],
      `unknown scale "${scaleId}" (known: ${known.join(', ')}; declare yours under "scales")`,
    );
    return;
  }
  const check = (entry: unknown, path: PropertyKey[]) => {
    const level = field(entry, 'level');
    if ((typeof level === 'string' || typeof level === 'number') && !ids.includes(String(level))) {
      report(
        [...path, 'level'],
        `"${level}" is not a level of scale "${scaleId}" (use one of: ${ids.join(', ')})`,
      );
    }
  };
  check(field(strength, 'default'), ['strength', 'default']);
  for (const list of ['sections', 'blocks'] as const) {
    asArray(field(strength, list)).forEach((entry, i) => {
      check(entry, ['strength', list, i]);
    });
  }
}

/**
 * The reference list: YAML items (checked by the schema) plus BibTeX entries, each checked here against the
 * same CSL schema; keys must be unique across both. Returns the items that are valid.
 */
export function collectReferences(raw: unknown, report: Report): CslItem[] {
  const items: CslItem[] = [];
  const keys = new Set<string>();
  asArray(field(raw, 'references')).forEach((item, i) => {
    const id = field(item, 'id');
    if (typeof id === 'string' && keys.has(id))
      report(['references', i, 'id'], `duplicate reference key "${id}"`);
    if (typeof id === 'string') keys.add(id);
    const author = field(item, 'author');
    const editor = field(item, 'editor');
    if (item !== null && typeof item === 'object' && author === undefined && editor === undefined) {
      report(['references', i, 'author'], 'a reference needs "author" or "editor"');
    }
    const ok = cslItemSchema.safeParse(item);
    if (ok.success) items.push(ok.data as CslItem);
  });
  const bibtex = field(raw, 'references_bibtex');
  if (typeof bibtex !== 'string') return items;
  let entries: CslItem[] = [];
  try {
    entries = importBibtex(bibtex);
  } catch (e) {
    report(['references_bibtex'], `BibTeX could not be read: ${(e as Error).message.split('\n')[0]}`);
    return items;
  }
  for (const entry of entries) {
    const where = `entry "${entry.id}"`;
    if (keys.has(entry.id)) report(['references_bibtex'], `duplicate reference key "${entry.id}"`);
    keys.add(entry.id);
    const ok = cslItemSchema.safeParse(entry);
    if (!ok.success) {
      for (const issue of ok.error.issues) {
        const what = issue.path.length > 0 ? `${fieldPath(issue.path)}: ` : '';
        report(
          ['references_bibtex'],
          `${where}: ${what}${issue.path[0] === 'issued' ? 'needs a year' : issue.message}`,
        );
      }
      continue;
    }
    if (!entry.author && !entry.editor) {
      report(['references_bibtex'], `${where}: a reference needs "author" or "editor"`);
      continue;
    }
    items.push(entry);
  }
  return items;
}
