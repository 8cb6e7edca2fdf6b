import { describe, expect, it } from 'vitest';
import { fontStyle } from '../../src/importer/pdf-fonts.js';

describe('fontStyle: what a PDF font name says', () => {
  it.each([
    ['AZAZIY+LMRoman12-Regular', { family: 'LMRoman', italic: false, bold: false, math: false }],
    ['LBUZAT+LMRoman12-Italic', { family: 'LMRoman', italic: true, bold: false, math: false }],
    ['KFPPPS+LMRoman12-Bold', { family: 'LMRoman', italic: false, bold: true, math: false }],
    ['THQMRU+LMMathItalic12-Regular', { family: 'LMMathItalic', italic: false, bold: false, math: true }],
    ['HKNAUO+LMSans8-Regular', { family: 'LMSans', italic: false, bold: false, math: false }],
    ['TimesNewRomanPS-BoldItalicMT', { family: 'TimesNewRoman', italic: true, bold: true, math: false }],
    ['ArialMT', { family: 'Arial', italic: false, bold: false, math: false }],
    ['Arial-BoldMT', { family: 'Arial', italic: false, bold: true, math: false }],
    ['Times-Roman', { family: 'Times', italic: false, bold: false, math: false }],
    ['Helvetica-Oblique', { family: 'Helvetica', italic: true, bold: false, math: false }],
    ['Calibri,Bold', { family: 'Calibri', italic: false, bold: true, math: false }],
    ['MinionPro-It', { family: 'MinionPro', italic: true, bold: false, math: false }],
    ['CMR10', { family: 'CMR', italic: false, bold: false, math: false }],
    ['CMTI10', { family: 'CMR', italic: true, bold: false, math: false }],
    ['CMBX12', { family: 'CMR', italic: false, bold: true, math: false }],
    ['CMMI10', { family: 'CMMI', italic: false, bold: false, math: true }],
  ])('%s', (name, style) => {
    expect(fontStyle(name)).toEqual(style);
  });
});
