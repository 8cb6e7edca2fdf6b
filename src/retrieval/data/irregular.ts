/** Irregular plurals → singular. */
const PLURALS: Readonly<Record<string, string>> = {
  children: 'child',
  women: 'woman',
  men: 'man',
  people: 'person',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  data: 'datum',
};

/**
 * The irregular plurals ("children", "people"): a plural noun that does not end in "s". Not "data", which is
 * as often a modifier ("data points").
 */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(
  Object.keys(PLURALS).filter((w) => w !== 'data'),
);

/**
 * Irregular English forms → the base form the analyzer stems, so that a question and a passage that use
 * different forms of one word meet: "children" → child, "lying" → lie, "sold" → sell, "led" → lead.
 * General English (irregular plurals and the common irregular verbs' past forms), not any corpus's words.
 * A form that is as often another word is left out ("lay", "saw", "wound", "lit", "read").
 */
export const IRREGULAR: Readonly<Record<string, string>> = {
  ...PLURALS,
  // verbs: past tense and past participle → base
  ...verbs({
    arise: 'arose arisen',
    become: 'became',
    begin: 'began begun',
    bring: 'brought',
    build: 'built',
    buy: 'bought',
    catch: 'caught',
    choose: 'chose chosen',
    come: 'came',
    deal: 'dealt',
    do: 'did done',
    draw: 'drew drawn',
    drive: 'drove driven',
    eat: 'ate eaten',
    fall: 'fell fallen',
    feed: 'fed',
    feel: 'felt',
    fight: 'fought',
    find: 'found',
    flee: 'fled',
    fly: 'flew flown',
    forget: 'forgot forgotten',
    get: 'got gotten',
    give: 'gave given',
    go: 'went gone',
    grow: 'grew grown',
    hide: 'hid hidden',
    hold: 'held',
    keep: 'kept',
    know: 'knew known',
    lead: 'led',
    leave: 'left',
    lend: 'lent',
    lie: 'lying lied lain',
    lose: 'lost',
    make: 'made',
    mean: 'meant',
    meet: 'met',
    pay: 'paid',
    ride: 'rode ridden',
    rise: 'rose risen',
    run: 'ran',
    say: 'said',
    see: 'seen',
    seek: 'sought',
    sell: 'sold',
    send: 'sent',
    shake: 'shook shaken',
    sit: 'sat',
    sleep: 'slept',
    speak: 'spoke spoken',
    spend: 'spent',
    stand: 'stood',
    steal: 'stole stolen',
    strike: 'struck',
    take: 'took taken',
    teach: 'taught',
    tell: 'told',
    think: 'thought',
    throw: 'threw thrown',
    undergo: 'underwent undergone',
    understand: 'understood',
    wear: 'wore worn',
    win: 'won',
    withdraw: 'withdrew withdrawn',
    write: 'wrote written',
  }),
};

function verbs(table: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [base, forms] of Object.entries(table)) for (const f of forms.split(' ')) out[f] = base;
  return out;
}

/**
 * Classical plurals in "-es" of nouns in "-is", which Porter stems apart from their singular ("analyses" →
 * analys, "analysis" → analysi): the singular, so both meet. By their endings "-lyses" (analyses,
 * meta-analyses), "-theses" (hypotheses, syntheses), "-gnoses" (diagnoses, prognoses), after at least two
 * letters, and a few whole words. Not "-oses" in general ("doses", "purposes").
 */
const CLASSICAL = /^(\p{L}{2,}(?:ly|the|gno))ses$/u;
const CLASSICAL_WORDS: Readonly<Record<string, string>> = {
  theses: 'thesis',
  crises: 'crisis',
  emphases: 'emphasis',
  oases: 'oasis',
  neuroses: 'neurosis',
  psychoses: 'psychosis',
};

export function classicalSingular(word: string): string | undefined {
  if (Object.hasOwn(CLASSICAL_WORDS, word)) return CLASSICAL_WORDS[word];
  const m = CLASSICAL.exec(word);
  return m ? `${m[1]}sis` : undefined;
}

/**
 * Porter (1980) stems "lies" to "li" but "lie" to "lie"; Porter2 (Snowball English) replaces "ies" by "ie"
 * when one letter precedes it ("ties", "dies", "lies"), else by "i" ("studies" → studi). This is that rule.
 */
export function shortIes(word: string): string {
  return word.length === 4 && word.endsWith('ies') ? word.slice(0, 3) : word;
}
