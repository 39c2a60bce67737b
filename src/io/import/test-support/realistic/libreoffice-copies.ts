/**
 * Test-only: an office's Word documents (office-docx.ts) of both seeds, converted by LibreOffice
 * to PDF or saved again as .docx (LibreOffice rewrites the XML its own way: other run and cell
 * properties, its own merge markup). Made in a temporary folder, read back as bytes.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import type { Report } from '../../../../domain/index.ts';
import type { FixtureName } from '../../../../domain/test-support/fixtures.ts';
import { convertWithLibreOffice, hasSoffice } from '../../../test-support/libreoffice.ts';
import { MUTATIONS } from './mutations.ts';
import { officeDocx, type OfficeDocxOptions } from './office-docx.ts';
import type { ReportOutline } from './report-outline.ts';
import { realisticSeed, SEED_NAMES } from './seeds.ts';

/** A document to convert: its name, how Word lays it out, and how its tables are changed. */
export type LibreOfficeVariant = readonly [
  string,
  OfficeDocxOptions,
  ((outline: ReportOutline) => ReportOutline)?,
];

export const LIBREOFFICE_VARIANTS: readonly LibreOfficeVariant[] = [
  ['as typed', {}],
  [
    'full-width digits (８２ wraps in a narrow cell)',
    {},
    (o) => MUTATIONS['full-width digits']!(o),
  ],
  [
    'empty trailing column, table 三 continued, landscape tables, list-numbered items',
    { emptyTrailingColumn: true, continuedAfterRow: 9, landscapeTables: true, listNumbering: true },
  ],
];

export interface ConvertedCopy {
  readonly seed: FixtureName;
  readonly variant: string;
  readonly bytes: Uint8Array;
}

/** Every seed × variant, converted to `format` in one LibreOffice run. */
export async function libreOfficeCopies(
  format: 'pdf' | 'docx',
  variants: readonly LibreOfficeVariant[] = LIBREOFFICE_VARIANTS,
): Promise<ConvertedCopy[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xxgk-realistic-'));
  try {
    const sources: { seed: FixtureName; variant: string; file: string }[] = [];
    for (const seed of SEED_NAMES)
      for (const [k, [variant, options, change]] of variants.entries()) {
        const file = path.join(dir, `${seed}-${k}.docx`);
        const { outline } = realisticSeed(seed);
        await writeFile(file, officeDocx(change ? change(outline) : outline, options));
        sources.push({ seed, variant, file });
      }
    const out = path.join(dir, 'out');
    await convertWithLibreOffice(
      sources.map((s) => s.file),
      out,
      format,
    );
    return await Promise.all(
      sources.map(async ({ seed, variant, file }) => ({
        seed,
        variant,
        bytes: new Uint8Array(
          await readFile(path.join(out, `${path.basename(file, '.docx')}.${format}`)),
        ),
      })),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * One test per seed × variant of the copies in `format`, made once for the block. Skipped, with
 * a message, only when soffice is missing outside CI.
 */
export function describeLibreOfficeCopies(
  title: string,
  format: 'pdf' | 'docx',
  check: (bytes: Uint8Array, expected: Report, seed: FixtureName) => Promise<void>,
  variants: readonly LibreOfficeVariant[] = LIBREOFFICE_VARIANTS,
): void {
  const skip = !hasSoffice() && !process.env.CI;
  if (skip) console.warn(`${title}: skipped, soffice not found`);
  describe.skipIf(skip)(title, () => {
    let copies: ConvertedCopy[] = [];
    beforeAll(async () => {
      copies = await libreOfficeCopies(format, variants);
    }, 120_000);

    for (const seed of SEED_NAMES)
      for (const [variant] of variants)
        it(`${seed}: ${variant}`, async () => {
          const copy = copies.find((c) => c.seed === seed && c.variant === variant)!;
          await check(copy.bytes, realisticSeed(seed).report, seed);
        });
  });
}
