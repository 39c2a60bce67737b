/**
 * Test-only: the layouts of real published reports that once drew false warnings or lost
 * something (issue 12), made from the seeds: the agency on its own line above the year title,
 * a title only in the page's <title>, column-number header rows, item numbers in a cell of their
 * own, money to the 分 and in 元, signed figures one per line, a 0 merged over （六）'s rows,
 * 规范性文件 in a 2021 table, and text in a PDF viewer's drawing order.
 */
import { setCellValue, type CellId, type Report } from '../../../../domain/index.ts';
import type { FixtureName } from '../../../../domain/test-support/fixtures.ts';
import {
  outlineGrid,
  reportOutline,
  type OutlineBlock,
  type OutlineCell,
  type OutlineOptions,
  type OutlineRow,
  type OutlineSlot,
  type OutlineTable,
  type ReportOutline,
} from './report-outline.ts';
import { realisticSeed } from './seeds.ts';

/** A seed with some figures changed (the outline printed from the changed report). */
export function seedWith(
  name: FixtureName,
  cells: Readonly<Record<CellId, number>>,
  options: OutlineOptions = {},
): { report: Report; outline: ReportOutline } {
  const { report: seed } = realisticSeed(name);
  const report = Object.entries(cells).reduce((r, [id, v]) => setCellValue(r, id, v), seed);
  const problemsHeading = name === 'mfa-2020' ? '五、存在的主要问题及工作设想' : undefined;
  return {
    report,
    outline: reportOutline(report, { ...(problemsHeading ? { problemsHeading } : {}), ...options }),
  };
}

const mapBlocks = (
  outline: ReportOutline,
  change: (block: OutlineBlock) => OutlineBlock,
): ReportOutline => ({ ...outline, blocks: outline.blocks.map(change) });

const mapTable = (
  outline: ReportOutline,
  id: OutlineTable['id'],
  change: (table: OutlineTable) => OutlineTable,
): ReportOutline =>
  mapBlocks(outline, (b) =>
    b.kind === 'table' && b.table.id === id ? { kind: 'table', table: change(b.table) } : b,
  );

/**
 * The usual title of a local report: the agency on its own line, then "2024年政府信息公开工作
 * 年度报告" (`年`) or "2024 年度政府信息公开工作报告" (`年度`).
 */
export function agencyAboveTitle(
  outline: ReportOutline,
  report: Report,
  form: '年' | '年度' = '年',
): ReportOutline {
  const yearTitle =
    form === '年'
      ? `${report.year}年政府信息公开工作年度报告`
      : `${report.year} 年度政府信息公开工作报告`;
  return mapBlocks(outline, (b) =>
    b.kind === 'title' ? { kind: 'title', text: `${report.agency}\n${yearTitle}` } : b,
  );
}

/** A title naming no agency, the agency only in "本报告由…编制" at the start of the text. */
export function agencyInCompiledBy(outline: ReportOutline, report: Report): ReportOutline {
  const blocks = outline.blocks.flatMap((b): OutlineBlock[] =>
    b.kind === 'title'
      ? [
          { kind: 'title', text: `${report.year}年政府信息公开工作年度报告` },
          {
            kind: 'paragraph',
            text: `本报告由${report.agency}办公厅根据《中华人民共和国政府信息公开条例》要求编制。`,
          },
        ]
      : [b],
  );
  return { ...outline, blocks };
}

/** A title naming no agency, the agency in the 落款 at the end: its name, then the date. */
export function agencyInSignature(outline: ReportOutline, report: Report): ReportOutline {
  return {
    ...outline,
    blocks: [
      ...outline.blocks.map((b): OutlineBlock =>
        b.kind === 'title'
          ? { kind: 'title', text: `${report.year}年政府信息公开工作年度报告` }
          : b,
      ),
      { kind: 'paragraph', text: report.agency },
      { kind: 'paragraph', text: `${report.year + 1}年1月20日` },
    ],
  };
}

/** Under table 三's header, a row numbering its seven figure columns "1 2 3 4 5 6 7". */
export function columnNumberRow(outline: ReportOutline): ReportOutline {
  return mapTable(outline, 'requests', (t) => {
    const numbers: OutlineRow = [
      { text: '', colSpan: 3 },
      ...Array.from({ length: 7 }, (_, i): OutlineCell => ({ text: String(i + 1) })),
    ];
    return {
      ...t,
      rows: [...t.rows.slice(0, t.headerRows), numbers, ...t.rows.slice(t.headerRows)],
      headerRows: t.headerRows + 1,
    };
  });
}

/**
 * A Markdown conversion that could not read the tables' headers: every table gets a header row
 * "| | 数据1 | 数据2 | … |" above its rows (the figures still under their columns).
 */
export function markdownWithColumnNames(outline: ReportOutline): string {
  const cell = (text: string): string => text.replace(/\n/gu, '<br>').replace(/\|/gu, '\\|');
  return outline.blocks
    .map((b) => {
      if (b.kind === 'title') return `# ${b.text}`;
      if (b.kind === 'heading') return `## ${b.text}`;
      if (b.kind === 'paragraph') return b.text;
      const rows = outlineGrid(b.table).map((line, r) =>
        line.map((slot, c) => (slot.row === r && slot.column === c ? slot.cell.text : '')),
      );
      const width = rows[0]!.length;
      const head = ['', ...Array.from({ length: width - 1 }, (_, i) => `数据${i + 1}`)];
      const line = (row: readonly string[]): string => `| ${row.map(cell).join(' | ')} |`;
      return [line(head), `|${' --- |'.repeat(width)}`, ...rows.map(line)].join('\n');
    })
    .join('\n\n');
}

