/**
 * An office's Word document (test-support/realistic/office-docx.ts, not our export) turned into a
 * PDF by LibreOffice, as offices publish it: page numbers in the footer, tables over several
 * pages, landscape pages. Each must import to its seed exactly, nothing flagged; the narrative is
 * compared without punctuation (LibreOffice drops a comma hanging past a justified line).
 */
import { expect, vi } from 'vitest';
import { silentlyWrong } from '../test-support/realistic/compare.ts';
import { describeLibreOfficeCopies } from '../test-support/realistic/libreoffice-copies.ts';
import { MUTATIONS } from '../test-support/realistic/mutations.ts';
import { expectImportedAs } from '../test-support/realistic/seeds.ts';
import { parseReportPdf } from './index.ts';

vi.setConfig({ testTimeout: 30_000 });

const lettersOnly = (s: string | undefined): string =>
  (s ?? '').replace(/\s+/gu, '').replace(/[\p{P}\p{S}]/gu, '');

describeLibreOfficeCopies(
  'an office’s Word document printed to PDF by LibreOffice',
  'pdf',
  async (bytes, report, seed) => {
    const result = await parseReportPdf(bytes, { name: `${seed}.pdf` });
    expectImportedAs(result, report, { narrative: lettersOnly });
  },
);

// Tables changed as offices change them, in a PDF: flagged where not read right, never silently
// wrong (blank cells leave only gaps in a PDF; a subtotal row once took （六）3.其他's place).
describeLibreOfficeCopies(
  'a changed table printed to PDF is never read silently wrong',
  'pdf',
  async (bytes, report, seed) => {
    const result = await parseReportPdf(bytes, { name: `${seed}.pdf` });
    expect(result.ok).toBe(true);
    expect(silentlyWrong(result, report)).toEqual([]);
  },
  [
    ['zeros left blank', {}, MUTATIONS['zeros left blank']!],
    [
      'zeros left blank, a subtotal row',
      {},
      (o) => MUTATIONS['a subtotal row for （三）不予公开']!(MUTATIONS['zeros left blank']!(o)),
    ],
  ],
);
