/**
 * The PDF importer on small PDFs written by hand and on bad input: each is refused with one
 * Chinese line, quickly. (Real reports: parse-pdf.roundtrip.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseReportText } from '../text/index.ts';
import { importReportFile } from '../import-file.ts';
import { MAX_PDF_BYTES, parseReportPdf, readReportPdf, SCANNED_PDF } from './index.ts';
import { pdfText } from './pdf-lines.ts';
import {
  pdfFromLines,
  pdfWithLatinText,
  pdfWithoutText,
  pdfWithPassword,
} from './pdf-test-support.ts';
import { readPdf } from './read-pdf.ts';

// pdf.js loads on the first PDF, and a 2-core machine running every test file at once is slow.
vi.setConfig({ testTimeout: 30_000 });

const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

async function reason(bytes: Uint8Array, options = {}): Promise<string> {
  const result = await parseReportPdf(bytes, { name: 'x.pdf', ...options });
  if (result.ok) throw new Error('expected a refusal');
  expect(result.reason).not.toMatch(/\n/);
  expect(result.reason).toMatch(/\p{Script=Han}/u);
  return result.reason;
}

describe('parseReportPdf: refusals', () => {
  it('a PDF without a text layer (a scan) is refused, saying so', async () => {
    expect(await reason(pdfWithoutText())).toBe(SCANNED_PDF);
  });

  it('scanned pages with only a header and page numbers as text are a scan too', async () => {
    const page = ['内部资料 请勿外传', ...Array<string>(39).fill('')];
    expect(await reason(pdfFromLines([...page, ...page, ...page]))).toBe(SCANNED_PDF);
  });

  it('a PDF with text but no annual report in it', async () => {
    const bytes = pdfWithLatinText([
      'Dear Sir or Madam,',
      'Thank you for your letter of 3 March about the opening hours of our office.',
      'Yours faithfully,',
    ]);
    expect(await reason(bytes)).toMatch(/^没有识别到年度报告/);
  });

  it('a PDF that needs a password', async () => {
    expect(await reason(pdfWithPassword())).toMatch(/加密的 PDF（需要打开密码）/);
  });

  it('damaged or truncated files, and junk behind a PDF header', async () => {
    const good = pdfWithLatinText(['Hello']);
    expect(await reason(latin1('%PDF-1.7\n'))).toMatch(/不是有效的 PDF 文件/);
    expect(await reason(good.subarray(0, 60))).toMatch(/不是有效的 PDF 文件/);
    const junk = new Uint8Array(2_000_000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + (i >> 3)) & 255;
    junk.set(latin1('%PDF-1.7\n'));
    const started = performance.now();
    expect(await reason(junk)).toMatch(/不是有效的 PDF 文件|无法作为 PDF 读取/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('not a PDF, empty, too large: refused before pdf.js is asked', async () => {
    expect(await reason(latin1('hello, world'))).toBe('“x.pdf”不是 PDF 文件');
    expect(await reason(new Uint8Array(0))).toBe('“x.pdf”是空文件');
    const big = new Uint8Array(MAX_PDF_BYTES + 1);
    big.set(latin1('%PDF-1.7\n'));
    expect(await reason(big)).toMatch(/超过 20 MB/);
  });

  it('gives up when reading takes longer than the time limit', async () => {
    const bytes = pdfWithLatinText(['Hello']);
    expect(await reason(bytes, { timeLimitMs: 0 })).toMatch(/仍未完成，已放弃/);
    // and the next PDF is read normally
    expect(await reason(pdfWithoutText())).toBe(SCANNED_PDF);
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = pdfWithoutText();
    const copy = bytes.slice();
    await readReportPdf(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('importReportFile: PDFs', () => {
  it('recognises a PDF by its bytes and runs the PDF importer', async () => {
    const imported = await importReportFile(pdfWithoutText(), { name: 'scan.pdf' });
    expect(imported.kind).toBe('pdf');
    expect(imported.result).toEqual({ ok: false, reason: SCANNED_PDF });
  });

  it('gives the text read from a PDF to show beside the result', async () => {
    const lines = ['Dear Sir or Madam,', 'Thank you for your letter of 3 March.'];
    const imported = await importReportFile(pdfWithLatinText(lines), { name: 'letter.pdf' });
    expect(imported.kind).toBe('pdf');
    expect(imported.result.ok).toBe(false);
    expect(imported.sourceText).toBe(lines.join('\n'));
  });
});

describe('readPdf: text as it is shown', () => {
  const lines = ['Table 1: requests received', 'Natural persons 82', 'Companies 0'];

  it('reads the lines of a page top to bottom', async () => {
    const reading = await readPdf(pdfWithLatinText(lines));
    if (!reading.ok) throw new Error(reading.reason);
    expect(pdfText(reading.pages, 'stream').text).toBe(lines.join('\n'));
  });

  it('reads a page shown turned (/Rotate 90) as it is shown', async () => {
    const reading = await readPdf(pdfWithLatinText(lines, true));
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.skipped).toBe(0);
    expect(reading.pages[0]).toMatchObject({ width: 842, height: 595 });
    expect(pdfText(reading.pages, 'stream').text).toBe(lines.join('\n'));
  });
});

describe('parseReportPdf: Chinese fonts that are not embedded', () => {
  it.each(['mfa-2024', 'mfa-2020'])(
    '%s printed line by line in STSong-Light (UniGB-UCS2-H) reads as its text does',
    async (seed) => {
      const text = readFileSync(
        path.resolve(process.cwd(), '../shared/fixtures/seeds', `${seed}.txt`),
        'utf8',
      );
      const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const fromPdf = await parseReportPdf(pdfFromLines(lines), { name: `${seed}.pdf` });
      const fromText = parseReportText(text);
      if (!fromPdf.ok || !fromText.ok) throw new Error('not recognised');
      expect(fromPdf.report).toEqual(fromText.report);
      expect(fromPdf.findings.map((f) => f.code)).not.toContain('import.pdf.missingCMap');
    },
  );
});
