/**
 * British and American spellings → one form, before stemming (the Porter stemmer keeps them apart:
 * organisation → "organis" but organization → "organ"). Rules cover the regular families; the list covers
 * words a rule would get wrong or that follow no rule. Applied at index and query time alike.
 */
const WORDS: Record<string, string> = {
  behavior: 'behaviour',
  behaviors: 'behaviours',
  behavioral: 'behavioural',
  color: 'colour',
  favor: 'favour',
  favorite: 'favourite',
  honor: 'honour',
  labor: 'labour',
  neighbor: 'neighbour',
  neighborhood: 'neighbourhood',
  harbor: 'harbour',
  rumor: 'rumour',
  endeavor: 'endeavour',
  program: 'programme',
  programs: 'programmes',
  center: 'centre',
  centers: 'centres',
  centered: 'centred',
  fiber: 'fibre',
  theater: 'theatre',
  liter: 'litre',
  license: 'licence',
  defense: 'defence',
  offense: 'offence',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  catalog: 'catalogue',
  dialog: 'dialogue',
  pediatric: 'paediatric',
  pediatrician: 'paediatrician',
  anemia: 'anaemia',
  fetus: 'foetus',
  aging: 'ageing',
  judgment: 'judgement',
  judgments: 'judgements',
  enrollment: 'enrolment',
  fulfill: 'fulfil',
  skillful: 'skilful',
  traveled: 'travelled',
  traveling: 'travelling',
  modeling: 'modelling',
  modeled: 'modelled',
  counseling: 'counselling',
  counselor: 'counsellor',
  labeled: 'labelled',
  labeling: 'labelling',
  canceled: 'cancelled',
  gray: 'grey',
  mold: 'mould',
  plow: 'plough',
  maneuver: 'manoeuvre',
  whilst: 'while',
  amongst: 'among',
};

/** -ize/-yze families (organize, organization, analyze …) → -ise/-yse; short words (size, seize) stay. */
const IZE = /^(.{3,})(?:iz)(e|es|ed|ing|er|ers|ation|ations|ational)$/;
const YZE = /^(.{3,})yz(e|es|ed|ing)$/;

export function britishSpelling(word: string): string {
  // own keys only: "constructor" must not find Object.prototype.constructor
  const listed = Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
  if (listed !== undefined) return listed;
  const ize = IZE.exec(word);
  if (ize) return `${ize[1]}is${ize[2]}`;
  const yze = YZE.exec(word);
  if (yze) return `${yze[1]}ys${yze[2]}`;
  return word;
}
