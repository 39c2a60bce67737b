/**
 * exceljs, loaded on demand (it is large: the app keeps it out of the initial JavaScript). Node
 * hands the CommonJS module over as `default`; the browser build may hand over either shape.
 */
export type ExcelJs = typeof import('exceljs');

let loading: Promise<ExcelJs> | undefined;

export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import('exceljs').then((m) => (m as ExcelJs & { default?: ExcelJs }).default ?? m);
  return loading;
}
