import { EXIT_FAILURE, EXIT_OK, type CliIo } from '../cli-io.ts';
import { oneLine } from '../format-findings.ts';
import { loadReport } from '../load-report.ts';
import { writeFailure } from '../write-failure.ts';
import type { Report } from '../../domain/index.ts';
import { buildReportDocument, exportFileName } from '../../io/export/report-document.ts';
import { reportJson } from '../report-output.ts';
import { printLoadFailure } from '../usage.ts';
import { printImportFindings } from './import-findings.ts';

export const EXPORT_FORMATS = ['json', 'text', 'html', 'docx', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = {
  json: 'JSON',
  text: '纯文本 text',
  html: '网页 html',
  docx: 'Word 文档 docx',
  xlsx: 'Excel 表格 xlsx',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportOptions {
  readonly file: string;
  readonly to: ExportFormat;
  /** Where to write; stdout when absent. */
  readonly output?: string;
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  json: 'json',
  text: 'txt',
  html: 'html',
  docx: 'docx',
  xlsx: 'xlsx',
};

async function render(to: ExportFormat, report: Report): Promise<string | Uint8Array> {
  switch (to) {
    case 'json':
      return reportJson(report);
    case 'html':
      return (await import('../../io/export/html/render-html.ts')).renderHtml(
        buildReportDocument(report),
      );
    case 'text':
      return (await import('../../io/export/text/render-text.ts')).renderText(
        buildReportDocument(report),
      );
    case 'docx':
      return (await import('../../io/export/docx/index.ts')).renderDocx(
        buildReportDocument(report),
      );
    case 'xlsx':
      return (await import('../../io/export/xlsx/index.ts')).renderXlsx(report);
  }
}

/**
 * `export FILE --to json|html|text|docx [-o OUT]`: the finished report (derived totals recomputed;
 * a report with open errors says 草稿). Text formats go to stdout without -o; Word, which is
 * binary, goes to a file named after agency, year and format.
 */
export async function runExport(io: CliIo, { file, to, output }: ExportOptions): Promise<number> {
  const loaded = await loadReport(io, file);
  if (!loaded.ok) return printLoadFailure(io, file, loaded);
  printImportFindings(io, file, loaded);
  const data = await render(to, loaded.report);
  const target =
    output ??
    (typeof data === 'string' ? undefined : exportFileName(loaded.report, EXTENSIONS[to]));
  if (target === undefined) {
    io.stdout(data as string);
    return EXIT_OK;
  }
  try {
    await io.writeFile(target, data);
  } catch (error) {
    io.stderr(`无法写入 ${oneLine(target)}：${oneLine(writeFailure(error))}\n`);
    return EXIT_FAILURE;
  }
  io.stderr(`已导出 ${FORMAT_NAMES[to]}：${oneLine(target)}\n`);
  return EXIT_OK;
}
