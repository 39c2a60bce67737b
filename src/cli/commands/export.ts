import { errorCode, EXIT_FAILURE, EXIT_OK, type CliIo } from '../cli-io.ts';
import { oneLine } from '../format-findings.ts';
import { loadReport } from '../load-report.ts';
import { reportJson } from '../report-output.ts';
import { notYetSupported, printLoadFailure } from '../usage.ts';
import { printImportFindings } from './import-findings.ts';

export const EXPORT_FORMATS = ['json', 'text', 'html', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = {
  json: 'JSON',
  text: '纯文本 text',
  html: '网页 html',
  docx: 'Word 文档 docx',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

function writeFailure(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '所在的文件夹不存在';
    case 'EISDIR':
      return '这是一个文件夹';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '没有写入权限';
    case 'ENOSPC':
      return '磁盘空间不足';
    default:
      return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
  }
}

export interface ExportOptions {
  readonly file: string;
  readonly to: ExportFormat;
  /** Where to write; stdout when absent. */
  readonly output?: string;
}

/** `export FILE --to json [-o OUT]`: the report with its derived totals. */
export async function runExport(io: CliIo, { file, to, output }: ExportOptions): Promise<number> {
  if (to !== 'json') return notYetSupported(io, `导出为 ${FORMAT_NAMES[to]}`);
  const loaded = await loadReport(io, file);
  if (!loaded.ok) return printLoadFailure(io, file, loaded);
  printImportFindings(io, file, loaded.report);
  const json = reportJson(loaded.report);
  if (output === undefined) {
    io.stdout(json);
    return EXIT_OK;
  }
  try {
    await io.writeFile(output, json);
  } catch (error) {
    io.stderr(`无法写入 ${oneLine(output)}：${oneLine(writeFailure(error))}\n`);
    return EXIT_FAILURE;
  }
  io.stderr(`已导出到 ${oneLine(output)}\n`);
  return EXIT_OK;
}
