/**
 * LaTeX, read lightly: the document body (plus \authornote and \abstract of the preamble), sectioning commands
 * as headings, itemize/enumerate items as list items, emphasis and superscripts as Markdown/Pandoc marks,
 * TeX quotes and dashes as their characters, other commands stripped (their argument kept), tables and figures
 * left out, \cite keys and cslreferences targets collected for the .bib.
 */
import type { Block, Metadata } from './blocks.js';
import { citeMarker } from './cite-keys.js';
import { personFromName } from './extract-markdown.js';
import type { RepairLog } from './repairs.js';

const LEVEL: Record<string, number> = {
  section: 1,
  subsection: 2,
  subsubsection: 3,
  paragraph: 4,
  subparagraph: 5,
};
const DROP_ENVIRONMENTS =
  /^(table|longtable|ThreePartTable|threeparttable|lltable|figure|tabular|TableNotes|landscape|equation\*?|align\*?)$/;

/** The argument of `\name{…}` starting at `from`, braces balanced. */
function braced(text: string, open: number): { arg: string; end: number } | undefined {
  if (text[open] !== '{') return undefined;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { arg: text.slice(open + 1, i), end: i + 1 };
  }
  return undefined;
}

function command(text: string, name: string): string | undefined {
  const at = text.search(new RegExp(`\\\\${name}\\s*\\{`));
  if (at < 0) return undefined;
  return braced(text, text.indexOf('{', at))?.arg;
}

/** Inline LaTeX to text: the words kept, marks as Markdown/Pandoc, every kind of change counted. Math
 * ($…$) is kept exactly as written. */
export function latexInline(s: string, log: RepairLog): string {
  return s
    .replace(/\\\((.*?)\\\)/g, (_m, x: string) => {
      log.add(
        'latex-math',
        'inline math \\( … \\) written as $ … $ (its contents as written)',
        x.slice(0, 20),
      );
      return `$${x}$`;
    })
    .split(/(\$[^$]*\$)/)
    .map((part, i) => (i % 2 === 1 ? part : latexText(part, log)))
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function latexText(s: string, log: RepairLog): string {
  let out = s;
  const sub = (re: RegExp, to: string | ((...m: string[]) => string), kind: string, label: string) => {
    out = out.replace(re, (...m: string[]) => {
      log.add(kind, label, (m[0] ?? '').slice(0, 30));
      return typeof to === 'string' ? to : to(...m);
    });
  };
  out = out.replace(
    /\\(cite|citep|citet|parencite|textcite|autocite)\*?(?:\[[^\]]*\])*\{([^}]*)\}/g,
    (_m, cmd: string, keys: string) => citeMarker(cmd, keys),
  );
  for (let pass = 0; pass < 3; pass++) {
    sub(
      /\\(?:emph|textit)\{([^{}]*)\}/g,
      (_m, x = '') => `*${x}*`,
      'latex-emphasis',
      'LaTeX emphasis written as Markdown *…* / **…**',
    );
    sub(
      /\\textbf\{([^{}]*)\}/g,
      (_m, x = '') => `**${x}**`,
      'latex-emphasis',
      'LaTeX emphasis written as Markdown *…* / **…**',
    );
    sub(
      /\\textsuperscript\{([^{}]*)\}/g,
      (_m, x = '') => `^${x}^`,
      'latex-superscript',
      'LaTeX superscripts written as Pandoc ^…^',
    );
    sub(
      /\\href\{[^{}]*\}\{([^{}]*)\}/g,
      (_m, x = '') => x,
      'latex-command',
      'LaTeX commands stripped, their text kept',
    );
    sub(
      /\\(?:url|texttt|textsc|mbox|text|textrm|textsf|underline|nolinkurl)\{([^{}]*)\}/g,
      (_m, x = '') => x,
      'latex-command',
      'LaTeX commands stripped, their text kept',
    );
  }
  sub(
    /\\(?:label|hypertarget|ref|cref|pageref)\{[^{}]*\}(\{\})?%?/g,
    '',
    'latex-command',
    'LaTeX commands stripped, their text kept',
  );
  sub(
    /``|''/g,
    (m = '') => (m === '``' ? '“' : '”'),
    'latex-quotes',
    "TeX quotes and dashes written as characters (`` '' --- --)",
  );
  sub(
    /`([^`'\n]*)'/g,
    (_m, x = '') => `‘${x}’`,
    'latex-quotes',
    "TeX quotes and dashes written as characters (`` '' --- --)",
  );
  sub(/---/g, '—', 'latex-quotes', "TeX quotes and dashes written as characters (`` '' --- --)");
  sub(/--/g, '–', 'latex-quotes', "TeX quotes and dashes written as characters (`` '' --- --)");
  sub(/\\textless\{?\}?/g, '<', 'latex-escape', 'LaTeX escapes written as characters (\\% \\& \\textless …)');
  sub(
    /\\textgreater\{?\}?/g,
    '>',
    'latex-escape',
    'LaTeX escapes written as characters (\\% \\& \\textless …)',
  );
  sub(
    /\\([%&$#_{}])/g,
    (_m, c = '') => c,
    'latex-escape',
    'LaTeX escapes written as characters (\\% \\& \\textless …)',
  );
  sub(/(?<!\\)~/g, ' ', 'latex-escape', 'LaTeX escapes written as characters (\\% \\& \\textless …)');
  sub(
    /\\(?:leavevmode|noindent|newpage|clearpage|centering|maketitle|par|relax|protect|small|footnotesize|normalsize)\b\s*/g,
    '',
    'latex-command',
    'LaTeX commands stripped, their text kept',
  );
  sub(/\\[a-zA-Z]+\*?(\[[^\]]*\])?/g, '', 'latex-command', 'LaTeX commands stripped, their text kept');
  return out.replace(/[{}]/g, '');
}

