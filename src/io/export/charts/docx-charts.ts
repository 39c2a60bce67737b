/**
 * The 图解 as an appendix of the Word export: a heading on a new page, then each chart as a picture
 * the width of the text block: the SVG itself (Word 2016+, WPS), with a PNG for readers that cannot
 * show SVG (docx requires one). Brings the `docx` library: import it lazily, like the Word export.
 */
import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import { describeChart } from '../../../domain/charts/index.ts';
import { CHARTS_WORD } from '../../../domain/index.ts';
import { FONT_SIZE_PT, FONTS, TEXT_WIDTH } from '../docx/document-style.ts';
import type { RenderedChart } from './render-svg.ts';

export interface ChartPicture {
  readonly chart: RenderedChart;
  /** The chart as PNG (e.g. drawn at 2× in the browser): what readers without SVG show. */
  readonly png: Uint8Array;
}

/** Twips per CSS pixel (1 px = 1/96 in = 15 twips). */
const TWIPS_PER_PX = 15;

/** "附：图解" */
export const CHARTS_APPENDIX_HEADING = `附：${CHARTS_WORD}`;

function heading(): Paragraph {
  const font = FONTS.heading;
  return new Paragraph({
    pageBreakBefore: true,
    keepNext: true,
    spacing: { after: 240 },
    children: [
      new TextRun({
        text: CHARTS_APPENDIX_HEADING,
        font: { ascii: font.latin, hAnsi: font.latin, eastAsia: font.eastAsia },
        size: FONT_SIZE_PT.san * 2,
      }),
    ],
  });
}

function picture({ chart, png }: ChartPicture): Paragraph {
  const width = Math.floor(TEXT_WIDTH / TWIPS_PER_PX);
  const height = Math.round((chart.height * width) / chart.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    keepLines: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(chart.svg),
        fallback: { type: 'png', data: png },
        transformation: { width, height },
        altText: {
          name: chart.chart.title,
          title: chart.chart.title,
          description: describeChart(chart.chart),
        },
      }),
    ],
  });
}

/**
 * The paragraphs to add after the report: "附：图解" on a new page, one picture per chart.
 * @example await renderDocx(buildReportDocument(report), chartsDocxAppendix(pictures))
 */
export function chartsDocxAppendix(pictures: readonly ChartPicture[]): Paragraph[] {
  return pictures.length === 0 ? [] : [heading(), ...pictures.map(picture)];
}
