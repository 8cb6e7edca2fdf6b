/**
 * The strength scale every renderer shows beside a finding: a four-step visual bar on the common order and
 * the level's own words on the review's scale, e.g. "▰▰▱▱ limited" or "▰▱▱▱ Very low certainty (GRADE)".
 * The caveat beside it is always the review's own words.
 */
import type { StrengthLevel } from '../../corpus/types.js';
import type { AnswerStrength } from '../../retrieval/answer.js';

const BARS: Record<StrengthLevel, string> = {
  strong: '▰▰▰▰',
  moderate: '▰▰▰▱',
  limited: '▰▰▱▱',
  insufficient: '▰▱▱▱',
  not_assessed: '▱▱▱▱',
};

/** "▰▱▱▱ Very low certainty (GRADE)": the common-order bar, then the review's own words for the level. */
export function strengthLabel(strength: Pick<AnswerStrength, 'level' | 'words'>): string {
  const words = strength.words.trim();
  return words === '' ? BARS[strength.level] : `${BARS[strength.level]} ${words}`;
}

/** "Strength of evidence: ▰▰▱▱ limited — <caveat>" (plain text; the platform escapes it). */
export function strengthLine(strength: Pick<AnswerStrength, 'level' | 'words' | 'caveat'>): string {
  const caveat = strength.caveat.trim();
  const label = `Strength of evidence: ${strengthLabel(strength)}`;
  return caveat === '' ? label : `${label} — ${caveat}`;
}
