/**
 * An office's Word document (test-support/realistic/office-docx.ts) opened in LibreOffice and
 * saved again as .docx, which rewrites the XML its own way. Each must import to its seed
 * exactly, nothing flagged.
 *
 * Skipped, with a message, only when soffice is missing outside CI.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSoffice } from '../../test-support/libreoffice.ts';
import { importReportFile } from '../import-file.ts';
import {
  LIBREOFFICE_VARIANTS,
  libreOfficeCopies,
  type ConvertedCopy,
} from '../test-support/realistic/libreoffice-copies.ts';
import { expectImportedAs, realisticSeed, SEED_NAMES } from '../test-support/realistic/seeds.ts';

const skip = !hasSoffice() && !process.env.CI;
if (skip) console.warn('docx/realistic.lo.test: skipped, soffice not found');

describe.skipIf(skip)('an office’s Word document saved again by LibreOffice', () => {
  let copies: ConvertedCopy[] = [];
  beforeAll(async () => {
    copies = await libreOfficeCopies('docx');
  }, 120_000);

  for (const seed of SEED_NAMES)
    for (const [variant] of LIBREOFFICE_VARIANTS)
      it(`${seed}: ${variant}`, async () => {
        const copy = copies.find((c) => c.seed === seed && c.variant === variant)!;
        const { kind, result } = await importReportFile(copy.bytes, { name: `${seed}.docx` });
        expect(kind).toBe('docx');
        expectImportedAs(result, realisticSeed(seed).report);
      });
});
