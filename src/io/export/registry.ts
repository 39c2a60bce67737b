/**
 * The one list of exporters, used by the editor's 导出 menu and by `xxgk export --to ID`: each
 * with its id, its Chinese name, file extension and MIME type, and a loader that imports its code
 * on demand (the Word library alone is larger than the rest of the app). Adding an export format
 * is adding an entry here.
 */
import { EXPORT_FORMAT_WORDS, type Report } from '../../domain/index.ts';
import { exportFileName } from './report-document.ts';
import { DOCX_MIME_TYPE } from './docx/docx-mime.ts';
import type { TextEncoding } from './text/text-encoding.ts';
import { XLSX_MIME } from './xlsx/xlsx-blob.ts';

export { TEXT_ENCODINGS, type TextEncoding } from './text/text-encoding.ts';
export { DOCX_MIME_TYPE };

export interface ExportOptions {
  readonly textEncoding?: TextEncoding;
  /**
   * Append 附：本年与上年数据对比 after the report's sections (Word, 网页 and text; only when
   * the report has a previous one). Default false.
   */
  readonly comparison?: boolean;
}

/** Text (written as UTF-8) or the bytes of a binary file. */
export type ExportData = string | Uint8Array<ArrayBuffer>;

export type RenderExport = (report: Report, options: ExportOptions) => Promise<ExportData>;

export interface Exporter {
  readonly id: string;
  /** The name shown in the 导出 menu. */
  readonly label: string;
  readonly extension: string;
  readonly mime: string;
  /** What the file name says the document is, after agency and year. */
  readonly documentName: string;
  /**
   * The published report itself: with errors open it says 草稿 and the menu asks first. False for
   * documents about the report (the 审签单 lists what is open), made without asking.
   */
  readonly marksDraft: boolean;
  /** Imports the exporter's code and gives its render function. */
  readonly load: () => Promise<RenderExport>;
}

const REPORT_NAME = '政府信息公开工作年度报告';
const CHECKLIST_NAME = '年度报告审签单';

const documentOptions = (options: ExportOptions) => ({ comparison: options.comparison === true });

const reportDocument = async () => (await import('./report-document.ts')).buildReportDocument;

export const EXPORTERS = [
  {
    id: 'docx',
    label: EXPORT_FORMAT_WORDS.docx,
    extension: 'docx',
    mime: DOCX_MIME_TYPE,
    documentName: REPORT_NAME,
    marksDraft: true,
    load: async () => {
      const [{ renderDocx }, build] = await Promise.all([
        import('./docx/render-docx.ts'),
        reportDocument(),
      ]);
      return (report, options) => renderDocx(build(report, documentOptions(options)));
    },
  },
  {
    id: 'xlsx',
    label: EXPORT_FORMAT_WORDS.xlsx,
    extension: 'xlsx',
    mime: XLSX_MIME,
    documentName: REPORT_NAME,
    // The tables as the form to fill in; an unfinished report is asked about first, as the others.
    marksDraft: true,
    load: async () => (await import('./xlsx/index.ts')).renderXlsx,
  },
  {
    id: 'html',
    label: EXPORT_FORMAT_WORDS.html,
    extension: 'html',
    mime: 'text/html;charset=utf-8',
    documentName: REPORT_NAME,
    marksDraft: true,
    load: async () => {
      const [{ renderHtml }, build] = await Promise.all([
        import('./html/render-html.ts'),
        reportDocument(),
      ]);
      return (report, options) =>
        Promise.resolve(renderHtml(build(report, documentOptions(options))));
    },
  },
  {
    id: 'text',
    label: EXPORT_FORMAT_WORDS.text,
    extension: 'txt',
    mime: 'text/plain;charset=utf-8',
    documentName: REPORT_NAME,
    marksDraft: true,
    load: async () => {
      const [{ renderText }, build] = await Promise.all([
        import('./text/render-text.ts'),
        reportDocument(),
      ]);
      return (report, options) =>
        Promise.resolve(
          renderText(build(report, documentOptions(options)), options.textEncoding ?? 'windows'),
        );
    },
  },
  {
    id: 'json',
    label: EXPORT_FORMAT_WORDS.json,
    extension: 'json',
    mime: 'application/json;charset=utf-8',
    documentName: REPORT_NAME,
    marksDraft: true,
    load: async () => {
      const { renderJson } = await import('./json/render-json.ts');
      return (report) => Promise.resolve(renderJson(report));
    },
  },
  {
    id: 'checklist',
    label: EXPORT_FORMAT_WORDS.checklist,
    extension: 'docx',
    mime: DOCX_MIME_TYPE,
    documentName: CHECKLIST_NAME,
    marksDraft: false,
    load: async () => {
      const [{ renderChecklistDocx }, { buildChecklist }] = await Promise.all([
        import('./checklist/render-checklist-docx.ts'),
        import('./checklist/checklist-document.ts'),
      ]);
      return (report) => renderChecklistDocx(buildChecklist(report));
    },
  },
  {
    id: 'checklist-html',
    label: EXPORT_FORMAT_WORDS['checklist-html'],
    extension: 'html',
    mime: 'text/html;charset=utf-8',
    documentName: CHECKLIST_NAME,
    marksDraft: false,
    load: async () => {
      const [{ renderChecklistHtml }, { buildChecklist }] = await Promise.all([
        import('./checklist/render-checklist-html.ts'),
        import('./checklist/checklist-document.ts'),
      ]);
      return (report) => Promise.resolve(renderChecklistHtml(buildChecklist(report)));
    },
  },
] as const satisfies readonly Exporter[];

export type ExporterId = (typeof EXPORTERS)[number]['id'];

export const EXPORTER_IDS: readonly string[] = EXPORTERS.map((e) => e.id);

export function findExporter(id: string): Exporter | undefined {
  return (EXPORTERS as readonly Exporter[]).find((e) => e.id === id);
}

/** The file name of an export: agency, year, document and format, e.g. "外交部-2024年度-政府信息公开工作年度报告-2021格式.docx". */
export function exportFileNameFor(
  exporter: Exporter,
  report: Pick<Report, 'agency' | 'year' | 'format'>,
): string {
  return exportFileName(report, exporter.extension, exporter.documentName);
}

/**
 * Renders the report with an exporter, loading its code first.
 * @example const bytes = await renderExport(findExporter('docx')!, report); // a .docx, "PK…"
 */
export async function renderExport(
  exporter: Exporter,
  report: Report,
  options: ExportOptions = {},
): Promise<ExportData> {
  const render = await exporter.load();
  return render(report, options);
}
