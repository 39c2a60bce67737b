/**
 * The plain-text export: the whole report, one line per heading or paragraph, and each table as
 * tab-separated rows (a label, then one figure per cell) that paste into Word, WPS or Excel as
 * a table. Lines end with CRLF after a UTF-8 byte-order mark (or LF without one, for scripts).
 *
 * A table is written as bands, each a header row and its figure rows, all with the same number
 * of cells: table 二 one band per 第二十条 item (its title on a line of its own, then
 * 信息内容 + column labels), table 三 one band (the 勾稽关系 note on the line before it, then
 * an empty label cell + 自然人 … 总计), table 四 one band (15 columns named "行政复议 结果维持" …,
 * one figure row). Everything is derived from the template's layout grid. Above the header row,
 * the group headers (申请人情况, 法人或其他组织; 行政复议, 行政诉讼 …) each have a line of their
 * own, in the first column they span; the first row of 三、本年度办理结果 carries that label.
 * The text has no 落款: it is the report's content for reuse, and a reader of the text would take
 * a trailing agency line for part of section 六.
 */
import type { GridSlot, LayoutCell } from '../../../domain/index.ts';
import type { DocBlock, ReportDocument } from '../report-document.ts';
import type { TextEncoding } from './text-encoding.ts';

type TableBlock = Extract<DocBlock, { kind: 'table' }>;
type Grid = readonly (readonly GridSlot[])[];

/** The line at the top of a draft export. */
export const TEXT_DRAFT_NOTICE = '【草稿】本报告仍有错误未改正，不是可以发布的正式版本。';

/** No tab or line break inside a cell or a line: they would split it. */
function clean(text: string): string {
  return text.replace(/[\t\r\n\f\v\u2028\u2029]+/g, ' ').trim();
}

const isValueRow = (line: readonly GridSlot[]): boolean =>
  line.some((slot) => slot.cell.type === 'value');

/** The distinct cells of a row of the grid, left to right, that satisfy `keep`. */
function cellsOf(line: readonly GridSlot[], keep: (cell: LayoutCell) => boolean): LayoutCell[] {
  const out: LayoutCell[] = [];
  for (const slot of line) if (keep(slot.cell) && !out.includes(slot.cell)) out.push(slot.cell);
  return out;
}

const textOf = (cell: LayoutCell): string => (cell.type === 'value' ? '' : clean(cell.text));

/** A header row that is only a title across the whole table (table 二's 第二十条第（一）项). */
function isTitleRow(line: readonly GridSlot[]): boolean {
  const first = line[0]!.cell;
  return first.type === 'header' && line.every((slot) => slot.cell === first);
}

/**
 * A row's label: its most specific label, prefixed by its group when it is an item in the
 * innermost label column (e.g. "（三）不予公开 1.属于国家秘密"), and on the first row of an
 * outer group by that group too, as the printed form shows it once beside that row
 * ("三、本年度办理结果 （一）予以公开"); "" when the row has none.
 */
function rowLabel(line: readonly GridSlot[], row: number): string {
  const labels = cellsOf(line, (cell) => cell.type === 'label');
  const last = labels[labels.length - 1];
  if (!last) return '';
  const item = labels.length >= 2 && (last.colSpan ?? 1) === 1;
  const own = item ? labels.slice(-2) : [last];
  const outer = labels
    .slice(0, labels.length - own.length)
    .filter((cell) => line.some((slot) => slot.cell === cell && slot.anchorRow === row));
  return [...outer, ...own].map(textOf).join(' ');
}

/**
 * The header rows above the lowest one, each as a line with only its group headers (those over
 * several figure columns, e.g. 申请人情况, 法人或其他组织), each in the first column it spans.
 */
function groupHeaderRows(
  grid: Grid,
  headRows: readonly number[],
  columns: readonly number[],
): string[][] {
  return headRows.slice(0, -1).flatMap((r) => {
    const cells = columns.map((c) => {
      const slot = grid[r]![c]!;
      const { cell } = slot;
      const group = cell.type === 'header' && (cell.colSpan ?? 1) > 1;
      return group && slot.anchorRow === r && slot.anchorColumn === c ? textOf(cell) : '';
    });
    return cells.some((t) => t !== '') ? [['', ...cells]] : [];
  });
}

