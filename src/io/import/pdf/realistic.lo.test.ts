/**
 * An office's Word document (test-support/realistic/office-docx.ts, not our export) turned into a
 * PDF by LibreOffice, as offices publish it: page numbers in the footer, tables over several
 * pages, landscape pages. Each must import to its seed exactly, nothing flagged; the narrative is
 * compared without punctuation (LibreOffice drops a comma hanging past a justified line).
 */
import { vi } from 'vitest';
import { describeLibreOfficeCopies } from '../test-support/realistic/libreoffice-copies.ts';
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
