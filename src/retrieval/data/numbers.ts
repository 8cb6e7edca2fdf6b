/**
 * English number words, for the analyzer (a counted noun, "five studies"; "four-day" as "4-day") and the
 * word-frequency list ("5" → five).
 */

/** zero … nineteen: `UNITS[n]` is the word for n. */
export const UNITS: readonly string[] =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );

/** twenty … ninety: `TENS[n / 10 - 2]` is the word for a multiple of ten. */
export const TENS: readonly string[] = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** The larger counts a text gives a number of things in ("hundreds of families"). */
export const LARGE: readonly string[] = 'hundred hundreds thousand thousands million'.split(' ');

/** "two" … "ninety" → their numerals. */
const NUMERALS: ReadonlyMap<string, string> = new Map([
  ...UNITS.slice(2).map((w, n): [string, string] => [w, String(n + 2)]),
  ...TENS.map((w, n): [string, string] => [w, String((n + 2) * 10)]),
]);

/**
 * The parts of a hyphenated word joined, each number word from "two" to "ninety" as its numeral and a tens word
 * with the unit after it as one number ("twenty-four" → 24, not 204), for the joined form's term (analyzer.ts):
 * an asker writes "4-day week" or "4 day week" where a review writes "four-day week". Alone, a number word keeps
 * its own term ("four" is rarer in a review than "4", which every table and confidence interval has).
 */
export function joinNumerals(parts: readonly string[]): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i] as string;
    const tens = TENS.indexOf(raw);
    const unit = tens >= 0 ? UNITS.indexOf(parts[i + 1] ?? '') : -1;
    if (unit >= 1 && unit <= 9) {
      out += String((tens + 2) * 10 + unit);
      i++;
    } else out += NUMERALS.get(raw) ?? raw;
  }
  return out;
}
