/**
 * Text as people get it onto the clipboard or into a file (test-support/realistic/copied-text.ts):
 * copied from a browser (the report, or the whole government page with Ctrl+A), copied from Word
 * or WPS (tabs between cells, or a cell per line), and Markdown files with pipe tables. Each must
 * import to its seed exactly, nothing flagged.
 */
import { describe, expect, it } from 'vitest';
import { allCells, getCellValue, getTemplate, setCellValue } from '../../../domain/index.ts';
import type { FixtureName } from '../../../domain/test-support/fixtures.ts';
import { reportDifferences } from '../test-support/realistic/compare.ts';
import { MUTATIONS } from '../test-support/realistic/mutations.ts';
import { importReportFile, importReportText } from '../import-file.ts';
import { encodeGbk } from '../test-support/realistic/gov-page.ts';
import {
  browserCopy,
  encodeUtf16le,
  markdown,
  wordCopy,
} from '../test-support/realistic/copied-text.ts';
import type { ReportOutline } from '../test-support/realistic/report-outline.ts';
import { expectImportedAs, realisticSeed, SEED_NAMES } from '../test-support/realistic/seeds.ts';

const TEXTS: readonly (readonly [string, (outline: ReportOutline) => string])[] = [
  ['copied from a browser', (o) => browserCopy(o)],
  ['the whole web page copied from a browser (Ctrl+A)', (o) => browserCopy(o, true)],
  ['copied from Word, tabs between cells', (o) => wordCopy(o, 'tabs')],
  ['copied from Word, every cell on its own line', (o) => wordCopy(o, 'lines')],
  ['Markdown, merged cells left empty', (o) => markdown(o, 'empty')],
  ['Markdown, merged cells repeated', (o) => markdown(o, 'repeat')],
];

describe('a report copied as text', () => {
  for (const name of SEED_NAMES)
    it.each(TEXTS)(`${name}: %s`, async (_, copy) => {
      const { report, outline } = realisticSeed(name as FixtureName);
      const { kind, result } = await importReportText(copy(outline), { name });
      expect(kind).toBe('text');
      expectImportedAs(result, report);
    });

  it('says what of the web page it left out', async () => {
    const { outline } = realisticSeed('mfa-2024');
    const { result } = await importReportText(browserCopy(outline, true));
    if (!result.ok) throw new Error(result.reason);
    const codes = result.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['import.text.beforeTitle', 'import.narrative.webChrome']),
    );
    expect(result.source.year.how).toBe('title');
  });
});

describe('a text file saved by Windows Notepad', () => {
  const ENCODINGS: readonly (readonly [string, (text: string) => Uint8Array])[] = [
    ['ANSI on a Chinese Windows (GBK)', encodeGbk],
    ['Unicode (UTF-16 with a BOM)', encodeUtf16le],
  ];
  for (const name of SEED_NAMES)
    it.each(ENCODINGS)(`${name}: %s`, async (_, encode) => {
      const { report, outline } = realisticSeed(name as FixtureName);
      const bytes = encode(wordCopy(outline, 'tabs'));
      const { kind, result } = await importReportFile(bytes, { name: `${name}.txt` });
      expect(kind).toBe('text');
      expectImportedAs(result, report);
    });
});

describe('2019’s 采购总金额, whose column prints no unit, as offices filled it', () => {
  const AMOUNTS = [
    ['with 万元 (as 外交部 printed it): read as printed', '万元', [], []],
    [
      'bare: read as 万元, but flagged (元 cannot be ruled out)',
      'bare',
      ['import.figure.unit'],
      ['active.procurement.amount'],
    ],
    [
      'in 元 (the unit printed): converted to 万元 exactly, said so (info), not doubted',
      '元',
      [],
      [],
    ],
  ] as const;
  it.each(AMOUNTS)('%s', async (_, procurementAmount, findings, uncertain) => {
    const { report, outline } = realisticSeed('mfa-2020', { procurementAmount });
    const { result } = await importReportText(wordCopy(outline, 'tabs'));
    expectImportedAs(result, report, { findings, uncertain });
  });
});

describe('zeros left blank, copied with tabs or as Markdown', () => {
  const FORMS: readonly (readonly [string, (outline: ReportOutline) => string])[] = [
    ['copied from a browser', (o) => browserCopy(o)],
    ['copied from Word', (o) => wordCopy(o, 'tabs')],
    ['Markdown', (o) => markdown(o)],
  ];
  for (const name of SEED_NAMES)
    it.each(FORMS)(
      `${name}: %s — the blanks empty and flagged, every figure in its column`,
      async (_, copy) => {
        const { report, outline } = realisticSeed(name as FixtureName);
        const zeros = allCells(getTemplate(report.format))
          .map((c) => c.id)
          .filter((id) => getCellValue(report, id) === 0);
        const blank = zeros.reduce((r, id) => setCellValue(r, id, null), report);
        const { result } = await importReportText(copy(MUTATIONS['zeros left blank']!(outline)));
        expect(reportDifferences(result, blank)).toEqual([]);
        expect(result.ok && result.source.uncertainCells).toEqual(zeros);
      },
    );
});
