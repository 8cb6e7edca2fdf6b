/** English number words, for the analyzer (a counted noun, "five studies") and the word-frequency list ("5" → five). */

/** zero … nineteen: `UNITS[n]` is the word for n. */
export const UNITS: readonly string[] =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );

/** twenty … ninety: `TENS[n / 10 - 2]` is the word for a multiple of ten. */
export const TENS: readonly string[] = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** The larger counts a text gives a number of things in ("hundreds of families"). */
export const LARGE: readonly string[] = 'hundred hundreds thousand thousands million'.split(' ');
