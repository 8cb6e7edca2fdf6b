/**
 * Reading the scopes file against the loaded corpus: every problem (YAML, a field, a set name that is not
 * defined, a review id the corpus does not have, a tag no review carries) is reported at once, each with
 * file, line and field, in a ScopesError. The result is a ScopeTable: place → the Scope the core takes.
 */
import { readFile } from 'node:fs/promises';
import type { CorpusProblem } from '../corpus/errors.js';
import { fieldPath, formatProblem } from '../corpus/errors.js';
import type { Corpus } from '../corpus/types.js';
import type { Scope } from '../retrieval/answer.js';
import { type ScopesFile, scopesFileSchema } from './schema.js';
import { parseYamlWithLines } from './yaml-lines.js';

export class ScopesError extends Error {
  readonly code = 'E_SCOPES_INVALID';
  constructor(readonly problems: CorpusProblem[]) {
    super(
      `The scopes file has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'ScopesError';
  }
}

/** The review set of a place. Undefined: no set applies, every review is seen. */
export interface ScopeTable {
  slack(channelId: string | undefined): Scope | undefined;
  /** A channel's own set wins over its server's. */
  discord(guildId: string | null | undefined, channelId: string | null | undefined): Scope | undefined;
  /** The set names, for logs and --check. */
  names(): string[];
}

/** No scopes file: every place sees every review. */
export const UNSCOPED: ScopeTable = { slack: () => undefined, discord: () => undefined, names: () => [] };

export async function loadScopes(file: string, corpus: Corpus): Promise<ScopeTable> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ScopesError([
      { file, line: 1, field: '(file)', message: `cannot read it: ${(e as Error).message}` },
    ]);
  }
  return parseScopes(file, text, corpus);
}

export function parseScopes(file: string, text: string, corpus: Corpus): ScopeTable {
  const yaml = parseYamlWithLines(text);
  const problem = (path: readonly PropertyKey[], message: string): CorpusProblem => ({
    file,
    line: yaml.lineOf(path),
    field: fieldPath(path) === '(front matter)' ? '(file)' : fieldPath(path),
    message,
  });
  if (yaml.errors.length > 0) {
    throw new ScopesError(
      yaml.errors.map((e) => ({ file, line: e.line, field: '(file)', message: `YAML: ${e.message}` })),
    );
  }
  const parsed = scopesFileSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    // A bad record key (a channel id) carries the key schema's own message inside.
    const message = (i: (typeof parsed.error.issues)[number]) =>
      (i as { issues?: { message: string }[] }).issues?.[0]?.message ?? i.message;
    throw new ScopesError(parsed.error.issues.map((i) => problem(i.path as PropertyKey[], message(i))));
  }
  const spec = parsed.data;
  const problems = crossCheck(spec, corpus, problem);
  if (problems.length > 0) throw new ScopesError(problems);
  return table(spec, corpus);
}

function crossCheck(
  spec: ScopesFile,
  corpus: Corpus,
  problem: (path: readonly PropertyKey[], message: string) => CorpusProblem,
): CorpusProblem[] {
  const ids = new Set(corpus.documents.map((d) => d.id));
  const tags = new Set(corpus.documents.flatMap((d) => d.tags));
  const out: CorpusProblem[] = [];
  for (const [set, s] of Object.entries(spec.sets)) {
    s.reviews.forEach((id, i) => {
      if (!ids.has(id))
        out.push(
          problem(['sets', set, 'reviews', i], `unknown review id "${id}" (no review in the corpus has it)`),
        );
    });
    s.tags.forEach((tag, i) => {
      if (!tags.has(tag)) out.push(problem(['sets', set, 'tags', i], `no review has the tag "${tag}"`));
    });
  }
  const known = (path: PropertyKey[], name: string) => {
    if (!Object.hasOwn(spec.sets, name))
      out.push(problem(path, `no set called "${name}" (define it under sets)`));
  };
  if (spec.default !== undefined) known(['default'], spec.default);
  for (const [id, name] of Object.entries(spec.slack)) known(['slack', id], name);
  for (const [id, name] of Object.entries(spec.discord)) known(['discord', id], name);
  return out;
}

function table(spec: ScopesFile, corpus: Corpus): ScopeTable {
  const scopes = new Map<string, Scope>();
  for (const [name, s] of Object.entries(spec.sets)) {
    const tags = new Set(s.tags);
    const documents = corpus.documents
      .filter((d) => s.reviews.includes(d.id) || d.tags.some((t) => tags.has(t)))
      .map((d) => d.id);
    scopes.set(name, { name, documents });
  }
  const byName = (name: string | undefined) => (name === undefined ? undefined : scopes.get(name));
  const fallback = byName(spec.default);
  return {
    slack: (channel) => byName(own(spec.slack, channel)) ?? fallback,
    discord: (guild, channel) =>
      byName(own(spec.discord, channel)) ?? byName(own(spec.discord, guild)) ?? fallback,
    names: () => [...scopes.keys()],
  };
}

/** A record's own value for a key (never an inherited property such as "constructor"). */
const own = (record: Record<string, string>, key: string | null | undefined): string | undefined =>
  key !== null && key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
