/**
 * `npm run import:report`: the bars of issue 12, measured. For every source in ../shared/corpora/sources/
 * (its main file as `corpus:import` picks it, and any PDF beside it) it imports a draft in memory and prints
 * the share of the hand-converted file's sentences (../shared/corpora/real/<name>.md) found verbatim in the
 * draft (bar 95%; also with curly and straight quotes counted as the same, since a hand-converted file made from
 * a source that writes ' differs there from a draft of the typeset PDF), the references parsed when no .bib supplies them (bar 90%), the inline citations resolved
 * and unresolved, and whether the draft passes the corpus check. Then the bundled review's extraction
 * (../shared/corpus-source/) against corpus/ (bar 95%, the split sentence and split paragraph repaired), and
 * the time to import a generated 30-page two-column PDF (bar < 10 s). Nothing is written.
 * `npm run import:report -- --missing <name or file>` also lists that source's sentences not found.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { importReview } from '../src/importer/import-review.js';
import { verbatimShare } from '../src/importer/verbatim-share.js';

const SOURCES = '../shared/corpora/sources';
const REAL = '../shared/corpora/real';
const BUNDLED_SOURCE = '../shared/corpus-source';
const BUNDLED = 'corpus/celcis-csrr-rapid-evidence-review.md';

/** `--missing <part of a source's name or path>`: also print that source's sentences not found. */
const flag = process.argv.indexOf('--missing');
const showMissing = flag >= 0 ? (process.argv[flag + 1] ?? '') : undefined;
const missingReport: string[] = [];

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const bar = (ok: boolean) => (ok ? 'met' : 'NOT met');

interface Row {
  source: string;
  input: string;
  share: string;
  shareOk: boolean;
  refs: string;
  refsOk: boolean | undefined;
  citations: string;
  check: string;
  seconds: number;
}

async function measure(name: string, input: string): Promise<Row> {
  const started = performance.now();
  const r = await importReview(input, { outDir: 'corpus', id: name });
  const seconds = (performance.now() - started) / 1000;
  const real = join(REAL, `${name}.md`);
  const share = existsSync(real) ? verbatimShare(readFileSync(real, 'utf8'), r.draft) : undefined;
  if (share && showMissing !== undefined && `${name} ${input}`.includes(showMissing)) {
    missingReport.push(`${input}: ${share.missingQuotesAside.length} sentence(s) not found (quotes aside):`);
    for (const m of share.missingQuotesAside) missingReport.push(`  - ${m}`);
  }
  const fromText = r.references.parsed - r.references.fromBib + r.references.notParsed;
  const parsedFromText = r.references.parsed - r.references.fromBib;
  return {
    source: name,
    input: input === join(SOURCES, name) ? `${name}/ (the folder)` : input.slice(SOURCES.length + 1),
    share: share
      ? `${share.found}/${share.total} ${pct(share.found, share.total)} ${bar(share.found / share.total >= 0.95)}; quotes aside ${share.foundQuotesAside}/${share.total} ${pct(share.foundQuotesAside, share.total)}`
      : 'no hand-converted file',
    shareOk: share ? share.foundQuotesAside / share.total >= 0.95 : false,
    refs:
      fromText > 0
        ? `${parsedFromText}/${fromText} parsed ${pct(parsedFromText, fromText)}${r.references.fromBib ? ` + ${r.references.fromBib} from .bib` : ''}`
        : `${r.references.fromBib} from .bib`,
    refsOk: fromText > 0 ? parsedFromText / fromText >= 0.9 : undefined,
    citations: `${r.resolved} resolved, ${r.unresolved.length} unresolved`,
    check: r.problems.length === 0 ? 'loads' : `${r.problems.length} problem(s): ${r.problems[0]}`,
    seconds,
  };
}

function inputsOf(dir: string): string[] {
  const pdfs = readdirSync(dir)
    .filter((n) => n.endsWith('.pdf'))
    .map((n) => join(dir, n));
  return [dir, ...pdfs];
}

/** A 30-page two-column PDF of review-like text, with a running footer: the speed bar's input. */
async function thirtyPagePdf(): Promise<Uint8Array> {
  const words = readFileSync(BUNDLED, 'utf8')
    .split(/\s+/)
    .filter((w) => /^[\w,.'’()-]+$/.test(w));
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  let w = 0;
  for (let page = 1; page <= 30; page++) {
    const p = doc.addPage([595, 842]);
    p.drawText(`Generated review for the speed bar, page ${page}`, { x: 50, y: 30, size: 8, font });
    p.drawText(`Section ${page}`, { x: 50, y: 790, size: 14, font: bold });
    for (const x of [50, 315]) {
      for (let y = 770; y > 60; y -= 13) {
        let line = '';
        while (font.widthOfTextAtSize(`${line} ${words[w % words.length]}`, 10) < 225)
          line += ` ${words[w++ % words.length]}`;
        p.drawText(line.trim(), { x, y, size: 10, font });
      }
    }
  }
  return doc.save();
}

const rows: Row[] = [];
for (const name of readdirSync(SOURCES).sort()) {
  for (const input of inputsOf(join(SOURCES, name))) rows.push(await measure(name, input));
}
console.log(
  'source | input | hand-converted sentences verbatim (bar 95%; quotes aside: curly = straight) | references (bar 90% of those no .bib supplies) | inline citations | corpus check | seconds',
);
for (const r of rows) {
  console.log(
    `${r.source} | ${r.input} | ${r.share} ${bar(r.shareOk)} | ${r.refs}${r.refsOk === undefined ? '' : ` ${bar(r.refsOk)}`} | ${r.citations} | ${r.check} | ${r.seconds.toFixed(2)}`,
  );
}

for (const line of missingReport) console.log(line);

const txt = readdirSync(BUNDLED_SOURCE).find((n) => n.endsWith('.txt'));
if (txt) {
  const r = await importReview(join(BUNDLED_SOURCE, txt), { outDir: 'corpus', id: 'bundled-draft' });
  const share = verbatimShare(readFileSync(BUNDLED, 'utf8'), r.draft);
  const kinds = new Set(r.extraction.repairs.list().map((g) => g.kind));
  const repaired =
    (kinds.has('split-sentence') || kinds.has('split-sentence-box')) && kinds.has('split-paragraph');
  console.log(
    `bundled review (${txt}) vs ${BUNDLED}: ${share.found}/${share.total} sentences ${pct(share.found, share.total)} ${bar(share.found / share.total >= 0.95)}; split sentence and split paragraph repaired and listed: ${repaired ? 'yes' : 'NO'}; corpus check: ${r.problems.length === 0 ? 'loads' : r.problems.join('; ')}`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'import-report-'));
const pdf = join(dir, 'thirty-pages.pdf');
writeFileSync(pdf, await thirtyPagePdf());
const started = performance.now();
const r = await importReview(pdf, { outDir: dir, id: 'thirty-pages' });
const seconds = (performance.now() - started) / 1000;
console.log(
  `speed: a generated ${r.extraction.read.count}-page two-column PDF imports in ${seconds.toFixed(2)} s (bar < 10 s) ${bar(seconds < 10)}; ${r.passages} passages, corpus check ${r.problems.length === 0 ? 'loads' : 'fails'}`,
);
