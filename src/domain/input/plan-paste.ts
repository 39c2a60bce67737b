/**
 * What pasting a block (rows of cell texts, see parseClipboardBlock) at a cell does: the block
 * fills right and down from that cell over the printed table's grid positions, as it would over
 * the same area of a spreadsheet laid out like the form.
 *
 * - A text landing on an entered cell is parsed for the cell's kind and written; an empty text
 *   clears the cell (as pasting an empty spreadsheet cell does).
 * - A figure landing on a derived total is not written: it is compared with the total the
 *   written values give, so a block copied with its 总计 column and （七）总计 row is checked
 *   instead of refused.
 * - Anything else that is not empty is reported as a problem, never dropped silently: a text
 *   beyond the table's edge, on a label or header, inside a merged cell, or one that does not
 *   fit its cell (letters, negatives, decimals in counts…).
 */
import {
  derivedValue,
  getCellValue,
  setCellValue,
  type CellValue,
  type Report,
} from '../model/index.ts';
import { cellLabel, getTemplate, type CellId, type TableTemplate } from '../templates/index.ts';
import { isBlankInput, parseCellInput } from './parse-cell-input.ts';
import { tableGrid, valueCellAt } from './grid-positions.ts';

export interface CellChange {
  readonly id: CellId;
  readonly value: CellValue;
}

/** A figure pasted onto a derived total, and the total the paste gives. */
export interface PasteComparison {
  readonly id: CellId;
  readonly pasted: number;
  /** The derived value after the paste's changes (null when all its items are empty). */
  readonly computed: CellValue;
  readonly matches: boolean;
  /** Block row and column (1-based) the figure came from. */
  readonly blockRow: number;
  readonly blockColumn: number;
  /** For a mismatch, a Chinese sentence naming the cell and both figures. */
  readonly message?: string;
}

export interface PastePlan {
  /** Values to write (every entered cell the block covers, changed or not), in block order. */
  readonly changes: readonly CellChange[];
  readonly comparisons: readonly PasteComparison[];
  /** One Chinese sentence per text that was not pasted. */
  readonly problems: readonly string[];
}

const where = (r: number, c: number): string => `粘贴内容第 ${r + 1} 行第 ${c + 1} 列`;
const show = (text: string): string => text.trim();

/**
 * Plans the paste of `block` with its top-left text at cell `startId` of `table`.
 * @example planPaste(tables.requests, 'requests.newReceived.naturalPerson', [['5', '1']], report).changes
 *   // [{ id: 'requests.newReceived.naturalPerson', value: 5 }, { id: 'requests.newReceived.commercial', value: 1 }]
 */
export function planPaste(
  table: TableTemplate,
  startId: CellId,
  block: readonly (readonly string[])[],
  report: Report,
): PastePlan {
  const grid = tableGrid(table);
  const start = grid.placements.get(startId);
  if (!start)
    return { changes: [], comparisons: [], problems: [`表格中没有单元格 ${startId}，未粘贴`] };

  const changes: CellChange[] = [];
  const written = new Set<CellId>();
  const derived: { id: CellId; pasted: number; r: number; c: number }[] = [];
  const problems: string[] = [];
  const height = grid.slots.length;
  const width = table.columnCount;

  block.forEach((line, r) =>
    line.forEach((text, c) => {
      const row = start.row + r;
      const column = start.column + c;
      const blank = isBlankInput(text);
      if (row >= height || column >= width) {
        if (!blank) problems.push(`${where(r, c)}“${show(text)}”超出表格范围，未粘贴`);
        return;
      }
      const slot = grid.slots[row]![column]!;
      const placement = valueCellAt(grid, row, column);
      if (!placement) {
        if (!blank && slot.cell.type !== 'value') {
          problems.push(
            `${where(r, c)}“${show(text)}”落在标签“${slot.cell.text}”上，不是填数的格子，未粘贴`,
          );
        }
        return;
      }
      const cell = placement.cell;
      if (!slot.anchor) {
        // Inside a merged value cell: Excel copies a merged cell as its value followed by empty cells.
        if (!blank)
          problems.push(
            `${where(r, c)}“${show(text)}”落在合并单元格“${cellLabel(cell)}”的中间，未粘贴`,
          );
        return;
      }
      const parsed = parseCellInput(text, cell.kind);
      if (cell.sumOf) {
        if (blank) return;
        if (!parsed.ok)
          problems.push(
            `“${cellLabel(cell)}”是自动合计的格子，${where(r, c)}的“${show(text)}”无法比对：${parsed.message}`,
          );
        else if (parsed.value !== null) derived.push({ id: cell.id, pasted: parsed.value, r, c });
        return;
      }
      if (!parsed.ok) {
        problems.push(
          `“${cellLabel(cell)}”未粘贴（${where(r, c)}“${show(text)}”）：${parsed.message}`,
        );
        return;
      }
      if (written.has(cell.id)) return;
      written.add(cell.id);
      changes.push({ id: cell.id, value: parsed.value });
    }),
  );

  const comparisons: PasteComparison[] = [];
  if (derived.length > 0) {
    const template = getTemplate(report.format);
    const after = changes.reduce<Report>((rep, ch) => setCellValue(rep, ch.id, ch.value), report);
    for (const d of derived) {
      const computed = derivedValue(after, template, d.id);
      const matches = computed === d.pasted;
      const cell = grid.placements.get(d.id)!.cell;
      comparisons.push({
        id: d.id,
        pasted: d.pasted,
        computed,
        matches,
        blockRow: d.r + 1,
        blockColumn: d.c + 1,
        ...(matches
          ? {}
          : {
              message: `“${cellLabel(cell)}”（${where(d.r, d.c)}）：粘贴的 ${d.pasted} 与计算的 ${computed ?? '空'} 不一致`,
            }),
      });
    }
  }
  return { changes, comparisons, problems };
}

/** The changes that alter the report (the rest of a paste rewrites the values already there). */
export function effectiveChanges(changes: readonly CellChange[], report: Report): CellChange[] {
  return changes.filter((ch) => getCellValue(report, ch.id) !== ch.value);
}

/**
 * One Chinese message summing up a paste for the user: how many cells were written, the totals
 * that were compared (every mismatch spelled out) and every text that was not pasted.
 * @example pasteSummary(plan, 4) // '已粘贴 4 格。1 个合计与计算结果一致。'
 */
export function pasteSummary(plan: PastePlan, changed: number): string {
  const parts: string[] = [];
  const n = plan.changes.length;
  parts.push(
    n === 0
      ? '没有粘贴任何数值'
      : changed === n
        ? `已粘贴 ${n} 格`
        : `已粘贴 ${n} 格（其中 ${changed} 格有变化）`,
  );
  const matched = plan.comparisons.filter((c) => c.matches).length;
  const mismatched = plan.comparisons.filter((c) => !c.matches);
  if (matched > 0) parts.push(`${matched} 个合计与计算结果一致`);
  if (mismatched.length > 0)
    parts.push(
      `${mismatched.length} 个合计与计算结果不一致（合计不会被粘贴覆盖，以计算结果为准）：${mismatched.map((c) => c.message).join('；')}`,
    );
  if (plan.problems.length > 0)
    parts.push(`${plan.problems.length} 项未粘贴：${plan.problems.join('；')}`);
  return `${parts.join('。')}。`;
}
