/**
 * `aggregate FILE… [-o OUT] [--agency NAME] [--year Y]`: many reports summed into one (汇总), with
 * the list of sources. A file that cannot be read is a failed row on stderr and is not summed; it
 * never stops the others.
 *
 * stdout (or OUT): the summed report JSON. stderr: one line per failed file, the notes of the sum
 * (different years or formats, what could not be summed, cells left empty…), then a summary line.
 * Exit code: 2 when no file could be read (nothing to sum) or OUT cannot be written; 1 when a sum
 * was written but a file could not be read or a note is an error (the sum is wrong or incomplete
 * as it stands); 0 otherwise.
 */
import {
  aggregateReports,
  countWord,
  defaultAggregateAgency,
  type AggregationNote,
  type Report,
} from '../../domain/index.ts';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, type CliIo } from '../cli-io.ts';
import { noteLine, oneLine, reportName } from '../format-findings.ts';
import { loadReport } from '../load-report.ts';
import { printImporterNotes } from './import-findings.ts';
import { writeFailure } from '../write-failure.ts';
import { reportJson } from '../report-output.ts';

export interface AggregateOptions {
  readonly files: readonly string[];
  /** Where to write the summed report; stdout when absent. */
  readonly output?: string;
  /** The summed report's agency; "汇总（N 个单位）" when absent. */
  readonly agency?: string;
  /** The summed report's year; the reports' common year when absent. */
  readonly year?: number;
}

/** The value of --year: a year of four digits the report schema accepts (2008–2100), or null. */
export function parseAggregateYear(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const year = Number(t);
  return year >= 2008 && year <= 2100 ? year : null;
}

export async function runAggregate(io: CliIo, options: AggregateOptions): Promise<number> {
  const reports: Report[] = [];
  const files: string[] = [];
  let failed = 0;
  for (const file of options.files) {
    const loaded = await loadReport(io, file);
    if (loaded.ok) {
      printImporterNotes(io, file, loaded);
      reports.push(loaded.report);
      files.push(file);
      continue;
    }
    failed++;
    io.stderr(
      [
        `${oneLine(file)}  未能读取，未计入汇总：${oneLine(loaded.reason)}`,
        ...loaded.details.map((d) => `  ${oneLine(d)}`),
      ].join('\n') + '\n',
    );
  }
  if (reports.length === 0) {
    io.stderr(`没有可汇总的报告：${failed} 个文件都未能读取\n`);
    return EXIT_FAILURE;
  }

  const { report, notes } = aggregateReports(reports, {
    agency: options.agency ?? defaultAggregateAgency(reports.length),
    files,
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
  const count = (severity: AggregationNote['severity']) =>
    notes.filter((n) => n.severity === severity).length;
  const errors = count('error');
  const failedText = failed > 0 ? `；${failed} 个文件未能读取，未计入` : '';
  const lines = [
    ...notes.map(noteLine),
    `已汇总 ${reports.length} 份报告为 ${reportName(report)}（${report.format} 格式）${failedText}。汇总说明：${countWord('error', errors)}，${countWord('warning', count('warning'))}，${countWord('info', count('info'))}`,
  ];
  io.stderr(`${lines.join('\n')}\n`);

  const data = reportJson(report);
  if (options.output === undefined) io.stdout(data);
  else {
    try {
      await io.writeFile(options.output, data);
    } catch (error) {
      io.stderr(`无法写入 ${oneLine(options.output)}：${oneLine(writeFailure(error))}\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`已写入汇总报告：${oneLine(options.output)}\n`);
  }
  return failed > 0 || errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
