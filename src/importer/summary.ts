/** The summary printed after an import: what was read and found, and what the owner must still do. */
import type { ImportResult } from './import-review.js';

export function summaryLines(r: ImportResult): string[] {
  const x = r.extraction;
  const refs = r.references;
  const lines = [
    `draft  ${r.draftPath}`,
    `read   ${x.read.count} ${x.read.unit} (${x.format}: ${x.files.join(', ')})`,
    `found  ${r.headings} headings, ${r.passages} passages it would make`,
    `refs   ${refs.parsed} parsed${refs.fromBib > 0 ? ` (${refs.fromBib} from the .bib/.ris)` : ''}, ${refs.notParsed} not parsed`,
    `repairs ${x.repairs.total()} in ${x.repairs.list().length} kind(s):`,
    ...x.repairs.lines().map((l) => `  - ${l}`),
    `strength statements found: ${r.statements.length} (listed in the draft's front matter for the owner)`,
  ];
  if (r.unresolved.length > 0) {
    lines.push(
      `citations that match no reference (${r.unresolved.length}):`,
      ...r.unresolved.slice(0, 20).map((u) => `  - ${u}`),
    );
    if (r.unresolved.length > 20)
      lines.push(`  … and ${r.unresolved.length - 20} more (npm run corpus:check lists them all)`);
  }
  if (r.problems.length > 0) {
    lines.push(
      `corpus check: ${r.problems.length} problem(s) in the draft:`,
      ...r.problems.map((p) => `  ${p}`),
    );
  } else {
    lines.push('corpus check: the draft loads (once renamed without the leading "_")');
  }
  lines.push('to do:', ...r.todo.map((t) => `  - ${t}`));
  return lines;
}
