/**
 * Test-only: the tables as offices change them, on purpose or by mistake — zeros left blank, a
 * column or a row left out, a row printed twice or out of order, subtotal and local rows added,
 * a figure missing or one too many, table 四 as two labelled rows. An import of any of them may
 * need checking, but must never be silently wrong: every figure that differs from the report is
 * flagged (see `silentlyWrong`).
 */
import type { OutlineCell, OutlineRow, OutlineTable, ReportOutline } from './report-outline.ts';

type TableId = OutlineTable['id'];

/** The outline with one table's rows changed. */
function withRows(
  outline: ReportOutline,
  id: TableId,
  change: (rows: readonly OutlineRow[]) => OutlineRow[],
): ReportOutline {
  return {
    ...outline,
    blocks: outline.blocks.map((b) =>
      b.kind === 'table' && b.table.id === id
        ? { ...b, table: { ...b.table, rows: change(b.table.rows) } }
        : b,
    ),
  };
}

/** The outline with every figure of every table printed otherwise. */
function withFigures(outline: ReportOutline, print: (text: string) => string): ReportOutline {
  return {
    ...outline,
    blocks: outline.blocks.map((b) =>
      b.kind === 'table'
        ? {
            ...b,
            table: {
              ...b.table,
              rows: b.table.rows.map((r) =>
                r.map((c) => (c.figure ? { ...c, text: print(c.text) } : c)),
              ),
            },
          }
        : b,
    ),
  };
}

/** The index of the row holding a cell whose text starts with `start`. */
function rowStarting(rows: readonly OutlineRow[], start: string): number {
  const at = rows.findIndex((row) => row.some((c) => c.text.startsWith(start)));
  if (at < 0) throw new Error(`no row starting with ${start}`);
  return at;
}

/** A row's own part: its last label and its figures (without a group label merged over it). */
const ownCells = (row: OutlineRow): OutlineRow => {
  let last = 0;
  row.forEach((c, k) => {
    if (!c.figure) last = k;
  });
  return row.slice(last);
};

const figure = (text: string): OutlineCell => ({ text, figure: true });

/** The rows with `row` put before row `at`, the merged cells around it spanning it too. */
function insertRow(rows: readonly OutlineRow[], at: number, row: OutlineRow): OutlineRow[] {
  const out = rows.map((r, i) =>
    r.map((c) =>
      i < at && i + (c.rowSpan ?? 1) - 1 >= at ? { ...c, rowSpan: (c.rowSpan ?? 1) + 1 } : c,
    ),
  );
  out.splice(at, 0, [...row]);
  return out;
}

/** The rows without row `at`: merged cells over it shorter, one starting in it moved down. */
function removeRow(rows: readonly OutlineRow[], at: number): OutlineRow[] {
  const out = rows.map((r, i) =>
    r.map((c) =>
      i < at && i + (c.rowSpan ?? 1) - 1 >= at ? { ...c, rowSpan: (c.rowSpan ?? 1) - 1 } : c,
    ),
  );
  const moved = out[at]!.filter((c) => (c.rowSpan ?? 1) > 1).map((c) => ({
    ...c,
    rowSpan: c.rowSpan! - 1,
  }));
  if (out[at + 1]) out[at + 1] = [...moved, ...out[at + 1]!];
  out.splice(at, 1);
  return out;
}

