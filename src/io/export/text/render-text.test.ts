import { describe, expect, it } from 'vitest';
import {
  createEmptyReport,
  getTemplate,
  parseCellInput,
  type CellTemplate,
  type Report,
  type TableId,
} from '../../../domain/index.ts';
import {
  fixtureFigure,
  loadFixture,
  withCells,
  withNarrative,
  type FixtureName,
} from '../../../domain/test-support/fixtures.ts';
import { buildReportDocument, cellFigure } from '../report-document.ts';
import { renderText, TEXT_DRAFT_NOTICE } from './render-text.ts';

const SEEDS: readonly FixtureName[] = ['mfa-2024', 'mfa-2020'];

const exportText = (report: Report): string => renderText(buildReportDocument(report), 'unix');

/** A band of a pasted table: the header row and the figure rows under it, split at tabs. */
interface Band {
  readonly title?: string;
  /** The group header lines above the header row (申请人情况, 法人或其他组织). */
  readonly groups: readonly (readonly string[])[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * The table under a section heading, read as a spreadsheet would paste it: the lines up to the
 * next blank line, split at tabs; a line without a tab (a title or the note) opens a band.
 */
function readTable(lines: readonly string[], heading: string): Band[] {
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThan(0);
  const bands: { title?: string; groups: string[][]; header?: string[]; rows: string[][] }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === '') break;
    if (!line.includes('\t')) {
      bands.push({ title: line, groups: [], rows: [] });
      continue;
    }
    if (bands.length === 0) bands.push({ groups: [], rows: [] });
    const band = bands[bands.length - 1]!;
    const cells = line.split('\t');
    const isHeader = band.rows.length === 0 && !cells.slice(1).some((c) => /\d/.test(c));
    if (!isHeader) band.rows.push(cells);
    else {
      if (band.header) band.groups.push(band.header);
      band.header = cells;
    }
  }
  return bands.map((b) => {
    if (!b.header) throw new Error(`band ${b.title ?? ''} has no header row`);
    return {
      ...(b.title !== undefined ? { title: b.title } : {}),
      groups: b.groups,
      header: b.header,
      rows: b.rows,
    };
  });
}

/** The cell a pasted figure belongs to, found from its row label and column header alone. */
function cellFor(
  cells: readonly CellTemplate[],
  id: TableId,
  band: Band,
  label: string,
  column: string,
): CellTemplate | undefined {
  return cells.find((c) => {
    if (id === 'reviews') return `${c.rowLabel} ${c.columnLabel}` === column;
    // The first row of 三、本年度办理结果 carries that group label too.
    const own = label.replace(/^三、本年度办理结果 /, '');
    const rowMatches =
      c.rowLabel === own || (c.rowGroup !== undefined && `${c.rowGroup} ${c.rowLabel}` === own);
    const blockMatches = id !== 'active' || c.rowGroup === band.title;
    return rowMatches && blockMatches && c.columnLabel === column;
  });
}

