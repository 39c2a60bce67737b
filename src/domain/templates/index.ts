export type * from './template.types.ts';
export { APPLICANT_KEYS } from './shared-parts.ts';
import { format2019 } from './format2019.ts';
import { format2021 } from './format2021.ts';
import type { CellId, CellTemplate, FormatId, FormatTemplate } from './template.types.ts';

export const TEMPLATES: { readonly [K in FormatId]: FormatTemplate } = {
  '2021': format2021,
  '2019': format2019,
};
export const FORMAT_IDS: readonly FormatId[] = ['2021', '2019'];

export function getTemplate(format: FormatId): FormatTemplate {
  return TEMPLATES[format];
}

/** The format a report on `year` must use: ≤ 2020 → 2019, ≥ 2021 → 2021 (reference §4 X-6). */
export function formatForYear(year: number): FormatId {
  return year <= 2020 ? '2019' : '2021';
}

/** Every data cell of a format, tables 二, 三, 四 in order. */
export function allCells(template: FormatTemplate): readonly CellTemplate[] {
  return cellIndexOf(template).list;
}

/** Looks a cell up by id; undefined when the format has no such cell. */
export function findCell(template: FormatTemplate, id: CellId): CellTemplate | undefined {
  return cellIndexOf(template).byId.get(id);
}

/** "<row label> <column label>": the accessible name of the cell's input and its name in messages. */
export function cellLabel(cell: CellTemplate): string {
  return `${cell.rowLabel} ${cell.columnLabel}`;
}

interface CellIndex {
  readonly list: readonly CellTemplate[];
  readonly byId: ReadonlyMap<CellId, CellTemplate>;
}
const indexes = new WeakMap<FormatTemplate, CellIndex>();
function cellIndexOf(template: FormatTemplate): CellIndex {
  let index = indexes.get(template);
  if (!index) {
    const list = [
      template.tables.active,
      template.tables.requests,
      template.tables.reviews,
    ].flatMap((t) => t.cells);
    index = { list, byId: new Map(list.map((c) => [c.id, c])) };
    indexes.set(template, index);
  }
  return index;
}

export { layoutGrid, type GridSlot } from './layout-grid.ts';
