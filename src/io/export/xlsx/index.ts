/** Our Excel workbook: a report, an empty template, or a 汇总 overview as .xlsx (exceljs, loaded on demand). */
export {
  renderXlsx,
  renderXlsxTemplate,
  templateCellAddresses,
  type XlsxTemplateOptions,
} from './write-workbook.ts';
export { renderOverviewXlsx } from './write-overview.ts';