describe.each(SEEDS)('text export of the seed %s', (name) => {
  const report = loadFixture(name);
  const template = getTemplate(report.format);
  const text = exportText(report);
  const lines = text.split('\n');

  it('is written for Windows by default: a UTF-8 byte-order mark and CRLF line ends', () => {
    const windows = renderText(buildReportDocument(report));
    expect(windows.startsWith(`\ufeff${report.agency}${report.year}年`)).toBe(true);
    expect(windows.endsWith('\r\n')).toBe(true);
    expect(windows.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(windows.slice(1).split('\r\n')).toEqual(lines);
  });

  it('keeps every header level and group label of table 三', () => {
    const [band] = readTable(lines, '三、收到和处理政府信息公开申请情况');
    expect(band!.groups).toEqual([
      ['', '申请人情况', '', '', '', '', '', ''],
      ['', '', '法人或其他组织', '', '', '', '', ''],
    ]);
    expect(band!.rows.filter((r) => r[0]!.startsWith('三、本年度办理结果 '))).toHaveLength(1);
    expect(lines).toContain(
      `三、本年度办理结果 （一）予以公开\t${band!.rows
        .find((r) => r[0]!.endsWith('（一）予以公开'))!
        .slice(1)
        .join('\t')}`,
    );
  });

  it('opens with the title and a blank line, no 草稿, LF line ends and a final newline', () => {
    expect(lines[0]).toBe(`${report.agency}${report.year}年政府信息公开工作年度报告`);
    expect(lines[1]).toBe('');
    expect(text).not.toContain('草稿');
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('has every section heading on a line of its own, in order', () => {
    const positions = template.sections.map((s) => lines.indexOf(s.heading));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps every narrative paragraph as one line', () => {
    const paragraphs = Object.values(report.narrative ?? {})
      .flatMap((t) => t.split('\n'))
      .map((l) => l.trim())
      .filter((l) => l !== '');
    for (const p of paragraphs) expect(lines).toContain(p);
  });

  it('puts the 勾稽关系 note on the line before table 三', () => {
    const heading = lines.indexOf('三、收到和处理政府信息公开申请情况');
    expect(lines[heading + 1]).toBe(template.tables.requests.note);
    expect(lines[heading + 4]!.split('\t')).toEqual([
      '',
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
  });

  it.each(['active', 'requests', 'reviews'] as const)(
    'table %s pastes as one figure per cell, every figure of the expected JSON in place',
    (id) => {
      const section = template.sections.find((s) => s.kind === 'table' && s.table === id)!;
      const bands = readTable(lines, section.heading);
      const cells = template.tables[id].cells;
      const seen: string[] = [];
      for (const band of bands) {
        expect(band.rows.length, band.title).toBeGreaterThan(0);
        for (const row of band.rows) {
          // The tab structure: a label, then exactly one cell per column header.
          expect(row.length, row[0]).toBe(band.header.length);
          row.slice(1).forEach((figure, k) => {
            const column = band.header[k + 1]!;
            const cell = cellFor(cells, id, band, row[0]!, column);
            expect(cell, `${row[0]} / ${column}`).toBeDefined();
            const expected = fixtureFigure(name, cell!.id);
            expect(typeof expected, cell!.id).toBe('number');
            expect(figure, cell!.id).toBe(cellFigure(cell, expected as number));
            expect(parseCellInput(figure, cell!.kind)).toEqual({ ok: true, value: expected });
            seen.push(cell!.id);
          });
        }
      }
      // Every figure of the table once, in the template's reading order.
      expect(seen).toEqual(cells.map((c) => c.id));
    },
  );

  it('has tabs only in table rows', () => {
    const tableLines = new Set(
      (['active', 'requests', 'reviews'] as const).flatMap((id) => {
        const heading = template.sections.find(
          (s) => s.kind === 'table' && s.table === id,
        )!.heading;
        return readTable(lines, heading).flatMap((b) =>
          [...b.groups, b.header, ...b.rows].map((r) => r.join('\t')),
        );
      }),
    );
    for (const line of lines)
      if (line.includes('\t')) expect(tableLines.has(line), line).toBe(true);
  });

  it('names the table 四 columns by group and outcome, with one row of 15 figures', () => {
    const [band, ...more] = readTable(lines, '四、政府信息公开行政复议、行政诉讼情况');
    expect(more).toEqual([]);
    expect(band!.header.slice(0, 2)).toEqual(['', '行政复议 结果维持']);
    expect(band!.header[6]).toBe('未经复议直接起诉 结果维持');
    expect(band!.header[15]).toBe('复议后起诉 总计');
    expect(band!.rows).toHaveLength(1);
    expect(band!.rows[0]).toHaveLength(16);
  });

  it('writes table 二 as one band per 第二十条 item', () => {
    const bands = readTable(lines, '二、主动公开政府信息情况');
    expect(bands.map((b) => b.title)).toEqual(
      report.format === '2021'
        ? ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']
        : [
            '第二十条第（一）项',
            '第二十条第（五）项',
            '第二十条第（六）项',
            '第二十条第（八）项',
            '第二十条第（九）项',
          ],
    );
    expect(bands.every((b) => b.header[0] === '信息内容')).toBe(true);
  });
});

describe('text export: draft, clean lines, empty cells', () => {
  it('marks a draft at the top', () => {
    const report = withCells(loadFixture('mfa-2020'), { 'requests.carriedOver.research': 5 });
    const lines = exportText(report).split('\n');
    expect(lines[0]).toBe(TEXT_DRAFT_NOTICE);
    expect(lines[1]).toBe('外交部2020年政府信息公开工作年度报告');
    expect(lines).toContain('二、上年结转政府信息公开申请数量\t1\t0\t5\t0\t0\t0\t6');
  });

  it('keeps tabs and line breaks out of narrative lines and the title', () => {
    const report = withNarrative(
      { ...loadFixture('mfa-2024'), agency: '某\t局' },
      { preamble: '第一段\t有制表符\r\n第二段' },
    );
    const lines = exportText(report).split('\n');
    expect(lines[0]).toBe('某 局2024年政府信息公开工作年度报告');
    expect(lines[2]).toBe('第一段 有制表符');
    expect(lines[3]).toBe('第二段');
  });

  it('keeps the tab structure for empty cells', () => {
    const text = exportText(createEmptyReport({ year: 2022, agency: '某某市教育局' }));
    const lines = text.split('\n');
    expect(lines[0]).toBe(TEXT_DRAFT_NOTICE);
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t');
    expect(lines).toContain(`\t${'\t'.repeat(14)}`);
  });
});
