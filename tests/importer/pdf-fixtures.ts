/**
 * PDFs made with pdf-lib for the importer's tests: a two-column review with a running footer, a sidebar that
 * interrupts a sentence, a line-break hyphen, a compound and a bullet; and the bad PDFs (no text layer,
 * encrypted, no pages).
 */
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';

interface Fonts {
  body: PDFFont;
  bold: PDFFont;
  side: PDFFont;
  sideBold: PDFFont;
}

function column(page: PDFPage, font: PDFFont, size: number, x: number, y: number, lines: string[]): number {
  let at = y;
  for (const line of lines) {
    page.drawText(line, { x, y: at, size, font });
    at -= size * 1.3;
  }
  return at;
}

export async function twoColumnPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Family support: a two-column example review');
  doc.setAuthor('Ana Lopez; Ben Okafor');
  doc.setCreationDate(new Date('2024-03-01T00:00:00Z'));
  doc.setModificationDate(new Date('2024-03-01T00:00:00Z'));
  const f: Fonts = {
    body: await doc.embedFont(StandardFonts.TimesRoman),
    bold: await doc.embedFont(StandardFonts.TimesRomanBold),
    side: await doc.embedFont(StandardFonts.Helvetica),
    sideBold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Example Evidence Centre review, 2024, page ${n}`, { x: 50, y: 30, size: 8, font: f.body });
    if (n === 1) {
      page.drawText('Family support: a two-column example review', { x: 50, y: 780, size: 18, font: f.bold });
      page.drawText('What we found', { x: 50, y: 740, size: 13, font: f.bold });
      column(page, f.body, 10, 50, 720, [
        'Families who were visited kept their appoint-',
        'ments more often than families who were not,',
        'and their well-',
        'being improved over the first year. Visitors',
        'who stayed the same helped most',
      ]);
      page.drawText('Box 1: How we rated the evidence', { x: 315, y: 740, size: 13, font: f.sideBold });
      column(page, f.side, 9, 315, 720, [
        'We rated the certainty of the evidence as',
        'low: the studies were small.',
      ]);
      column(page, f.body, 10, 315, 680, [
        'because trust took time to build. Parents said',
        'so in every study.',
      ]);
    } else {
      page.drawText('Costs', { x: 50, y: 780, size: 13, font: f.bold });
      column(page, f.body, 10, 50, 760, ['\u2022 Two studies reported costs.']);
      column(page, f.body, 10, 50, 730, [`Page ${n} says that costs varied between`, 'the two services.']);
      column(page, f.body, 10, 315, 760, ['Further research is needed on costs.']);
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** A PDF whose page has only a drawn rectangle: no text layer, as a scan has none. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return doc.save({ useObjectStreams: false });
}

/** A PDF with an /Encrypt dictionary whose user password is not empty: pdf.js asks for a password. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const plain = Buffer.from(await twoColumnPdf(1)).toString('latin1');
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${'00'.repeat(32)}> /U <${'11'.repeat(32)}> /P -4 >>\n/ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`;
  return new Uint8Array(Buffer.from(plain.replace(/trailer\s*<</, `trailer\n<<\n${encrypt}`), 'latin1'));
}

/** A PDF with no pages at all. */
export async function emptyPdf(): Promise<Uint8Array> {
  return (await PDFDocument.create()).save({ useObjectStreams: false });
}

/** A single-column manuscript with line numbers in the margin and a page number at the foot of each page. */
export async function numberedLinesPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const mono = await doc.embedFont(StandardFonts.Courier);
  let n = 1;
  for (let page = 1; page <= 3; page++) {
    const p = doc.addPage([595, 842]);
    p.drawText(String(page), { x: 290, y: 30, size: 10, font });
    for (let i = 0; i < 8; i++) {
      const y = 760 - i * 24;
      const number = String(n++);
      // Line numbers are right-aligned in the margin, as LaTeX's lineno prints them.
      p.drawText(number, { x: 60 - mono.widthOfTextAtSize(number, 6), y, size: 6, font: mono });
      p.drawText(
        i === 7
          ? `Line ${i + 1} of page ${page} ends its paragraph.`
          : `Line ${i + 1} of page ${page} runs on and`,
        { x: 72, y, size: 12, font },
      );
    }
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A one-column page whose text carries the source's marks: italic statistics (*r*, *p*), a phrase in italics
 * over a line break, a bold lead-in, and superscripts (citation numbers raised and smaller, I²), one of them
 * at the end of a line.
 */
export async function marksPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const roman = await doc.embedFont(StandardFonts.TimesRoman);
  const italic = await doc.embedFont(StandardFonts.TimesRomanItalic);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const page = doc.addPage([595, 842]);
  const size = 11;
  // Each line is a list of [text, font, superscript?] pieces drawn one after the other.
  const lines: [string, PDFFont, boolean?][][] = [
    [
      ['Screen use was linked to literacy (', roman],
      ['r', italic],
      [' = -0.14, ', roman],
      ['p', italic],
      [' < 0.001) in most studies', roman],
      ['13,14', roman, true],
    ],
    [
      ['and the effects varied (', roman],
      ['I', roman],
      ['2', roman, true],
      [' > 50%). We call this ', roman],
      ['a small but', italic],
    ],
    [
      ['consistent association', italic],
      [' in the review.', roman],
      ['7', roman, true],
    ],
    [
      ['Note:', bold],
      [' the effects are correlations.', roman],
    ],
  ];
  let y = 760;
  for (const line of lines) {
    let x = 72;
    for (const [text, font, sup] of line) {
      const s = sup ? 7 : size;
      page.drawText(text, { x, y: sup ? y + 4 : y, size: s, font });
      x += font.widthOfTextAtSize(text, s);
    }
    y -= size * 1.3;
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A page with a paragraph, a table caption, a table (a header wrapped over two lines with a superscript note
 * mark, centred single-letter cells, a cell wrapped onto a line of its own) and a note under it.
 */
export async function tablePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([595, 842]);
  const text = (s: string, x: number, y: number, size = 11) => page.drawText(s, { x, y, size, font });
  text('The studies were rated on two criteria.', 72, 760);
  text('Table 2: Ratings of the included studies', 72, 730);
  const col = [72, 200, 280, 360] as const;
  text('First author', col[0], 700);
  text('Year', col[1], 700);
  text('Search', col[2], 700);
  text('Dual', col[3], 700);
  text('Screen', col[3], 686);
  text('1', col[3] + font.widthOfTextAtSize('Screen', 11), 690, 7);
  const rows = [
    ['Abrami', '2020', 'U', 'L'],
    ['Adelantado-Renau', '2019', 'L', 'H'],
    ['Andrade', '2019', 'H', 'U'],
  ];
  let y = 665;
  for (const r of rows) {
    r.forEach((cell, i) => {
      text(cell, (col[i] ?? 0) + (i >= 2 ? 8 : 0), y);
    });
    y -= 14;
  }
  text('(in part)', col[3] + 8, y);
  text('1 Dual screening of abstracts.', 72, y - 30);
  return doc.save({ useObjectStreams: false });
}
