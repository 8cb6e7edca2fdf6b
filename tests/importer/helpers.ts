import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder holding the given files. */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'importer-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The body of a draft: what follows the front matter. */
export function bodyOf(draft: string): string {
  return draft.slice(draft.indexOf('\n---\n', 4) + 5).replace(/^\n/, '');
}