function stripComments(text: string): string {
  return text.replace(/(?<!\\)%.*$/gm, '');
}

export function extractLatex(
  source: string,
  log: RepairLog,
): { blocks: Block[]; metadata: Metadata; citationKeys: string[] } {
  const text = source.replace(/\r\n?/g, '\n');
  const begin = text.indexOf('\\begin{document}');
  const end = text.indexOf('\\end{document}');
  const preamble = begin >= 0 ? text.slice(0, begin) : '';
  let body = stripComments(begin >= 0 ? text.slice(begin + 16, end >= 0 ? end : undefined) : text);
  const metadata: Metadata = {};
  const from = 'the LaTeX \\title and \\author';
  const title = command(preamble, 'title');
  if (title) metadata.title = { value: latexInline(title, log), guessed: false, from };
  const author = command(preamble, 'author');
  if (author) {
    const names = latexInline(author.replace(/\\textsuperscript\{[^}]*\}/g, ''), log)
      .split(/\s*,\s*(?:&\s*)?|\s+&\s+|\s+\\and\s+|\s+and\s+/)
      .map((n) => n.replace(/[*]/g, '').trim())
      .filter(Boolean);
    if (names.length > 0) metadata.authors = { value: names.map(personFromName), guessed: false, from };
  }
  const front: string[] = [];
  for (const [name, heading] of [
    ['authornote', 'Author Note'],
    ['abstract', 'Abstract'],
  ] as const) {
    const arg = command(stripComments(preamble), name);
    if (arg?.trim()) {
      front.push(`\\section{${heading}}\n\n${arg}\n`);
      log.add(
        'latex-front',
        'the preamble\'s \\authornote and \\abstract written as sections "Author Note" and "Abstract"',
        heading,
      );
    }
  }
  body = front.join('\n') + body;
  const citationKeys = [
    ...new Set([
      ...[
        ...body.matchAll(/\\(?:cite|citep|citet|parencite|textcite|autocite)\*?(?:\[[^\]]*\])*\{([^}]*)\}/g),
      ].flatMap((m) => (m[1] ?? '').split(',').map((k) => k.trim())),
      ...[...body.matchAll(/\\hypertarget\{ref-([^}]+)\}/g)].map((m) => m[1] ?? ''),
    ]),
  ].filter(Boolean);
  // Environments left out as a whole.
  body = body.replace(/\\begin\{([A-Za-z*]+)\}[\s\S]*?\\end\{\1\}/g, (m, env: string) => {
    if (!DROP_ENVIRONMENTS.test(env)) return m;
    const caption = /\\caption\{([^}]*)\}/.exec(m)?.[1];
    log.add(
      env.startsWith('fig') ? 'caption' : 'table-left-out',
      env.startsWith('fig')
        ? 'figures left out (with their captions)'
        : 'LaTeX tables left out (no pipe table from LaTeX)',
      caption ? latexInline(caption, log).slice(0, 40) : env,
    );
    return '\n\n';
  });
  const blocks: Block[] = [];
  for (const raw of body.split(/\n[ \t]*\n/)) {
    let chunk = raw.trim();
    if (!chunk) continue;
    chunk = chunk.replace(/\\hypertarget\{[^}]*\}\{%?\s*/g, '');
    const heading = /^\\(section|subsection|subsubsection|paragraph|subparagraph)\*?\{/.exec(chunk);
    if (heading?.[1]) {
      const arg = braced(chunk, heading[0].length - 1);
      if (arg) {
        blocks.push({ kind: 'heading', level: LEVEL[heading[1]] ?? 2, text: latexInline(arg.arg, log) });
        chunk = chunk
          .slice(arg.end)
          .replace(/^\s*\\label\{[^}]*\}\}?/, '')
          .trim();
        if (!chunk) continue;
      }
    }
    if (/\\item\b/.test(chunk)) {
      for (const item of chunk.split(/\\item\b/).slice(1)) {
        const t = latexInline(item.replace(/\\(begin|end)\{(itemize|enumerate|description)\}/g, ''), log);
        if (t) blocks.push({ kind: 'list-item', text: t });
      }
      continue;
    }
    const t = latexInline(chunk.replace(/\\(begin|end)\{[A-Za-z*]+\}(\[[^\]]*\])?(\{[^}]*\})?/g, ''), log);
    if (t) blocks.push({ kind: 'paragraph', text: t });
  }
  return { blocks, metadata, citationKeys };
}
