/**
 * Side by side (issue 7 item 3), in a fresh process per library: our pipeline, MiniSearch with default
 * options, lunr with its English pipeline, and FlexSearch, on the same passages and questions. Run by
 * scripts/bench.ts; alone: `node --expose-gc --import tsx scripts/bench-peers.ts --lib lunr --size 0`.
 * `--size 0` is the bundled corpus (quality on the sample and held-out sets); a synthetic size adds the
 * synthetic questions. Prints `RESULT {json}`.
 *
 * Peers are called as their documentation shows, over heading path + text; a peer "abstains" only when it
 * returns nothing (none has an abstention rule), as in `npm run eval`.
 */
import { Index as FlexIndex } from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/corpus/load.js';
import { createEvidenceService } from '../src/retrieval/service.js';
import {
  heapMB,
  type Latency,
  ms,
  parseArgs,
  type Quality,
  quality,
  type Ranked,
  ROOT,
  sampleQuestions,
  timeEach,
} from './bench-lib.js';
import { synthCorpus } from './synth-corpus.js';

export interface PeerResult {
  lib: string;
  size: number;
  passages: number;
  buildMs: number;
  heapMB: number;
  latency: Latency;
  sample: Quality;
  heldout: Quality;
  synth?: Quality;
}

const args = parseArgs(process.argv.slice(2));
const lib = args.get('lib') ?? 'ours';
const size = Number(args.get('size') ?? 0);
const passes = Number(args.get('passes') ?? (size === 0 ? 100 : 2));
const synth = size > 0 ? synthCorpus({ passages: size }) : undefined;
const corpus = await loadCorpus(synth?.dir ?? `${ROOT}corpus`);
const docs = corpus.passages.map((p) => ({ id: p.id, section: p.headingPath.join(' \n '), text: p.text }));
const byId = new Map(docs.map((d) => [d.id, `${d.section.replace(/ \n /g, '\n')}\n${d.text}`]));
const shown = (ids: string[]): Ranked => ({
  abstained: ids.length === 0,
  passages: ids.slice(0, 10).map((id) => byId.get(id) ?? ''),
});

const heap0 = heapMB();
let rank: (q: string) => Ranked;
let buildMs: number;
switch (lib) {
  case 'ours': {
    const [service, t] = ms(() => createEvidenceService(corpus));
    buildMs = t;
    rank = (q) => {
      const a = service.answer(q, { limit: 10 });
      return a.kind === 'answered'
        ? { abstained: false, passages: a.passages.map((p) => `${p.section.join('\n')}\n${p.text}`) }
        : { abstained: true, passages: [] };
    };
    break;
  }
  case 'minisearch': {
    const [mini, t] = ms(() => {
      const m = new MiniSearch({ fields: ['text', 'section'] });
      m.addAll(docs);
      return m;
    });
    buildMs = t;
    rank = (q) => shown(mini.search(q).map((r) => String(r.id)));
    break;
  }
  case 'lunr': {
    const [idx, t] = ms(() =>
      lunr(function () {
        this.ref('id');
        this.field('section');
        this.field('text');
        for (const d of docs) this.add(d);
      }),
    );
    buildMs = t;
    // query() rather than search(): lunr's query syntax would reject "co-location:" or "~".
    rank = (q) =>
      shown(
        idx
          .query((query) => query.term(lunr.tokenizer(q), {}))
          .slice(0, 10)
          .map((r) => r.ref),
      );
    break;
  }
  case 'flexsearch': {
    const [idx, t] = ms(() => {
      const i = new FlexIndex({ tokenize: 'forward' });
      docs.forEach((d, n) => {
        i.add(n, `${d.section}\n${d.text}`);
      });
      return i;
    });
    buildMs = t;
    rank = (q) =>
      shown(
        (idx.search(q, { limit: 10, suggest: true }) as number[])
          .map((n) => docs[n]?.id ?? '')
          .filter(Boolean),
      );
    break;
  }
  default:
    throw new Error(`unknown --lib ${lib}`);
}
const heap = heapMB() - heap0;
const { sample, heldout } = sampleQuestions();
const all = [...sample, ...heldout, ...(synth?.questions ?? [])].map((q) => q.q);
const result: PeerResult = {
  lib,
  size,
  passages: corpus.passages.length,
  buildMs,
  heapMB: heap,
  latency: timeEach(all, passes, rank),
  sample: quality(sample, rank),
  heldout: quality(heldout, rank),
  ...(synth ? { synth: quality(synth.questions, rank) } : {}),
};
console.log(`RESULT ${JSON.stringify(result)}`);
