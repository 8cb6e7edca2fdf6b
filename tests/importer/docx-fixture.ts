/** A small Word file made with the docx package: core properties, headings, a split paragraph, a list, a table. */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

export async function smallDocx(): Promise<Buffer> {
  const doc = new Document({
    title: 'School meals: an evidence summary',
    creator: 'Ana Lopez; Ben Okafor',
    sections: [
      {
        children: [
          new Paragraph({ text: 'School meals: an evidence summary', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'What we found', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('Free meals raised '),
              new TextRun({ text: 'attendance', bold: true }),
              new TextRun(' in two studies and'),
            ],
          }),
          new Paragraph('lowered hunger in class. The evidence is of low certainty.'),
          new Paragraph({ text: 'Meals were cheap to run.', bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Outcome'), cell('Certainty of the evidence')] }),
              new TableRow({ children: [cell('Attendance'), cell('Low')] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
