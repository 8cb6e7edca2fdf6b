/**
 * Citation keys in the source (LaTeX \cite, \citep, \citet) are written as the author–year citations the
 * corpus resolves: "(Lee and van Breda, 2020)", "Lee et al. (2019)". Extractors leave a marker for each; this
 * replaces the markers once the references are known. A key with no reference stays as "(key)" and is
 * reported by the corpus check as unresolved.
 */
import type { Block } from './blocks.js';
import type { RepairLog } from './repairs.js';

// Private-use delimiters: never in extracted text of these formats, and not control characters.
const MARKER = /\uE000(\w+):([^\uE000]*)\uE000/g;

export function citeMarker(command: string, keys: string): string {
  return `\uE000${command}:${keys}\uE000`;
}

function names(item: Record<string, unknown>): string {
  const people = ((item.author ?? item.editor) as Record<string, string>[] | undefined) ?? [];
  const name = (p: Record<string, string> | undefined) => p?.family ?? p?.literal ?? '';
  if (people.length === 1) return name(people[0]);
  if (people.length === 2) return `${name(people[0])} and ${name(people[1])}`;
  return `${name(people[0])} et al.`;
}

function year(item: Record<string, unknown>): string {
  return String(
    (item.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0] ?? 'n.d.',
  );
}

export function resolveCiteMarkers(
  blocks: Block[],
  references: Record<string, unknown>[],
  log: RepairLog,
): Block[] {
  const byKey = new Map(references.map((r) => [String(r.id), r]));
  const fix = (text: string) =>
    text.replace(MARKER, (_m, command: string, keys: string) => {
      const items = keys
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean);
      const known = items.map((k) => byKey.get(k));
      const narrative = /^(citet|textcite)$/.test(command);
      const written = known.every(Boolean)
        ? narrative
          ? known.map((i) => `${names(i ?? {})} (${year(i ?? {})})`).join('; ')
          : `(${known.map((i) => `${names(i ?? {})}, ${year(i ?? {})}`).join('; ')})`
        : `(${items.join('; ')})`;
      log.add(
        'cite-keys',
        'citation keys written as author–year citations from the references',
        `${keys} → ${written}`,
      );
      return written;
    });
  return blocks.map((b) => {
    if (b.kind === 'box') return { ...b, blocks: resolveCiteMarkers(b.blocks, references, log) };
    if (b.kind === 'table') return { ...b, header: b.header.map(fix), rows: b.rows.map((r) => r.map(fix)) };
    return { ...b, text: fix(b.text) };
  });
}
