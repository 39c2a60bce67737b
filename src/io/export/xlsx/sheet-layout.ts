/**
 * Where things are in our own .xlsx: the sheets, the identity block and the address of every
 * cell of the official tables. The writer and the reader of our template both use these
 * functions, so a filled template is read back exactly by cell. The positions follow from the
 * templates' printed layout (`layoutGrid`); nothing here lists a label.
 */
import {
  layoutGrid,
  TABLE_WORDS,
  type CellId,
  type FormatTemplate,
  type TableId,
} from '../../../domain/index.ts';

/** The identity block's schema: bumped whenever a position below changes. */
export const XLSX_SCHEMA_ID = 'xxgk-nianbao/xlsx@1';

/** The hidden sheet holding the identity block (key in column A, value in column B). */
export const IDENTITY_SHEET = 'xxgk';
export const IDENTITY_KEYS = ['schema', 'report', 'format', 'year', 'agency'] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];
/** 1-based row of each key in the identity sheet. */
export const identityRow = (key: IdentityKey): number => IDENTITY_KEYS.indexOf(key) + 1;

/** The cover sheet: 填报单位 (entered), 报告年度 and 报告格式, and how to fill the workbook in. */
export const COVER_SHEET = '填报说明';
export const COVER_AGENCY = { row: 3, column: 2 } as const;
/** The narrative sheet: one row per part of the text, heading in A, text in B. */
export const NARRATIVE_SHEET = '正文';
export const NARRATIVE_FIRST_ROW = 3;

/** The order of the table sheets, after the cover. */
export const TABLE_IDS: readonly TableId[] = ['active', 'requests', 'reviews'];

/** Excel's sheet name for a table, e.g. "表三（依申请公开）" (no characters Excel forbids). */
export function tableSheetName(table: TableId): string {
  return TABLE_WORDS[table];
}

/** The table starts on this row of its sheet; above it: the section heading and the agency line. */
export const TABLE_FIRST_ROW = 4;
export const TABLE_FIRST_COLUMN = 1;

/** "A", "B" … "Z", "AA" for a 1-based column. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const address = (row: number, column: number): string => `${columnLetter(column)}${row}`;

export interface CellPosition {
  readonly row: number;
  readonly column: number;
  /** e.g. "D7" */
  readonly address: string;
}

/** The 1-based position of every data cell of a table on its sheet (the anchor of a merged cell). */
export function cellPositions(template: FormatTemplate, table: TableId): Map<CellId, CellPosition> {
  const grid = layoutGrid(template.tables[table]);
  const out = new Map<CellId, CellPosition>();
  grid.forEach((line, r) =>
    line.forEach((slot, c) => {
      if (!slot.anchor || slot.cell.type !== 'value') return;
      const row = TABLE_FIRST_ROW + r;
      const column = TABLE_FIRST_COLUMN + c;
      out.set(slot.cell.cell, { row, column, address: address(row, column) });
    }),
  );
  return out;
}
