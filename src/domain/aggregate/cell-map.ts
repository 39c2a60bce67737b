/**
 * Which cells of a source report add up into each entered cell of the summed report. Same
 * format: the same cell. 2019 and 2021 differ in table 三 only in （六）其他处理 (reference §3 #8):
 * 2019's single row goes into 2021's （六）3.其他 (1. and 2. get nothing from it), and 2021's three
 * rows add up into 2019's single row. Table 二 is only ever summed between reports of one format.
 */
import {
  getTemplate,
  findCell,
  type CellId,
  type CellKind,
  type FormatId,
  type FormatTemplate,
} from '../templates/index.ts';

export interface CellSum {
  /** The entered cell of the summed report. */
  readonly id: CellId;
  readonly kind: CellKind;
  /** The source's cells whose values make its contribution; none = it contributes 0. */
  readonly from: readonly CellId[];
}

export const OTHER_HANDLING = 'requests.results.otherHandling';
/** The 2021 item that takes 2019's undivided （六）其他处理: （六）3.其他. */
export const OTHER_HANDLING_CATCH_ALL = 'other';

/** The source cells behind one target cell, or undefined when the source has nothing like it. */
function sourceCellsFor(id: CellId, source: FormatTemplate): CellId[] | undefined {
  if (findCell(source, id)) return [id];
  if (!id.startsWith(`${OTHER_HANDLING}.`)) return undefined;
  const rest = id.slice(OTHER_HANDLING.length + 1).split('.');
  if (rest.length === 2) {
    // 2021 items into a source with the single row: only 3.其他 takes it.
    const [item, column] = rest as [string, string];
    const single = `${OTHER_HANDLING}.${column}`;
    if (!findCell(source, single)) return undefined;
    return item === OTHER_HANDLING_CATCH_ALL ? [single] : [];
  }
  // The single row from a source with items: all of them.
  const column = rest[0]!;
  const items = source.tables.requests.cells
    .filter((c) => !c.sumOf && c.id.startsWith(`${OTHER_HANDLING}.`) && c.id.endsWith(`.${column}`))
    .map((c) => c.id);
  return items.length > 0 ? items : undefined;
}

const cache = new Map<string, readonly CellSum[]>();

/**
 * The entered cells of the summed report (format `target`) with, for each, the cells of a
 * `source`-format report to add: tables 三 and 四 always, table 二 when `withActive` (same format only).
 */
export function cellSums(
  target: FormatId,
  source: FormatId,
  withActive: boolean,
): readonly CellSum[] {
  const key = `${target}|${source}|${withActive}`;
  const known = cache.get(key);
  if (known) return known;
  if (withActive && target !== source)
    throw new Error(`table 二 of format ${source} cannot be summed into format ${target}`);
  const targetTemplate = getTemplate(target);
  const sourceTemplate = getTemplate(source);
  const tables = withActive
    ? [targetTemplate.tables.active, targetTemplate.tables.requests, targetTemplate.tables.reviews]
    : [targetTemplate.tables.requests, targetTemplate.tables.reviews];
  const sums = tables.flatMap((table) =>
    table.cells
      .filter((cell) => !cell.sumOf)
      .map((cell): CellSum => {
        const from = sourceCellsFor(cell.id, sourceTemplate);
        if (!from) throw new Error(`no cell of format ${source} maps to ${cell.id}`);
        return { id: cell.id, kind: cell.kind, from };
      }),
  );
  cache.set(key, sums);
  return sums;
}
