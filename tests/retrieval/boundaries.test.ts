/**
 * The core stays platform-neutral: nothing reachable from src/corpus or src/retrieval imports a chat SDK, a
 * logging library, a database, a WebSocket library or an adapter. Imports are followed through relative paths
 * (so a helper outside these folders, such as src/logger.ts, is checked too).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/corpus', 'src/retrieval'];
const FORBIDDEN: { test: (s: string) => boolean; name: string }[] = [
  { name: '@slack/*', test: (s) => s.startsWith('@slack/') },
  { name: 'discord.js', test: (s) => s === 'discord.js' || s.startsWith('discord.js/') },
  { name: '@discordjs/*', test: (s) => s.startsWith('@discordjs/') },
  { name: 'pino*', test: (s) => s.startsWith('pino') },
  { name: 'ws', test: (s) => s === 'ws' || s.startsWith('ws/') },
  { name: 'better-sqlite3', test: (s) => s === 'better-sqlite3' || s.startsWith('better-sqlite3/') },
];

/** Every module specifier in a TypeScript source: static, re-export, side-effect, dynamic import and require. */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    // createRequire(import.meta.url)('pkg')
    /\bcreateRequire\s*\([^)]*\)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return /\.(?:ts|mts|cts|js|mjs)$/.test(n) ? [p] : [];
  });
}

/** Resolves a relative specifier ("./x.js") to the TypeScript file on disk. */
function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.mjs$/, '.mts'),
    `${base}.ts`,
    join(base, 'index.ts'),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

interface Problem {
  file: string;
  spec: string;
  why: string;
}

function scan(roots: string[]): { files: string[]; problems: Problem[] } {
  const adapters = resolve('src/adapters');
  const queue = roots.flatMap((r) => tsFiles(r)).map((f) => resolve(f));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const bad = FORBIDDEN.find((f) => f.test(spec));
      if (bad) problems.push({ file: relative('.', file), spec, why: `imports ${bad.name}` });
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = resolveLocal(file, spec);
        if (!target) continue;
        if (target === adapters || target.startsWith(`${adapters}/`)) {
          problems.push({ file: relative('.', file), spec, why: 'imports from src/adapters' });
        }
        queue.push(target);
      } else if (/(?:^|\/)adapters(?:\/|$)/.test(spec)) {
        problems.push({ file: relative('.', file), spec, why: 'imports an adapters path' });
      }
    }
  }
  return { files: [...seen], problems };
}

describe('the core imports no platform SDK, logging library or adapter', () => {
  it('the scanner finds every kind of import (so the check below can fail)', () => {
    const src = [
      "import { App } from '@slack/bolt';",
      "import type { Logger } from 'pino';",
      "export { x } from 'discord.js';",
      "import 'ws';",
      "const db = await import('better-sqlite3');",
      "const r = require('@discordjs/rest');",
      "const j = createRequire(import.meta.url)('pino-pretty');",
      'import {\n  a,\n  b,\n} from "../adapters/slack/index.js";',
    ].join('\n');
    expect(specifiers(src)).toEqual(
      expect.arrayContaining([
        '@slack/bolt',
        'pino',
        'discord.js',
        'ws',
        'better-sqlite3',
        '@discordjs/rest',
        'pino-pretty',
        '../adapters/slack/index.js',
      ]),
    );
  });

  it('src/corpus and src/retrieval, and every local module they reach, import nothing forbidden', () => {
    const { files, problems } = scan(ROOTS);
    // Sanity: the walk saw the core's files (and followed an import out of it, to src/logger.ts).
    expect(files.some((f) => f.endsWith('src/retrieval/service.ts'))).toBe(true);
    expect(files.some((f) => f.endsWith('src/corpus/load.ts'))).toBe(true);
    expect(files.some((f) => f.endsWith('src/logger.ts'))).toBe(true);
    expect(problems).toEqual([]);
  });
});
