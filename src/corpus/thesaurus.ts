/**
 * The domain thesaurus data file (corpus/thesaurus.yml by default): synonym groups and generic words.
 * Validated with zod; problems name the file, line and field, like corpus problems.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CorpusError, type CorpusProblem, fieldPath } from './errors.js';
import { splitFrontMatter } from './front-matter.js';

import type { ThesaurusData } from './types.js';

export const THESAURUS_FILE = 'thesaurus.yml';

export const EMPTY_THESAURUS: ThesaurusData = { groups: [], generic: [] };

const entry = z.string().trim().min(1, 'must not be empty');
const schema = z
  .object({
    generic: z.array(entry).default([]),
    groups: z
      .array(z.array(entry).min(2, 'a group needs a canonical form and at least one other entry'))
      .default([]),
  })
  .strict();

export function parseThesaurus(file: string, source: string): ThesaurusData {
  // Reuse the front-matter reader's YAML → line mapping by wrapping the file as front matter.
  const split = splitFrontMatter(file, `---\n${source}\n---\n`);
  const shift = (line: number) => Math.max(1, line - 1);
  const problems: CorpusProblem[] = split.problems.map((p) => ({ ...p, line: shift(p.line) }));
  if (problems.length === 0) {
    const parsed = schema.safeParse(split.data ?? {});
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        problems.push({
          file,
          line: shift(split.lineOf(i.path)),
          field: fieldPath(i.path),
          message: i.message,
        });
      }
    } else {
      const owner = new Map<string, number>();
      parsed.data.groups.forEach((group, g) => {
        group.forEach((term, t) => {
          const key = term.toLowerCase();
          const first = owner.get(key);
          if (first !== undefined && first !== g) {
            problems.push({
              file,
              line: shift(split.lineOf(['groups', g, t])),
              field: fieldPath(['groups', g, t]),
              message: `"${term}" is already in group ${first} (groups[${first}]): a term may belong to one group only`,
            });
          }
          owner.set(key, g);
        });
      });
      if (problems.length === 0) return parsed.data;
    }
  }
  throw new CorpusError(problems);
}

/** Reads a thesaurus file; a missing file means an empty thesaurus. */
export async function loadThesaurus(file: string): Promise<ThesaurusData> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_THESAURUS;
    throw e;
  }
  return parseThesaurus(file, source);
}
