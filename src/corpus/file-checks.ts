/**
 * The checks of a corpus file beyond its schema. They read the raw front matter, so they run even when the
 * schema check fails: every problem of a file is reported at once, not one fix at a time.
 */
import type { z } from 'zod';
import { fieldPath } from './errors.js';
import type { Heading } from './markdown.js';
import { importBibtex } from './references.js';
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

/** Every annotated heading must exist in the body, once. */
export function checkSectionHeadings(raw: unknown, headings: Heading[], report: Report): void {
  const texts = new Set(headings.map((h) => h.text));
  const seen = new Set<string>();
  asArray(field(field(raw, 'strength'), 'sections')).forEach((s, i) => {
    const heading = field(s, 'heading');
    if (typeof heading !== 'string' || heading.trim() === '') return; // the schema reports it
    const path = ['strength', 'sections', i, 'heading'];
    if (!texts.has(heading))
      report(path, `no heading "${heading}" in the body (headings must match exactly)`);
    if (seen.has(heading)) report(path, `"${heading}" is annotated twice`);
    seen.add(heading);
  });
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
