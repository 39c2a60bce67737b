import { EXIT_FAILURE, EXIT_OK, type CliIo } from '../cli-io.ts';
import { oneLine } from '../format-findings.ts';
import { loadReport } from '../load-report.ts';
import { writeFailure } from '../write-failure.ts';
import {
  EXPORTERS,
  TEXT_ENCODINGS,
  exportFileNameFor,
  findExporter,
  renderExport,
  type Exporter,
  type TextEncoding,
} from '../../io/export/registry.ts';
import { printLoadFailure } from '../usage.ts';
import { printImportFindings } from './import-findings.ts';

/** The ids `--to` accepts, from the one registry of exporters. */
export const EXPORT_FORMATS: readonly string[] = EXPORTERS.map((e) => e.id);

export function isExportFormat(value: string): boolean {
  return findExporter(value) !== undefined;
}

export function isTextEncoding(value: string): value is TextEncoding {
  return (TEXT_ENCODINGS as readonly string[]).includes(value);
}

export interface ExportOptions {
  readonly file: string;
  /** An exporter id of the registry (json, text, html, docx, checklist, …). */
  readonly to: string;
  /** Where to write; stdout when absent for text formats. */
  readonly output?: string;
  readonly textEncoding?: TextEncoding;
  /** Append 附：本年与上年数据对比 (Word, 网页, text) when the report has a previous one. */
  readonly comparison?: boolean;
}

/** The name an export is announced by on stderr: its menu label up to the bracket. */
const shortName = (exporter: Exporter): string =>
  `${exporter.label.replace(/（.*$/, '')} ${exporter.id}`;

/**
 * `export FILE --to ID [-o OUT] [--text-encoding windows|unix] [--comparison]`: the finished report (derived
 * totals recomputed; a report with open errors says 草稿) or its 审签单. Text formats go to stdout
 * without -o; Word, which is binary, goes to a file named after agency, year and format.
 */
export async function runExport(
  io: CliIo,
  { file, to, output, textEncoding, comparison }: ExportOptions,
): Promise<number> {
  const exporter = findExporter(to);
  if (!exporter) throw new Error(`no exporter ${to}`);
  const loaded = await loadReport(io, file);
  if (!loaded.ok) return printLoadFailure(io, file, loaded);
  printImportFindings(io, file, loaded);
  const data = await renderExport(exporter, loaded.report, {
    ...(textEncoding ? { textEncoding } : {}),
    ...(comparison ? { comparison } : {}),
  });
  const target =
    output ?? (typeof data === 'string' ? undefined : exportFileNameFor(exporter, loaded.report));
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
  io.stderr(`已导出 ${shortName(exporter)}：${oneLine(target)}\n`);
  return EXIT_OK;
}
