/**
 * Word documents as offices type them in Word or WPS, not as our exporter writes them
 * (test-support/realistic/office-docx.ts): runs split anywhere, bold paragraphs for headings,
 * merged cells, an empty trailing column, a table continued on the next page, landscape
 * sections. Each must import to its seed exactly, nothing flagged.
 */
import { describe, expect, it } from 'vitest';
import type { FixtureName } from '../../../domain/test-support/fixtures.ts';
import { importReportFile } from '../import-file.ts';
import { officeDocx, type OfficeDocxOptions } from '../test-support/realistic/office-docx.ts';
import { expectImportedAs, realisticSeed, SEED_NAMES } from '../test-support/realistic/seeds.ts';

const DOCUMENTS: readonly (readonly [string, OfficeDocxOptions])[] = [
  ['as typed', {}],
  ['an empty trailing column in every table', { emptyTrailingColumn: true }],
  ['table 三 continued on the next page (续表, header repeated)', { continuedAfterRow: 12 }],
  ['tables on landscape pages', { landscapeTables: true }],
  [
    'formula fields for totals, a tracked change, content controls, list-numbered items',
    { editedInWord: true, listNumbering: true },
  ],
  [
    'all of it, table 三 broken inside a merged group',
    { emptyTrailingColumn: true, continuedAfterRow: 9, landscapeTables: true },
  ],
];

describe('a Word document as an office makes it', () => {
  for (const name of SEED_NAMES)
    it.each(DOCUMENTS)(`${name}: %s`, async (_, options) => {
      const { report, outline } = realisticSeed(name as FixtureName);
      const { kind, result } = await importReportFile(officeDocx(outline, options), {
        name: `${name}.docx`,
      });
      expect(kind).toBe('docx');
      expectImportedAs(result, report);
    });
});