/**
 * Table 三's item numbers in a cell of their own, as a city's PDF text has them: "1" then
 * "属于国家秘密" instead of "1.属于国家秘密" (tabs between cells, or a space).
 */
export function itemNumbersApart(text: string, separator: '\t' | ' ' = '\t'): string {
  return text.replace(/(^|\t)(\d)\.(?=\p{Script=Han})/gmu, `$1$2${separator}`);
}

/**
 * （六）其他处理's three rows with one figure merged down over them in each column (rowspan 3),
 * as a department's page prints a 0 for the whole group.
 */
export function otherHandlingMerged(outline: ReportOutline): ReportOutline {
  return mapTable(outline, 'requests', (t) => {
    const first = t.rows.findIndex((row) => row.some((c) => c.text === '（六）其他处理'));
    const rows = t.rows.map((row, r) => {
      if (r === first) return row.map((c) => (c.figure ? { ...c, rowSpan: 3 } : c));
      if (r === first + 1 || r === first + 2) return row.filter((c) => !c.figure);
      return row;
    });
    return { ...t, rows };
  });
}

/** A 2021-format table 二 printing "规范性文件" for 行政规范性文件. */
export function shortNormativeLabel(outline: ReportOutline): ReportOutline {
  return mapTable(outline, 'active', (t) => ({
    ...t,
    rows: t.rows.map((row) =>
      row.map((c) => (c.text === '行政规范性文件' ? { ...c, text: '规范性文件' } : c)),
    ),
  }));
}

/** The ways offices write a negative 本年增/减. */
export const SIGN_SHAPES = ['-', '−', '－', '减少'] as const;

/** Every negative figure of the tables written with `shape` instead of "-". */
export function negativeAs(text: string, shape: (typeof SIGN_SHAPES)[number]): string {
  return text.replace(/(^|[\t\n])-(\d+)(?=[\t\r\n]|$)/gu, `$1${shape}$2`);
}

/**
 * Text as a PDF viewer copies it (or pdftotext without -layout): in each table row the figures
 * come before the labels, one per line, and the page's number ("-2-") sits between rows.
 */
export function viewerOrderCopy(outline: ReportOutline): string {
  let page = 1;
  return outline.blocks
    .map((b) => {
      if (b.kind !== 'table') return b.text;
      const lines: string[] = [];
      outlineGrid(b.table).forEach((line, r) => {
        const starts = line.filter((slot, c) => slot.row === r && slot.column === c);
        const figures = starts.filter((s) => s.cell.figure).map((s) => s.cell.text);
        const labels = starts.filter((s) => !s.cell.figure).map((s) => s.cell.text);
        lines.push(...figures, ...labels);
        if (r % 12 === 11) lines.push(`-${String(++page)}-`);
      });
      return lines.join('\n');
    })
    .join('\n');
}

/**
 * A 序号 column in front of every table, as many offices print tables 二, 三 and 四: "序号"
 * over the header rows (and in table 二's 信息内容 rows), then the rows numbered 1, 2, 3 …
 * down the table, or from 1 again in each of table 二's blocks (`restart`); table 二's block
 * titles span the new column too. `header`: what the column is headed (序号, 编号 or 序).
 */
export function serialColumn(
  outline: ReportOutline,
  restart: 'table' | 'block' = 'table',
  header: '序号' | '编号' | '序' = '序号',
): ReportOutline {
  return mapBlocks(outline, (b) => {
    if (b.kind !== 'table') return b;
    const t = b.table;
    let n = 0;
    const rows = t.rows.map((row, r): OutlineRow => {
      if (r < t.headerRows)
        return r === 0 ? [{ text: header, rowSpan: t.headerRows }, ...row] : row;
      const first = row[0]!;
      if (row.length === 1 && !first.figure)
        return [{ ...first, colSpan: (first.colSpan ?? 1) + 1 }];
      if (first.text === '信息内容') {
        if (restart === 'block') n = 0;
        return [{ text: header }, ...row];
      }
      return [{ text: String(++n) }, ...row];
    });
    return { kind: 'table', table: { ...t, rows } };
  });
}

/** Display width as a PDF lays text out: a Chinese character or full-width sign is two. */
const displayWidth = (text: string): number =>
  [...text].reduce((w, ch) => w + (/[\u1100-\uffef]/u.test(ch) ? 2 : 1), 0);

/**
 * Text as `pdftotext -layout` gives it from a PDF: a table row per line, each cell padded with
 * spaces to its column's width, figures right-aligned, a cell's line breaks joined; paragraphs
 * as they are.
 */
export function pdfLayoutText(outline: ReportOutline): string {
  return outline.blocks
    .map((b) => {
      if (b.kind !== 'table') return b.text;
      const grid = outlineGrid(b.table);
      const cellText = (slot: OutlineSlot, r: number, c: number): string =>
        slot.row === r && slot.column === c ? slot.cell.text.replace(/\n/gu, '') : '';
      const widths: number[] = [];
      grid.forEach((line, r) =>
        line.forEach((slot, c) => {
          if ((slot.cell.colSpan ?? 1) > 1) return;
          widths[c] = Math.max(widths[c] ?? 0, displayWidth(cellText(slot, r, c)));
        }),
      );
      return grid
        .map((line, r) =>
          line
            .map((slot, c) => {
              if (slot.column !== c) return '';
              const text = cellText(slot, r, c);
              const span = slot.cell.colSpan ?? 1;
              const width = widths.slice(c, c + span).reduce((w, x) => w + x, 0) + 3 * (span - 1);
              const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
              return slot.cell.figure ? pad + text : text + pad;
            })
            .filter((_, c) => line[c]!.column === c)
            .join('   ')
            .trimEnd(),
        )
        .filter((line) => line !== '')
        .join('\n');
    })
    .join('\n\n');
}
