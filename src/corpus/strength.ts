/**
 * Which strength annotation and role apply to a passage. Nearest wins: the passage's own block annotation
 * (paragraph, list item or table row), then the nearest heading in its path that carries an annotation, then
 * the review-level default (for findings). About and assessment text carries a fixed caveat instead.
 */
import type { Scale } from './scales.js';
import type { BlockAnnotation, SectionAnnotation, SectionRole, Strength, StrengthOrigin } from './types.js';

export const ABOUT_STRENGTH_CAVEAT =
  'About this review (who made it, why and how), not a finding: no strength judgement applies to this text.';

export const ASSESSMENT_STRENGTH_CAVEAT =
  "The review's own assessment of how strong its evidence is, not a finding: it says how far the findings can be trusted.";

export interface Annotated {
  role: SectionRole;
  strength: Strength;
}

export interface AnnotationSet {
  scale: Scale;
  sections: readonly SectionAnnotation[];
  defaultStrength: Strength;
  preambleRole: SectionRole;
  /** 1-based file line of strength.preamble_role (or of the front matter). */
  preambleLine: number;
}

/** The fixed strength of text that is not a finding: about the review, or its assessment of its evidence. */
export function roleStrength(role: 'about' | 'assessment', scale: Scale, from: StrengthOrigin): Strength {
  const about = role === 'about';
  return {
    level: 'not_assessed',
    caveat: about ? ABOUT_STRENGTH_CAVEAT : ASSESSMENT_STRENGTH_CAVEAT,
    basis: about ? 'about this review' : "the review's assessment of its evidence",
    scale: scale.id,
    scaleName: scale.name,
    scaleLevel: 'not_assessed',
    words: about ? 'about this review' : "the review's assessment of its evidence",
    from,
  };
}

export function annotate(
  headingPath: readonly string[],
  set: AnnotationSet,
  block?: BlockAnnotation | undefined,
): Annotated {
  let role: SectionRole = headingPath.length === 0 ? set.preambleRole : 'finding';
  let roleFrom: StrengthOrigin = {
    kind: 'role',
    annotation: headingPath.length === 0 ? 'strength.preamble_role' : '(no annotation)',
    line: set.preambleLine,
  };
  let strength: Strength | undefined = block?.strength;
  let roleSet = false;
  if (block?.role) {
    role = block.role;
    roleFrom = { kind: 'role', annotation: block.quote, line: block.line };
    roleSet = true;
  }
  for (let i = headingPath.length - 1; i >= 0 && !(roleSet && strength); i--) {
    const found = set.sections.find((s) => s.heading === headingPath[i]);
    if (!found) continue;
    if (!roleSet) {
      role = found.role;
      roleFrom = { kind: 'role', annotation: found.heading, line: found.line };
      roleSet = true;
    }
    if (!strength && found.strength) strength = found.strength;
  }
  if (role === 'about' || role === 'assessment')
    return { role, strength: roleStrength(role, set.scale, roleFrom) };
  return { role, strength: strength ?? set.defaultStrength };
}
