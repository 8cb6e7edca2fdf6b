/**
 * The strength scale every renderer shows beside a finding: a four-step visual bar and the level's name,
 * e.g. "▰▰▱▱ limited". The caveat beside it is always the review's own words.
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

const NAMES: Record<StrengthLevel, string> = {
  strong: 'strong',
  moderate: 'moderate',
  limited: 'limited',
  insufficient: 'insufficient',
  not_assessed: 'not assessed',
};

/** "▰▰▱▱ limited" */
export function strengthLabel(level: StrengthLevel): string {
  return `${BARS[level]} ${NAMES[level]}`;
}

/** "Strength of evidence: ▰▰▱▱ limited — <caveat>" (plain text; the platform escapes it). */
export function strengthLine(strength: AnswerStrength): string {
  const caveat = strength.caveat.trim();
  const label = `Strength of evidence: ${strengthLabel(strength.level)}`;
  return caveat === '' ? label : `${label} — ${caveat}`;
}