/**
 * Column names for the figure columns: the lowest header over each column, widened upwards
 * ("行政复议 结果维持") only where the lowest ones repeat.
 */
function columnNames(
  grid: Grid,
  headRows: readonly number[],
  columns: readonly number[],
): string[] {
  const stacks = columns.map((c) => {
    const stack: LayoutCell[] = [];
    for (const r of headRows) {
      const cell = grid[r]![c]!.cell;
      if (cell.type === 'header' && !stack.includes(cell)) stack.push(cell);
    }
    return stack.map(textOf);
  });
  const depth = stacks.map(() => 1);
  const nameAt = (i: number): string => stacks[i]!.slice(-depth[i]!).join(' ');
  for (;;) {
    const names = stacks.map((_, i) => nameAt(i));
    const grow = [...names.keys()]
      .filter((i) => names.indexOf(names[i]!) !== names.lastIndexOf(names[i]!))
      .filter((i) => depth[i]! < stacks[i]!.length);
    if (grow.length === 0) return names;
    for (const i of grow) depth[i]!++;
  }
}

/**
 * The table as rows of cells, each row one line of the text export: title and note lines have
 * one cell; in a band, the header row and its figure rows have the same number of cells.
 * @example tableTextRows(block)[1] // ['', '自然人', '商业企业', …, '总计'] (table 三)
 */
export function tableTextRows(block: TableBlock): string[][] {
  const { grid, table } = block;
  const out: string[][] = [];
  if (table.note) out.push([clean(table.note)]);
  let r = 0;
  while (r < grid.length) {
    const head: number[] = [];
    while (r < grid.length && !isValueRow(grid[r]!)) head.push(r++);
    const data: number[] = [];
    while (r < grid.length && isValueRow(grid[r]!)) data.push(r++);
    if (head.length > 0 && isTitleRow(grid[head[0]!]!)) {
      out.push([textOf(grid[head.shift()!]![0]!.cell)]);
    }
    if (data.length === 0) continue;
    const columns = [
      ...new Set(
        data.flatMap((d) =>
          grid[d]!.filter((s) => s.anchor && s.cell.type === 'value').map((s) => s.anchorColumn),
        ),
      ),
    ].sort((a, b) => a - b);
    if (head.length > 0) {
      out.push(...groupHeaderRows(grid, head, columns));
      const firstFigure = columns[0]!;
      const labelHeader = head
        .flatMap((h) => cellsOf(grid[h]!.slice(0, firstFigure), (cell) => cell.type === 'header'))
        .map(textOf);
      out.push([[...new Set(labelHeader)].join(' '), ...columnNames(grid, head, columns)]);
    }
    for (const d of data) {
      const line = grid[d]!;
      out.push([
        rowLabel(line, d),
        ...columns.map((c) => {
          const slot = line[c]!;
          return slot.anchor && slot.cell.type === 'value' ? clean(block.text(slot.cell.cell)) : '';
        }),
      ]);
    }
  }
  return out;
}

/**
 * The report as plain text, a final line end included: by default ('windows') with CRLF line ends
 * and a UTF-8 byte-order mark, which old Notepad and Excel need to read Chinese text right;
 * 'unix' gives LF and no mark.
 * @example renderText(buildReportDocument(report), 'unix').split('\n')[0] // '外交部2024年政府信息公开工作年度报告'
 */
export function renderText(doc: ReportDocument, encoding: TextEncoding = 'windows'): string {
  const lines: string[] = [];
  if (doc.draft) lines.push(TEXT_DRAFT_NOTICE);
  lines.push(clean(doc.title), '');
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push(clean(block.text));
        break;
      case 'paragraph':
        lines.push(clean(block.runs.map((run) => run.text).join('')));
        break;
      case 'table':
        lines.push(...tableTextRows(block).map((cells) => cells.join('\t')), '');
        break;
      case 'textTable':
        lines.push(
          ...[block.header, ...block.rows].map((cells) => cells.map(clean).join('\t')),
          '',
        );
        break;
    }
  }
  while (lines[lines.length - 1] === '') lines.pop();
  return encoding === 'windows' ? `\ufeff${lines.join('\r\n')}\r\n` : `${lines.join('\n')}\n`;
}
