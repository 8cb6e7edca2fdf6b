/**
 * The serialised search index on disk: `npm run build` writes dist/search-index.json (beside the compiled
 * code), and start-up reads it when its content hash matches the corpus. Writes are atomic (temp + rename),
 * so a reader never sees half a file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSearchIndex, type SearchIndex } from '../retrieval/search-index.js';

/** dist/search-index.json when running the build (src/search-index.json, normally absent, under tsx). */
export const DEFAULT_INDEX_FILE = fileURLToPath(new URL('../search-index.json', import.meta.url));

/** Where the console keeps the index it built, as build tools keep theirs: node_modules/.cache. */
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/evidence-bot', import.meta.url));

/**
 * The cache file for the index of one corpus directory (one file a directory, so that two corpora do not
 * take turns overwriting each other's). Its content hash says whether it still fits, as for DEFAULT_INDEX_FILE.
 */
export function indexCacheFile(corpusDir: string): string {
  const key = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(CACHE_DIR, `search-index-${key}.json`);
}

export type PrebuiltIndex =
  | { kind: 'loaded'; index: SearchIndex }
  | { kind: 'absent' }
  | { kind: 'stale' }
  | { kind: 'unreadable'; error: string };

/** Reads a serialised index, used only when it was built from content with this hash. */
export async function readIndexFile(file: string, contentHash: string): Promise<PrebuiltIndex> {
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'unreadable', error: (e as Error).message };
  }
  try {
    const index = loadSearchIndex(json, contentHash);
    return index === undefined ? { kind: 'stale' } : { kind: 'loaded', index };
  } catch (e) {
    return { kind: 'unreadable', error: (e as Error).message };
  }
}

export async function writeIndexFile(file: string, json: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, json);
  await rename(temp, file);
}
