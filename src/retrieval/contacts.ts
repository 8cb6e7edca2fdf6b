/**
 * Contact details a passage gives: a web address, an email address, a telephone number. "project website
 * link", "email address for the research team" or "phone number" asks for them, but the passage that has
 * them writes "www.celcis.org/csrr" or "Tel: 0141 444 8500" and rarely the asker's word. Every review gives
 * some (its authors' contact, the project's page, where the full report is): no review's words are needed.
 *
 * At index build a passage whose text has one adds its kind's term to its text terms (search-index.ts), once
 * per kind; the question side is a facet (facets.ts: "website", "link to the report", "email", "phone
 * number", "contact details"), whose trigger word's group reaches these terms like a synonym (expand.ts).
 */

/** Terms of the three kinds (not words: the analyzer never makes a term with "@"). */
export const WEB_TERM = '@web';
export const EMAIL_TERM = '@email';
export const PHONE_TERM = '@phone';

/** A web address: a scheme, or "www." and a host. */
const WEB = /\b(?:https?:\/\/|www\.)[a-z0-9-]+\.[a-z0-9]/i;
/** An email address's domain, read from just after its "@" (sticky: one attempt, at lastIndex). */
const EMAIL_DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
/** A character of an email address's local part (the one before the "@" is enough to tell). */
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;

/** Is there an email address ("name@host.org", also after "mailto:")? Looks only at each "@" (linear time). */
function hasEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    if (!EMAIL_LOCAL.test(text.charAt(at - 1))) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (EMAIL_DOMAIN.test(text)) return true;
  }
  return false;
}
/**
 * A telephone number: "+" and a country code, or a leading 0 (a trunk prefix), then groups of digits parted
 * by spaces or hyphens ("0141 444 8500", "+44 141 444 8500", "+1-541-346-1234"); or any such digits after a
 * "Tel", "Phone" or "Telephone" label. Not a number inside a figure ("0.41", "-0.20", "819 (3)").
 */
const PHONE =
  /(?<![\d.,-])(?:\+\d{1,3}[ -]?(?:\(0\)[ -]?)?\d{1,4}|0\d{2,4})[ -]\d{3,4}(?:[ -]\d{3,4})?(?![\d.,-])|\b(?:tel|phone|telephone)\b\.?:?\s*\+?\(?\d[\d ()-]{6,}\d/i;
/** Where a telephone number could start (a cheap test before PHONE): "+" and a digit, 0 and two digits, a label. */
const PHONE_START = /(?<![\d.,-])(?:\+\d|0\d\d)|\b(?:tel|phone)/i;

/** The contact terms of one passage's text, each kind at most once. */
export function contactTerms(text: string): string[] {
  const out: string[] = [];
  // Cheap tests first: most passages have no ".", "@" or digit run that could start one.
  if ((text.includes('www.') || text.includes('://')) && WEB.test(text)) out.push(WEB_TERM);
  if (hasEmail(text)) out.push(EMAIL_TERM);
  if (PHONE_START.test(text) && PHONE.test(text)) out.push(PHONE_TERM);
  return out;
}
