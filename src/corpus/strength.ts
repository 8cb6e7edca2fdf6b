/**
 * Which strength annotation and role apply to a passage: the nearest heading in its path that carries an
 * annotation wins; otherwise the review-level default (for findings) applies.
 */
import type { SectionAnnotation, SectionRole, Strength } from './types.js';

export const ABOUT_STRENGTH_CAVEAT =
  'About this review (who made it, why and how), not a finding: no strength judgement applies to this text.';

export interface Annotated {
  role: SectionRole;
  strength: Strength;
}

export function annotate(
  headingPath: readonly string[],
  sections: readonly SectionAnnotation[],
  defaultStrength: Strength,
  preambleRole: SectionRole,
): Annotated {
  let role: SectionRole = headingPath.length === 0 ? preambleRole : 'finding';
  let strength: Strength | undefined;
  let roleSet = false;
  for (let i = headingPath.length - 1; i >= 0; i--) {
    const found = sections.find((s) => s.heading === headingPath[i]);
    if (!found) continue;
    if (!roleSet) {
      role = found.role;
      roleSet = true;
    }
    if (!strength && found.strength) strength = found.strength;
    if (roleSet && strength) break;
  }
  if (role === 'about') {
    return {
      role,
      strength: { level: 'not_assessed', caveat: ABOUT_STRENGTH_CAVEAT, basis: 'about this review' },
    };
  }
  return { role, strength: strength ?? defaultStrength };
}
