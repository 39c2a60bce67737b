/**
 * An office's Word document (test-support/realistic/office-docx.ts, not our export) turned into a
 * PDF by LibreOffice, as offices publish it: page numbers in the footer, tables over several
 * pages, landscape pages. Each must import to its seed exactly, nothing flagged; the narrative is
 * compared without punctuation (LibreOffice drops a comma hanging past a justified line).
 *
 * Skipped, with a message, only when soffice is missing outside CI.
 */
import { beforeAll, describe, it, vi } from 'vitest';
import { hasSoffice } from '../../test-support/libreoffice.ts';
import {
  LIBREOFFICE_VARIANTS,
  libreOfficeCopies,
  type ConvertedCopy,
} from '../test-support/realistic/libreoffice-copies.ts';
import { expectImportedAs, realisticSeed, SEED_NAMES } from '../test-support/realistic/seeds.ts';
import { parseReportPdf } from './index.ts';

vi.setConfig({ testTimeout: 30_000 });

const skip = !hasSoffice() && !process.env.CI;
if (skip) console.warn('pdf/realistic.lo.test: skipped, soffice not found');

const lettersOnly = (s: string | undefined): string =>
  (s ?? '').replace(/\s+/gu, '').replace(/[\p{P}\p{S}]/gu, '');

describe.skipIf(skip)('an office’s Word document printed to PDF by LibreOffice', () => {
  let copies: ConvertedCopy[] = [];
  beforeAll(async () => {
    copies = await libreOfficeCopies('pdf');
  }, 120_000);

  for (const seed of SEED_NAMES)
    for (const [variant] of LIBREOFFICE_VARIANTS)
      it(`${seed}: ${variant}`, async () => {
        const copy = copies.find((c) => c.seed === seed && c.variant === variant)!;
        const result = await parseReportPdf(copy.bytes, { name: `${seed}.pdf` });
        expectImportedAs(result, realisticSeed(seed).report, { narrative: lettersOnly });
      });
});
