/**
 * The content hash of a corpus: what a serialised index was built from. It covers every review file (name
 * and bytes, in the order loadCorpus reads them), the thesaurus, and INDEX_FORMAT_VERSION, so a change to
 * any of them, or to the analysis that the version stands for, makes a prebuilt index stale.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isReviewFile } from '../corpus/load.js';
import { THESAURUS_FILE } from '../corpus/thesaurus.js';
import { INDEX_FORMAT_VERSION } from '../retrieval/index-options.js';

async function readOrUndefined(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** "sha256:<hex>". Throws when the directory cannot be read (loadCorpus then reports it properly). */
export async function corpusContentHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`evidence-bot index v${INDEX_FORMAT_VERSION}\n`);
  const names = (await readdir(dir)).filter(isReviewFile).sort();
  for (const name of names) {
    const bytes = (await readOrUndefined(join(dir, name))) ?? Buffer.alloc(0);
    hash.update(`file ${name} ${bytes.length}\n`);
    hash.update(bytes);
  }
  const thesaurus = await readOrUndefined(join(dir, THESAURUS_FILE));
  hash.update(thesaurus === undefined ? 'no thesaurus\n' : `thesaurus ${thesaurus.length}\n`);
  if (thesaurus !== undefined) hash.update(thesaurus);
  return `sha256:${hash.digest('hex')}`;
}
