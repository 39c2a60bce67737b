import path from 'node:path';
import { checkReport, CHARTS_WORD, type Report } from '../../domain/index.ts';
import { errorCode, EXIT_FAILURE, EXIT_OK, type CliIo } from '../cli-io.ts';
import { oneLine } from '../format-findings.ts';
import { loadReport } from '../load-report.ts';
import { writeFailure } from '../write-failure.ts';
import { printLoadFailure } from '../usage.ts';
import { printImportFindings } from './import-findings.ts';

export interface ChartsCommandOptions {
  readonly file: string;
  /** Last year's report: attached as the report's previous one (for the 与上年比较 chart). */
  readonly previous?: string;
  /** The folder to write the SVGs into; created when missing. */
  readonly output?: string;
}

/** "外交部-2024年度-图解": the default folder, named like the exported files. */
export function chartsFolderName(report: Pick<Report, 'agency' | 'year'>): string {
  const agency = report.agency.replace(/[\\/:*?"<>|\s]+/g, '_') || '未命名机关';
  return `${agency}-${report.year}年度-${CHARTS_WORD}`;
}

/**
 * `charts FILE [--previous FILE] [-o DIR]`: one SVG per chart of the report's 图解 in DIR (named
 * "01-申请人构成.svg" …); what was written on stderr. Exit 2 when a file is unusable or DIR
 * cannot be written.
 */
export async function runCharts(io: CliIo, options: ChartsCommandOptions): Promise<number> {
  const loaded = await loadReport(io, options.file);
  if (!loaded.ok) return printLoadFailure(io, options.file, loaded);
  printImportFindings(io, options.file, loaded);
  let report = loaded.report;
  if (options.previous !== undefined) {
    const previous = await loadReport(io, options.previous);
    if (!previous.ok) return printLoadFailure(io, options.previous, previous);
    printImportFindings(io, options.previous, previous);
    report = { ...report, previous: previous.report };
  }

  // ECharts only loads for this command.
  const { renderReportCharts } = await import('../../io/export/charts/index.ts');
  const rendered = renderReportCharts(report);
  const folder = options.output ?? chartsFolderName(report);
  const written: string[] = [];
  try {
    await io.makeDirectory?.(folder);
    for (const { chart, svg } of rendered) {
      const target = path.join(folder, `${chart.fileName}.svg`);
      await io.writeFile(target, svg);
      written.push(
        `  ${chart.fileName}.svg${chart.emptyMessage ? `（${chart.emptyMessage}）` : ''}`,
      );
    }
  } catch (error) {
    const reason =
      errorCode(error) === 'EEXIST' ? '已有同名的文件，不是文件夹' : writeFailure(error);
    io.stderr(`无法写入 ${oneLine(folder)}：${oneLine(reason)}\n`);
    return EXIT_FAILURE;
  }
  const errors = checkReport(report).filter((f) => f.severity === 'error').length;
  const lines = [
    `已写出 ${rendered.length} 幅${CHARTS_WORD}（SVG）到 ${oneLine(folder)}：`,
    ...written,
    ...(errors > 0
      ? [`注意：报告还有 ${errors} 项错误，图中的数字取自报告现状，请改正后重新生成`]
      : []),
  ];
  io.stderr(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
