import { describe, expect, it } from 'vitest';
import { importReview } from '../../src/importer/import-review.js';
import { bodyOf, folderWith } from './helpers.js';

const TEX = String.raw`\documentclass{article}
\title{Reading apps for young children: a rapid review}
\author{Ana Lopez\textsuperscript{1}, \& Ben Okafor\textsuperscript{2}}
\abstract{We reviewed ${'``'}reading apps'' --- briefly.}
\begin{document}
\maketitle
% a comment that is not text
\hypertarget{results}{%
\section{Results}\label{results}}

Apps improved \emph{phonics} by 5\% (\(I^2 > 50\%\)) \citep{lee2020}.
Effects on ${'`'}reading for pleasure' were small\textsuperscript{1}.

\begin{table}
\caption{Included studies}
\begin{tabular}{ll} a & b \end{tabular}
\end{table}

\begin{itemize}
\item Low-certainty evidence on \textbf{comprehension}.
\item No studies on writing.
\end{itemize}
\end{document}
`;

const BIB = `@article{lee2020, author = {Lee, Min and van Breda, Adrian}, title = {Phonics apps}, journal = {Reading Research}, year = {2020}}
@book{unused2001, author = {Nobody, A.}, title = {Not cited}, publisher = {P}, year = {2001}}
`;

describe('LaTeX import', () => {
  it('strips commands, keeps the words and math, maps \\cite keys to the .bib beside the file: the exact body', async () => {
    const dir = folderWith({ 'review.tex': TEX, 'refs.bib': BIB });
    const r = await importReview(dir, { outDir: dir, id: 'reading-apps' });
    expect(bodyOf(r.draft)).toBe(
      [
        '# Abstract',
        '',
        'We reviewed “reading apps” — briefly.',
        '',
        '# Results',
        '',
        'Apps improved *phonics* by 5% ($I^2 > 50\\%$) (Lee and van Breda, 2020). Effects on ‘reading for pleasure’ were small^1^.',
        '',
        '- Low-certainty evidence on **comprehension**.',
        '- No studies on writing.',
        '',
      ].join('\n'),
    );
    expect(r.metadata.title?.value).toBe('Reading apps for young children: a rapid review');
    expect(r.metadata.authors.value).toEqual([
      { family: 'Lopez', given: 'Ana' },
      { family: 'Okafor', given: 'Ben' },
    ]);
    // Only the cited entry comes from the .bib; its name particle is written into the family name.
    expect(r.references).toEqual({ parsed: 1, notParsed: 0, fromBib: 1 });
    expect(r.draft).toContain('family: van Breda');
    expect(r.extraction.repairs.list().map((g) => g.kind)).toEqual(
      expect.arrayContaining([
        'latex-emphasis',
        'latex-superscript',
        'latex-quotes',
        'latex-escape',
        'latex-math',
        'table-left-out',
        'latex-front',
      ]),
    );
    expect(r.statements.map((s) => s.suggests)).toEqual(['limited', 'insufficient']);
    expect(r.unresolved).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});
