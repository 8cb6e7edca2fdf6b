import { describe, expect, it } from 'vitest';
import { chapterOrder } from '../../src/importer/extract-book.js';
import { importReview } from '../../src/importer/import-review.js';
import { bodyOf, folderWith } from './helpers.js';

const RMD = `---
title: "Tutoring at home: a scoping review"
author:
  - Ana Lopez
  - Ben Okafor
date: "2021-05-01"
---

\`\`\`{r setup, include = FALSE}
library(dplyr)
\`\`\`

<div style="text-align: center;">

# Tutoring at home {.unnumbered}

</div>

We screened \`r n_screened\` records.<br>Most were excluded.

![](images/logo.png)

## Results

- Tutoring improved reading.
- Effects on maths were
  small.

| Outcome | Certainty |
|---|---|
| Reading | Moderate |
| Maths | Low |

We are uncertain whether effects last.
`;

describe('R Markdown import', () => {
  it('drops code chunks, HTML layout and images, flags inline code, keeps tables and lists: the exact body', async () => {
    const dir = folderWith({ 'review.Rmd': RMD });
    const r = await importReview(`${dir}/review.Rmd`, { outDir: dir });
    expect(bodyOf(r.draft)).toBe(
      [
        '# Tutoring at home',
        '',
        'We screened `r n_screened` records. Most were excluded.',
        '',
        '## Results',
        '',
        '- Tutoring improved reading.',
        '- Effects on maths were small.',
        '',
        '| Outcome | Certainty |',
        '| --- | --- |',
        '| Reading | Moderate |',
        '| Maths | Low |',
        '',
        'We are uncertain whether effects last.',
        '',
      ].join('\n'),
    );
    expect(r.extraction.repairs.lines()).toEqual([
      'YAML headers removed (their title, authors and date used as metadata) (1): review.Rmd',
      'code chunks dropped (1): review.Rmd:9 {r setup, include = FALSE}',
      'HTML layout lines removed (<div>, <br>, …) (2): <div style="text-align: center, </div>',
      'heading attributes removed ({.unnumbered}, {#id}) (1): {.unnumbered}',
      '<br> line breaks inside a line replaced by one space (1): We screened `r n_screened` records.<br>M',
      'inline code results kept as written: the source has code, not its result (check) (1): `r n_screened`',
      'images removed (1): ![](images/logo.png)',
    ]);
    expect(r.metadata.title).toEqual({
      value: 'Tutoring at home: a scoping review',
      guessed: false,
      from: 'the YAML header of review.Rmd',
    });
    expect(r.metadata.authors.value).toEqual([
      { family: 'Lopez', given: 'Ana' },
      { family: 'Okafor', given: 'Ben' },
    ]);
    expect(r.metadata.year.value).toBe(2021);
    expect(r.statements.map((s) => [s.heading, s.suggests, s.grade])).toEqual([
      ['Results', 'moderate', 'moderate'],
      ['Results', 'limited', 'low'],
      ['Results', 'insufficient', 'very low'],
    ]);
    expect(r.draft).toContain(
      '# [ ] 3. under "Results": suggests insufficient, GRADE very_low ("We are uncertain")',
    );
    expect(r.draft).toMatch(/strength:\n.*\n {2}default:\n {4}level: not_assessed\n/);
    expect(r.problems).toEqual([]);
  });
});

describe('bookdown folders', () => {
  it("reads the chapters in _bookdown.yml's declared order", async () => {
    const dir = folderWith({
      '_bookdown.yml': 'rmd_files: ["index.Rmd", "b.Rmd", "a.Rmd"]\n',
      'index.Rmd': '# Book\n\nIntro text of the book.\n',
      'a.Rmd': '# Second\n\nThe a chapter comes second.\n',
      'b.Rmd': '# First\n\nThe b chapter comes first.\n',
    });
    expect(await chapterOrder(dir)).toEqual(['index.Rmd', 'b.Rmd', 'a.Rmd']);
    const r = await importReview(dir, { outDir: dir, id: 'book' });
    const body = bodyOf(r.draft);
    expect(body.indexOf('The b chapter')).toBeLessThan(body.indexOf('The a chapter'));
    expect(r.extraction.read).toEqual({ count: 3, unit: 'chapters' });
  });

  it("without a declared order, uses bookdown's: index first, then by file name, leaving out _ files", async () => {
    const dir = folderWith({
      '_bookdown.yml': 'output_dir: docs\n',
      '02-b.Rmd': '# B\n\nText b.\n',
      '01-a.Rmd': '# A\n\nText a.\n',
      '_private.Rmd': '# P\n',
      'index.Rmd': '# I\n\nText i.\n',
    });
    expect(await chapterOrder(dir)).toEqual(['index.Rmd', '01-a.Rmd', '02-b.Rmd']);
  });

  it("reads a Quarto book's chapters from _quarto.yml, parts included", async () => {
    const dir = folderWith({
      '_quarto.yml':
        'book:\n  chapters:\n    - index.qmd\n    - part: Results\n      chapters: [z.qmd, y.qmd]\n',
      'index.qmd': '# I\n',
      'y.qmd': '# Y\n',
      'z.qmd': '# Z\n',
    });
    expect(await chapterOrder(dir)).toEqual(['index.qmd', 'z.qmd', 'y.qmd']);
  });
});
