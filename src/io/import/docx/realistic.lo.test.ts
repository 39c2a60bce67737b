/**
 * An office's Word document (test-support/realistic/office-docx.ts) opened in LibreOffice and
 * saved again as .docx, which rewrites the XML its own way. Each must import to its seed
 * exactly, nothing flagged.
 */
import { expect } from 'vitest';
import { localHeader } from '../../read/zip-test-support.ts';
import { importReportFile } from '../import-file.ts';
import { describeLibreOfficeCopies } from '../test-support/realistic/libreoffice-copies.ts';
import { expectImportedAs } from '../test-support/realistic/seeds.ts';

describeLibreOfficeCopies(
  'an office’s Word document saved again by LibreOffice',
  'docx',
  async (bytes, report, seed) => {
    // LibreOffice writes each part's sizes after its data (a data descriptor), unlike docx.js.
    expect(localHeader(bytes, 'word/document.xml').flags & 8).toBe(8);
    const { kind, result } = await importReportFile(bytes, { name: `${seed}.docx` });
    expect(kind).toBe('docx');
    expectImportedAs(result, report);
  },
);
