/** Reading and writing a cell of a report by its id (its dotted path in the report JSON). */
import type { CellId } from '../templates/index.ts';
import type { CellValue, Report } from './report.types.ts';

type Tree = { readonly [key: string]: unknown };

function isTree(v: unknown): v is Tree {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Ids are a fixed set (the templates' cells); splitting each once keeps the checks fast.
const paths = new Map<CellId, readonly string[]>();
function pathOf(id: CellId): readonly string[] {
  let path = paths.get(id);
  if (!path) {
    path = id.split('.');
    if (paths.size < 10_000) paths.set(id, path);
  }
  return path;
}

/**
 * The value of a cell, or undefined when the report has no such cell.
 * @example getCellValue(report, 'requests.newReceived.total') // 82
 */
export function getCellValue(report: Report, id: CellId): CellValue | undefined {
  let node: unknown = report;
  for (const key of pathOf(id)) {
    if (!isTree(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}

/**
 * A copy of the report with one cell changed; the parts off the cell's path are shared, not
 * copied. Throws for an id the report has no place for (a programmer error, not user input).
 */
export function setCellValue<R extends Report>(report: R, id: CellId, value: CellValue): R {
  const keys = id.split('.');
  const write = (node: unknown, depth: number): unknown => {
    if (!isTree(node) || !Object.hasOwn(node, keys[depth]!))
      throw new Error(`no cell ${id} in this report`);
    const key = keys[depth]!;
    return { ...node, [key]: depth === keys.length - 1 ? value : write(node[key], depth + 1) };
  };
  return write(report, 0) as R;
}

/** Builds nested objects with every given cell id set to `value`, e.g. the tables of an empty report. */
export function treeOfCells(ids: readonly CellId[], value: CellValue): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const id of ids) {
    const keys = id.split('.');
    let node = root;
    keys.slice(0, -1).forEach((k) => {
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    });
    node[keys[keys.length - 1]!] = value;
  }
  return root;
}
