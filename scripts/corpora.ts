/**
 * Loads one or more corpus directories as one corpus (for evaluating reviews together: `--corpus corpus
 * --corpus ../shared/corpora/real`). Each directory is loaded and validated on its own by the corpus loader;
 * their documents and passages are then concatenated and their thesauri merged (a later directory's
 * groups after the earlier ones'). A document id found in two directories is refused, as within one.
 */
import { loadCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/types.js';

export async function loadCorpora(dirs: readonly string[]): Promise<Corpus> {
  const loaded = await Promise.all(dirs.map((d) => loadCorpus(d)));
  const [first, ...rest] = loaded;
  if (!first) throw new Error('loadCorpora: no corpus directory given');
  const out: Corpus = {
    documents: [...first.documents],
    passages: [...first.passages],
    unresolved: [...first.unresolved],
    thesaurus: { groups: [...first.thesaurus.groups], generic: [...first.thesaurus.generic] },
  };
  const seen = new Set(out.documents.map((d) => d.id));
  for (const c of rest) {
    for (const d of c.documents) {
      if (seen.has(d.id)) throw new Error(`loadCorpora: document id "${d.id}" occurs in two directories`);
      seen.add(d.id);
    }
    out.documents.push(...c.documents);
    out.passages.push(...c.passages);
    out.unresolved.push(...c.unresolved);
    out.thesaurus.groups.push(...c.thesaurus.groups);
    out.thesaurus.generic.push(...c.thesaurus.generic);
  }
  return out;
}
