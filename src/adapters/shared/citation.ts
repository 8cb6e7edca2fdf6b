/**
 * Citation text shared by every renderer: where a passage comes from, in plain text (platforms escape it).
 */
import type { AnswerPassage } from '../../retrieval/answer.js';

/** "Children's Services Reform … › What we found › Leadership" */
export function headingPath(section: readonly string[]): string {
  return section
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' › ');
}

/** The review's citation, then the heading path: "Porter et al. (2023) … · What we found › Leadership". */
export function passageSource(passage: Pick<AnswerPassage, 'citation' | 'section'>): string {
  const path = headingPath(passage.section);
  return path === '' ? passage.citation : `${passage.citation} · ${path}`;
}

/** The studies a passage cites, as "(Feeley, 2021): Feeley, D. (2021) Adult Social Care …". */
export function studyCitations(passage: Pick<AnswerPassage, 'references'>): string[] {
  return passage.references.map((r) => `${r.text}: ${r.reference}`);
}