export const MUTATIONS: Readonly<Record<string, (outline: ReportOutline) => ReportOutline>> = {
  'zeros left blank': (o) => withFigures(o, (text) => (text === '0' ? '' : text)),
  'table 三 without its 总计 column': (o) =>
    withRows(o, 'requests', (rows) =>
      rows.map((row, i) => {
        if (i === 0) return [row[0]!, { ...row[1]!, colSpan: 6 }];
        if (i === 1) return row.slice(0, 2);
        return i === 2 ? [...row] : row.slice(0, -1);
      }),
    ),
  'a row left out': (o) =>
    withRows(o, 'requests', (rows) => removeRow(rows, rowStarting(rows, '3.补正后'))),
  'a row printed twice': (o) =>
    withRows(o, 'requests', (rows) => {
      const at = rowStarting(rows, '2.重复申请');
      return insertRow(rows, at + 1, ownCells(rows[at]!));
    }),
  'two rows out of order': (o) =>
    withRows(o, 'requests', (rows) => {
      const a = rowStarting(rows, '3.危及');
      const out = [...rows];
      [out[a], out[a + 1]] = [ownCells(rows[a + 1]!), ownCells(rows[a]!)];
      return out;
    }),
  'a subtotal row for （三）不予公开': (o) =>
    withRows(o, 'requests', (rows) => {
      const first = rowStarting(rows, '1.属于国家秘密');
      const items = rows.slice(first, first + 8).map((r) => r.slice(-7));
      const sums = items[0]!.map((_, k) =>
        figure(String(items.reduce((n, r) => n + Number(r[k]!.text), 0))),
      );
      return insertRow(rows, first, [{ text: '小计', colSpan: 2 }, ...sums]);
    }),
  'a local row 其他主动公开文件 in table 二': (o) =>
    withRows(o, 'active', (rows) => {
      const at = rowStarting(rows, '第二十条第（五）项');
      return [
        ...rows.slice(0, at),
        [{ text: '其他主动公开文件' }, figure('7'), figure('0'), figure('12')],
        ...rows.slice(at),
      ];
    }),
  'a figure missing from a row': (o) =>
    withRows(o, 'requests', (rows) => {
      const at = rowStarting(rows, '（七）总计');
      return rows.map((r, i) => (i === at ? r.filter((_, k) => k !== r.length - 3) : r));
    }),
  'one figure too many in a row': (o) =>
    withRows(o, 'requests', (rows) => {
      const at = rowStarting(rows, '5.属于三类内部事务信息');
      return rows.map((r, i) => (i === at ? [...r.slice(0, -2), figure('5'), ...r.slice(-2)] : r));
    }),
  'full-width digits': (o) =>
    withFigures(o, (text) => text.replace(/\d/gu, (d) => String.fromCodePoint(0xff10 + Number(d)))),
  'labels shortened': (o) =>
    withRows(o, 'requests', (rows) =>
      rows.map((r) =>
        r.map((c) =>
          c.figure
            ? c
            : {
                ...c,
                text: c.text.replace(/^(\d\.)属于/u, '$1').replace(/（区分处理的.*）$/u, ''),
              },
        ),
      ),
    ),
  '（六）其他处理 printed as one row': (o) =>
    withRows(o, 'requests', (rows) => {
      const at = rows.findIndex((r) =>
        r.some((c) => c.text === '（六）其他处理' && c.rowSpan === 3),
      );
      if (at < 0) return [...rows];
      const items = rows.slice(at, at + 3).map((r) => r.slice(-7));
      const sums = items[0]!.map((_, k) =>
        figure(String(items.reduce((n, r) => n + Number(r[k]!.text), 0))),
      );
      const row: OutlineRow = [{ text: '（六）其他处理', colSpan: 2 }, ...sums];
      // 三、本年度办理结果 spans two rows fewer.
      return [...rows.slice(0, at), row, ...rows.slice(at + 3)].map((r) =>
        r.map((c) =>
          c.text === '三、本年度办理结果' ? { ...c, rowSpan: (c.rowSpan ?? 1) - 2 } : c,
        ),
      );
    }),
  'table 四: the lawsuits left blank': (o) =>
    withRows(o, 'reviews', (rows) => [
      ...rows.slice(0, 3),
      rows[3]!.map((c, k) => (k >= 5 ? { ...c, text: '' } : c)),
    ]),
  'table 四 as two labelled rows': (o) =>
    withRows(o, 'reviews', (rows) => [
      ...rows.slice(0, 3),
      [{ text: '行政复议' }, ...rows[3]!.slice(0, 5)],
      [{ text: '行政诉讼' }, ...rows[3]!.slice(5)],
    ]),
};
