/**
 * Strength scales: the bot's five-level scale, GRADE (built in), and scales a review declares itself. Every
 * level maps onto one common order (the five-level scale's levels), which drives the visual bar; the level's
 * own words are what users read. docs/corpus-format.md ("Scales") documents the meanings.
 */
import type { StrengthLevel } from './types.js';

export interface ScaleLevel {
  /** What `level:` says in an annotation. */
  id: string;
  /** The level's own words, shown to users: "Very low certainty (GRADE)". */
  words: string;
  /** Its place on the common order. */
  common: StrengthLevel;
  /** Phrases of a findings-table certainty cell that mean this level (lower-case). */
  matches: string[];
}

export interface Scale {
  id: string;
  name: string;
  /** Strongest first; `not_assessed` is always last. */
  levels: ScaleLevel[];
}

export const DEFAULT_SCALE_ID = 'five-level';

const level = (id: string, words: string, common: StrengthLevel, matches: string[] = []): ScaleLevel => ({
  id,
  words,
  common,
  matches: matches.length > 0 ? matches : [id.replace(/_/g, ' '), words.toLowerCase()],
});

export const FIVE_LEVEL: Scale = {
  id: DEFAULT_SCALE_ID,
  name: 'strength of evidence',
  levels: [
    level('strong', 'strong', 'strong'),
    level('moderate', 'moderate', 'moderate'),
    level('limited', 'limited', 'limited'),
    level('insufficient', 'insufficient', 'insufficient'),
    level('not_assessed', 'not assessed', 'not_assessed'),
  ],
};

export const GRADE: Scale = {
  id: 'grade',
  name: 'GRADE',
  levels: [
    level('high', 'High certainty (GRADE)', 'strong', ['high']),
    level('moderate', 'Moderate certainty (GRADE)', 'moderate', ['moderate']),
    level('low', 'Low certainty (GRADE)', 'limited', ['low']),
    level('very_low', 'Very low certainty (GRADE)', 'insufficient', ['very low']),
    level('no_evidence', 'No evidence (GRADE)', 'insufficient', ['no studies', 'no evidence']),
    level('not_assessed', 'Not assessed (GRADE)', 'not_assessed', ['not assessed']),
  ],
};

export const BUILT_IN_SCALES: readonly Scale[] = [FIVE_LEVEL, GRADE];

export interface DeclaredScale {
  id: string;
  name: string;
  levels: { id: string; words: string; common: StrengthLevel; matches?: string[] | undefined }[];
}

/** A declared scale as a Scale: matches lower-cased, `not_assessed` added when the file leaves it out. */
export function declaredScale(d: DeclaredScale): Scale {
  const levels = d.levels.map((l) =>
    level(
      l.id,
      l.words,
      l.common,
      (l.matches ?? []).map((m) => m.toLowerCase()),
    ),
  );
  if (!levels.some((l) => l.id === 'not_assessed')) {
    levels.push(level('not_assessed', `Not assessed (${d.name})`, 'not_assessed'));
  }
  return { id: d.id, name: d.name, levels };
}

export function findScale(id: string, declared: readonly Scale[]): Scale | undefined {
  return [...BUILT_IN_SCALES, ...declared].find((s) => s.id === id);
}

export function scaleLevel(scale: Scale, id: string): ScaleLevel | undefined {
  return scale.levels.find((l) => l.id === id);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The level a findings-table cell states in the review's own words ("⊕  Very low¹", "⊕⊕◯◯ LOW"): the longest
 * phrase of the scale found as whole words wins; for GRADE with no words, the number of ⊕ marks.
 */
export function levelFromCell(scale: Scale, cell: string): ScaleLevel | undefined {
  const text = cell.toLowerCase().replace(/[\u00b9\u00b2\u00b3\u2070-\u209f]/g, ' ');
  let best: { level: ScaleLevel; length: number } | undefined;
  for (const l of scale.levels) {
    for (const phrase of l.matches) {
      if (phrase === '') continue;
      const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}(?=$|[^\\p{L}\\p{N}])`, 'u');
      if (re.test(text) && (!best || phrase.length > best.length)) best = { level: l, length: phrase.length };
    }
  }
  if (best) return best.level;
  if (scale.id === GRADE.id) {
    const plus = (cell.match(/⊕/g) ?? []).length;
    const id = ['', 'very_low', 'low', 'moderate', 'high'][plus];
    return id ? scaleLevel(scale, id) : undefined;
  }
  return undefined;
}
