import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../domain/test-support/fixtures.ts';
import { renderDocx } from '../docx/render-docx.ts';
import { unzipDocx } from '../docx/docx-test-support.ts';
import { buildReportDocument } from '../report-document.ts';
import { CHARTS_APPENDIX_HEADING, chartsDocxAppendix } from './docx-charts.ts';
import { renderReportCharts } from './render-svg.ts';
import { svgFigures } from './svg-texts.ts';

/** A real 1×1 white PNG: the fallback picture (the browser draws the real ones, see e2e/charts.spec.ts). */
function whitePixelPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the Word export with the 图解 appendix', { timeout: 60_000 }, () => {
  it('adds 附：图解 on a new page and every chart as SVG with a PNG fallback', async () => {
    const report = loadFixture('mfa-2020');
    const charts = renderReportCharts(report);
    const png = whitePixelPng();
    const bytes = await renderDocx(
      buildReportDocument(report),
      chartsDocxAppendix(charts.map((chart) => ({ chart, png }))),
    );
    const files = unzipDocx(bytes);
    const document = files.get('word/document.xml')!;
    const tail = document.slice(document.indexOf(CHARTS_APPENDIX_HEADING));
    expect(document.indexOf(CHARTS_APPENDIX_HEADING)).toBeGreaterThan(
      document.indexOf('（七）总计'),
    );
    expect(
      document.lastIndexOf('<w:pageBreakBefore', document.indexOf(CHARTS_APPENDIX_HEADING)),
    ).toBeGreaterThan(document.lastIndexOf('</w:tbl>'));
    expect(tail.match(/<a:blip /g)).toHaveLength(charts.length);
    expect(tail.match(/svgBlip/g)?.length).toBeGreaterThanOrEqual(charts.length);
    const svgs = [...files.keys()].filter((k) => /^word\/media\/.*\.svg$/.test(k));
    const pngs = [...files.keys()].filter((k) => /^word\/media\/.*\.png$/.test(k));
    expect(svgs).toHaveLength(charts.length);
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    // The embedded SVGs are the charts, figures and all.
    expect(
      svgs
        .map((k) => svgFigures(files.get(k)!))
        .flat()
        .sort(),
    ).toEqual(charts.flatMap((c) => svgFigures(c.svg)).sort());
  });

  it('no charts, no appendix', () => {
    expect(chartsDocxAppendix([])).toEqual([]);
  });
});
