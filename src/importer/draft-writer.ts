/**
 * Writes the draft corpus file: front matter (metadata with guessed values marked CHECK, source, repairs
 * grouped and counted, references as CSL, strength defaulting to not_assessed, role: about for the sections
 * that describe the review, and a commented checklist of the strength statements), then the body.
 */
import { stringify } from 'yaml';
import type { Guess, Person } from './blocks.js';
import type { FullMetadata } from './metadata.js';
import type { RepairGroup } from './repairs.js';
import type { StrengthStatement } from './strength-statements.js';

export interface DraftInput {
  id: string;
  metadata: FullMetadata;
  source: { files: string[]; format: string };
  repairs: RepairGroup[];
  references: Record<string, unknown>[];
  /** Entries that could not be parsed: kept for the owner as YAML comments. */
  unparsed: string[];
  aboutHeadings: string[];
  statements: StrengthStatement[];
  /** strength.default.basis: it must name a heading of the body (docs/corpus-format.md). */
  basis: string;
  /** Notes for the owner, written as comments at the top. */
  todo: string[];
  body: string;
}

export const NOT_ASSESSED_CAVEAT =
  "The review's own judgement of this evidence has not been annotated yet, so none is given here.";

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: true } as const;

function scalar(key: string, value: string | number): string {
  return stringify({ [key]: value }, YAML_OPTIONS).trimEnd();
}

function mark<T>(g: Guess<T>): string {
  return g.guessed ? `  # CHECK: guessed from ${g.from}` : `  # from ${g.from}`;
}

function person(p: Person): string {
  return stringify(p, { ...YAML_OPTIONS, collectionStyle: 'flow' }).trimEnd();
}

function comment(text: string, indent = ''): string {
  return text
    .split('\n')
    .map((l) => `${indent}# ${l}`.trimEnd())
    .join('\n');
}

function indentBlock(yaml: string, indent: string): string {
  return yaml
    .trimEnd()
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
}

export function writeDraft(d: DraftInput): string {
  const m = d.metadata;
  const out: string[] = ['---'];
  out.push(
    comment(`Draft made by npm run corpus:import from ${d.source.files.join(', ')} (${d.source.format}).`),
  );
  out.push(comment('Not loaded until renamed without the leading "_". Before that, the owner must:'));
  for (const t of d.todo) out.push(comment(`  - ${t}`));
  out.push(scalar('id', d.id));
  out.push(scalar('title', m.title.value) + mark(m.title));
  out.push(scalar('document_type', m.documentType.value) + mark(m.documentType));
  out.push(`authors:${mark(m.authors)}`);
  for (const a of m.authors.value) out.push(`  - ${person(a)}`);
  out.push(scalar('year', m.year.value) + mark(m.year));
  out.push(scalar('publisher', m.publisher.value) + mark(m.publisher));
  out.push(scalar('url', m.url.value) + mark(m.url));
  out.push('');
  out.push('source:');
  out.push(
    indentBlock(
      stringify(
        { file: d.source.files.join(', '), format: d.source.format, made_by: 'npm run corpus:import' },
        YAML_OPTIONS,
      ),
      '  ',
    ),
  );
  out.push('');
  out.push(comment('Every change made to the extracted text, grouped and counted, with examples.'));
  if (d.repairs.length === 0) out.push('repairs: []');
  else {
    out.push('repairs:');
    for (const g of d.repairs) {
      const line = `${g.label} (${g.count})${g.examples.length > 0 ? `: ${g.examples.join(', ')}` : ''}`;
      out.push(indentBlock(stringify([line], YAML_OPTIONS), '  '));
    }
  }
  out.push('');
  if (d.references.length === 0) out.push('references: []');
  else out.push(stringify({ references: d.references }, YAML_OPTIONS).trimEnd());
  if (d.unparsed.length > 0) {
    out.push(
      comment(`References that could not be parsed (${d.unparsed.length}): add each as a CSL item above.`),
    );
    for (const u of d.unparsed) out.push(comment(`  - ${u}`));
  }
  out.push('');
  out.push('strength:');
  out.push(
    comment('The importer never decides strength: confirm the statements listed below as annotations.', '  '),
  );
  out.push('  default:');
  out.push('    level: not_assessed');
  out.push(indentBlock(stringify({ caveat: NOT_ASSESSED_CAVEAT, basis: d.basis }, YAML_OPTIONS), '    '));
  if (d.statements.some((s) => s.grade)) {
    out.push(
      comment('scale: grade   (suggested: the review uses GRADE wording; levels then high … very_low)', '  '),
    );
  }
  out.push('  preamble_role: about');
  if (d.aboutHeadings.length > 0) {
    out.push(comment('Sections that describe the review (who, why, how, references): check each.', '  '));
    out.push('  sections:');
    for (const h of d.aboutHeadings) {
      out.push(indentBlock(stringify([{ heading: h, role: 'about' }], YAML_OPTIONS), '    '));
    }
  }
  out.push(
    comment(`Strength statements found (${d.statements.length}): where the review judges its evidence.`),
  );
  out.push(
    comment('Confirm each as an annotation of its section or block (docs/corpus-format.md), or drop it.'),
  );
  for (const [i, s] of d.statements.entries()) {
    const grade = s.grade ? `, GRADE ${s.grade.replace(' ', '_')}` : '';
    out.push(comment(`[ ] ${i + 1}. under "${s.heading}": suggests ${s.suggests}${grade} ("${s.phrase}")`));
    out.push(comment(`      ${s.sentence.replace(/\s*\n\s*/g, ' ')}`));
    if (s.quote) out.push(comment(`      as a block annotation: quote: ${JSON.stringify(s.quote)}`));
  }
  out.push('---');
  out.push('');
  return `${out.join('\n')}\n${d.body}`;
}
