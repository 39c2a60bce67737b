/**
 * The layouts of real published reports that drew false warnings or lost figures, agency or
 * year (issue 12; test-support/realistic/real-layouts.ts), as text copied from a browser or
 * Word, Markdown and saved web pages. A clean report imports to its figures, agency and year
 * exactly with no warning, and its narrative draws no warning from the checks either.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkReport, type Report } from '../../domain/index.ts';
import type { FixtureName } from '../../domain/test-support/fixtures.ts';
import { textOf } from '../../domain/test-support/note-text.ts';
import { importReportFile, importReportText } from './import-file.ts';
import type { ImportResult } from './import.types.ts';
import { browserCopy, markdown, wordCopy } from './test-support/realistic/copied-text.ts';
import { encodeGbk, govPageHtml } from './test-support/realistic/gov-page.ts';
import { officeDocx } from './test-support/realistic/office-docx.ts';
import {
  agencyAboveTitle,
  agencyInCompiledBy,
  agencyInSignature,
  columnNumberRow,
  itemNumbersApart,
  markdownWithColumnNames,
  negativeAs,
  otherHandlingMerged,
  pdfLayoutText,
  seedWith,
  serialColumn,
  shortNormativeLabel,
  SIGN_SHAPES,
  viewerOrderCopy,
} from './test-support/realistic/real-layouts.ts';
import type { ReportOutline } from './test-support/realistic/report-outline.ts';
import { expectImportedAs, realisticSeed, SEED_NAMES } from './test-support/realistic/seeds.ts';

/** Warnings and errors drawn by clean inputs, over the whole file (the goal: 0). */
let cleanInputs = 0;
let cleanWarnings = 0;

/** Imports a clean report: exactly the report, no warning, and the checks quiet on its text. */
function expectClean(result: ImportResult, report: Report): void {
  cleanInputs++;
  if (result.ok) {
    cleanWarnings += result.findings.filter((f) => f.severity !== 'info').length;
    const narrativeWarnings = checkReport(result.report).filter((f) =>
      f.rule.startsWith('narrative.figures'),
    );
    cleanWarnings += narrativeWarnings.length;
    expect(narrativeWarnings).toEqual([]);
  }
  expectImportedAs(result, report);
}

afterAll(() => {
  console.info(`real layouts: ${cleanInputs} clean inputs, ${cleanWarnings} warnings`);
});

const COPIES: readonly (readonly [string, (o: ReportOutline) => string])[] = [
  ['copied from a browser', (o) => browserCopy(o)],
  ['copied from Word, tabs', (o) => wordCopy(o, 'tabs')],
  ['copied from Word, a cell per line', (o) => wordCopy(o, 'lines')],
  ['Markdown', (o) => markdown(o)],
];

