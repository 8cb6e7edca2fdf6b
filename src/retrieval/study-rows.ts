/**
 * Rows of a table of included studies. Reviews describe their evidence base in tables with one row per study
 * ("Characteristics of included studies", risk-of-bias and quality tables): "| Cardemil 2007a | United States
 * | 49 | … | Penn Resiliency Program |". Such a row names the programme, the outcome and the country a
 * question names, so it matches as well as the review's finding on that programme, and a review with a
 * hundred studies has a hundred of them. It describes one study, not what the review found: the ranking
 * counts it as background, like a methods section (rerank.ts), so the synthesis comes first and the row is
 * still there when nothing else matches. A summary-of-findings table has one row per outcome, not per study,
 * and stays a finding.
 *
 * A table is per study when at least STUDY_SHARE of its rows begin with a study label: an author's name and a
 * year ("Ahlen 2015", "Smith et al. 2010a", "O'Neill and Hughes (2019)") or a reference number ("Smith et al.
 * [12]"). Read from the rows only, so it holds for any review whose tables are Markdown pipe tables.
 */
import type { Passage } from '../corpus/types.js';

/** Share of a table's rows that must begin with a study label for the table to be one of studies. */
export const STUDY_SHARE = 0.5;
/** Longest first cell read as a study label (longer ones are sentences that happen to cite a study). */
const LABEL_AT_MOST = 60;
/**
 * A capitalised name, then anything, then a year (with a letter for a second study of one year) or, in a
 * review with numbered citations, the study's reference number ("Smith et al. [12]", "Smith 2010 [12]").
 */
const STUDY_LABEL = /^\p{Lu}[\p{L}'’-]*(?:\s.*)?(?:\b(?:19|20)\d\d[a-z]?\)?|\[\d{1,4}\])$/u;

/** Whether a table's first cell is a study label. */
export function isStudyLabel(cell: string): boolean {
  const c = cell.trim();
  return c.length <= LABEL_AT_MOST && STUDY_LABEL.test(c);
}

/** For each passage, whether it is a row of a table of included studies (one table per document and caption). */
export function studyRows(passages: readonly Pick<Passage, 'docId' | 'table'>[]): boolean[] {
  const tables = new Map<string, { rows: number; labelled: number }>();
  const key = (p: Pick<Passage, 'docId' | 'table'>) => `${p.docId}\0${p.table?.caption ?? ''}`;
  for (const p of passages) {
    if (!p.table) continue;
    const t = tables.get(key(p)) ?? { rows: 0, labelled: 0 };
    t.rows++;
    if (isStudyLabel(p.table.cells[0] ?? '')) t.labelled++;
    tables.set(key(p), t);
  }
  return passages.map((p) => {
    const t = p.table ? tables.get(key(p)) : undefined;
    return t !== undefined && t.labelled >= STUDY_SHARE * t.rows;
  });
}