describe('the agency and the year', () => {
  for (const name of SEED_NAMES)
    for (const form of ['年', '年度'] as const)
      it.each(COPIES)(`${name}: the agency above "… ${form}…报告", %s`, async (_, copy) => {
        const { report, outline } = realisticSeed(name as FixtureName);
        const { result } = await importReportText(copy(agencyAboveTitle(outline, report, form)));
        expectClean(result, report);
        expect(result.ok && result.source.agency).toMatchObject({
          how: 'titleAbove',
          value: '外交部',
        });
        expect(result.ok && result.source.year.how).toBe('title');
      });

  it.each(SEED_NAMES)('%s: the agency only in 本报告由…编制', async (name) => {
    const { report, outline } = realisticSeed(name);
    const { result } = await importReportText(browserCopy(agencyInCompiledBy(outline, report)));
    if (!result.ok) throw new Error(result.reason);
    expect(result.report.agency).toBe('外交部办公厅');
    expect(result.source.agency.how).toBe('sentence');
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each(SEED_NAMES)('%s: the agency only in the 落款', async (name) => {
    const { report, outline } = realisticSeed(name);
    const { result } = await importReportText(wordCopy(agencyInSignature(outline, report)));
    if (!result.ok) throw new Error(result.reason);
    expect([result.report.agency, result.report.year]).toEqual([report.agency, report.year]);
    expect(result.source.agency.how).toBe('signature');
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each(SEED_NAMES)('%s: a saved web page with the agency above the year title', async (name) => {
    const { report, outline } = realisticSeed(name);
    const html = govPageHtml(agencyAboveTitle(outline, report), { headTitle: '年度报告' });
    const { result } = await importReportFile(encodeGbk(html), { name: `${name}.html` });
    expectClean(result, report);
    expect(result.ok && result.source.agency.how).toBe('titleAbove');
  });

  it.each(SEED_NAMES)('%s: a web page whose title is only in <title>', async (name) => {
    const { report, outline } = realisticSeed(name);
    const html = govPageHtml(outline, {
      noPrintedTitle: true,
      headTitle: `${report.year}年政府信息公开工作年度报告_${report.agency}`,
    });
    const { result } = await importReportFile(encodeGbk(html), { name: `${name}.html` });
    expectClean(result, report);
    expect(result.ok && result.source.agency.how).toBe('pageTitle');
  });
});

describe('header cells are not figures', () => {
  for (const name of SEED_NAMES) {
    it.each(COPIES)(
      `${name}: a column-number row "1 … 7" under table 三's header, %s`,
      async (_, copy) => {
        const { report, outline } = realisticSeed(name);
        const { result } = await importReportText(copy(columnNumberRow(outline)));
        expectClean(result, report);
      },
    );

    it(`${name}: Markdown whose header rows read 数据1 … 数据N`, async () => {
      const { report, outline } = realisticSeed(name);
      const { result } = await importReportText(markdownWithColumnNames(outline));
      expectClean(result, report);
    });

    it.each(['\t', ' '] as const)(
      `${name}: item numbers in a cell of their own (%j)`,
      async (sep) => {
        const { report, outline } = realisticSeed(name);
        const { result } = await importReportText(itemNumbersApart(browserCopy(outline), sep));
        expectClean(result, report);
      },
    );
  }

  it('a 2021-format table printing 规范性文件: the year decides, no doubt', async () => {
    const { report, outline } = realisticSeed('mfa-2024');
    const { result } = await importReportText(browserCopy(shortNormativeLabel(outline)));
    expectClean(result, report);
  });
});

describe('a 序号 column numbering the rows of tables 二, 三 and 四', () => {
  const TEXTS: readonly (readonly [string, (o: ReportOutline) => string])[] = [
    ['PDF text (pdftotext -layout)', pdfLayoutText],
    ...COPIES,
  ];
  for (const name of SEED_NAMES) {
    it.each(TEXTS)(`${name}: %s`, async (_, copy) => {
      const { report, outline } = realisticSeed(name);
      const { result } = await importReportText(copy(serialColumn(outline)));
      expectClean(result, report);
    });

    it.each(TEXTS)(`${name}: table 二 numbered from 1 in each block, %s`, async (_, copy) => {
      const { report, outline } = realisticSeed(name);
      const { result } = await importReportText(copy(serialColumn(outline, 'block')));
      expectClean(result, report);
    });

    it.each(TEXTS)(`${name}: the column headed 编号, %s`, async (_, copy) => {
      const { report, outline } = realisticSeed(name);
      const { result } = await importReportText(copy(serialColumn(outline, 'table', '编号')));
      expectClean(result, report);
    });

    it(`${name}: a saved web page`, async () => {
      const { report, outline } = realisticSeed(name);
      const html = govPageHtml(serialColumn(outline));
      const { result } = await importReportFile(encodeGbk(html), { name: `${name}.html` });
      expectClean(result, report);
    });

    it(`${name}: a Word document`, async () => {
      const { report, outline } = realisticSeed(name);
      const { kind, result } = await importReportFile(officeDocx(serialColumn(outline)), {
        name: `${name}.docx`,
      });
      expect(kind).toBe('docx');
      expectClean(result, report);
    });
  }
});

describe('a 序号 column never shifts a figure', () => {
  // Table 二's figures equal to the 序号 next to them: each row's last figure is the next row's
  // number, 行政许可's figure (before a block title) the number that would come next.
  const clashes = {
    'mfa-2024': {
      'active.regulations.inForce': 2,
      'active.normativeDocuments.inForce': 3,
      'active.licensing.decisions': 4,
      'active.penalty.decisions': 5,
      'active.coercion.decisions': 6,
    },
    'mfa-2020': {
      'active.regulations.publicTotal': 2,
      'active.normativeDocuments.publicTotal': 3,
      'active.otherServices.previousItems': 1,
      'active.otherServices.decisions': 5,
      'active.coercion.decisions': 7,
      'active.fees.change': 8,
    },
  } as const;
  const texts: readonly (readonly [string, (o: ReportOutline) => string])[] = [
    ['PDF text (pdftotext -layout)', pdfLayoutText],
    ...COPIES,
    ['a web page', (o) => govPageHtml(o)],
  ];
  for (const name of SEED_NAMES)
    for (const restart of ['table', 'block'] as const)
      it.each(texts)(`${name}, counted per ${restart}: %s`, async (kind, copy) => {
        const { report, outline } = seedWith(name, clashes[name as keyof typeof clashes]);
        const text = copy(serialColumn(outline, restart));
        const { result } =
          kind === 'a web page'
            ? await importReportFile(encodeGbk(text), { name: 'a.html' })
            : await importReportText(text);
        expectClean(result, report);
      });
});

describe('a figure merged over （六）其他处理’s three rows', () => {
  // The 2024 seed with （六） all 0 (its 16 moved to 予以公开, so that the table still ties).
  const zeros = {
    'requests.results.otherHandling.other.naturalPerson': 0,
    'requests.results.otherHandling.other.total': 0,
    'requests.results.granted.naturalPerson': 2 + 16,
    'requests.results.granted.total': 2 + 16,
  };

  it.each([
    ['a saved web page (rowspan 3)', 'html'],
    ['copied from a browser', 'text'],
  ] as const)('0 merged: 0 in each row, no warning — %s', async (_, kind) => {
    const { report, outline } = seedWith('mfa-2024', zeros);
    expect(report.requests.results.granted).toMatchObject({ naturalPerson: 18 });
    const merged = otherHandlingMerged(outline);
    const { result } =
      kind === 'html'
        ? await importReportFile(encodeGbk(govPageHtml(merged)), { name: 'a.html' })
        : await importReportText(browserCopy(merged));
    expectClean(result, report);
  });

  it('a merged figure other than 0 stays a doubt', async () => {
    const { outline } = seedWith('mfa-2024', {
      ...zeros,
      'requests.results.otherHandling.noCorrection.naturalPerson': 2,
      'requests.results.otherHandling.noCorrection.total': 2,
      'requests.results.granted.naturalPerson': 16,
      'requests.results.granted.total': 16,
    });
    const { result } = await importReportText(browserCopy(otherHandlingMerged(outline)));
    if (!result.ok) throw new Error(result.reason);
    expect(result.findings.filter((f) => f.code === 'import.table.missingRow')).toHaveLength(2);
    expect(result.source.uncertainCells).toContain(
      'requests.results.otherHandling.feeUnpaid.naturalPerson',
    );
  });
});

describe('money as real reports print it', () => {
  it.each(COPIES)('本年收费金额 5949.088667 万元 (to the 分), %s', async (_, copy) => {
    const { report, outline } = seedWith('mfa-2024', { 'active.fees.amount': 5949.088667 });
    const { result } = await importReportText(copy(outline));
    expectClean(result, report);
    expect(result.ok && result.report.active).toMatchObject({ fees: { amount: 5949.088667 } });
  });

  it.each(COPIES)(
    '本年收费金额 96171.6 万元 (a prefecture-level city): no active.feeUnit, %s',
    async (_, copy) => {
      const { report, outline } = seedWith('mfa-2024', { 'active.fees.amount': 96171.6 });
      const { result } = await importReportText(copy(outline));
      expectClean(result, report);
      expect(result.ok && checkReport(result.report).map((f) => f.rule)).not.toContain(
        'active.feeUnit',
      );
    },
  );

  it('采购总金额 printed in 元 ("73802895.90元"): converted to 万元, said so', async () => {
    const { report, outline } = seedWith(
      'mfa-2020',
      { 'active.procurement.amount': 7380.28959 },
      { procurementAmount: '元' },
    );
    const text = browserCopy(outline);
    expect(text).toContain('73802895.90元');
    const { result } = await importReportText(text);
    expectClean(result, report);
    const yuan = result.ok
      ? result.findings.find((f) => f.code === 'import.figure.yuan')
      : undefined;
    expect(yuan).toMatchObject({
      severity: 'info',
      params: { printed: '73802895.90元', wan: 7380.28959 },
    });
    expect(textOf(yuan)).toContain('已换算为 7380.28959 万元');
  });
});

describe('signed figures keep their sign', () => {
  const signed = { 'active.licensing.change': -1, 'active.penalty.change': -3 };
  for (const shape of SIGN_SHAPES)
    it.each(COPIES.slice(0, 3))(`本年增/减 written "${shape}1", %s`, async (_, copy) => {
      const { report, outline } = seedWith('mfa-2020', signed);
      const { result } = await importReportText(negativeAs(copy(outline), shape));
      expectClean(result, report);
      expect(result.ok && result.report.active).toMatchObject({
        licensing: { change: -1 },
        penalty: { change: -3 },
      });
    });
});

describe('text in a PDF viewer’s drawing order', () => {
  it.each(SEED_NAMES)(
    '%s: refused, pointing to the PDF itself — never a wrong figure',
    async (name) => {
      const { outline } = realisticSeed(name);
      const { result } = await importReportText(viewerOrderCopy(outline));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(/请直接导入 PDF 文件本身/);
    },
  );
});

describe('the whole corpus of this file', () => {
  it('gives no warning on any clean input', () => {
    // Runs last: every clean input above counted its warnings.
    expect(cleanInputs).toBeGreaterThan(50);
    expect(cleanWarnings).toBe(0);
  });
});
