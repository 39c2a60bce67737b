import { RolloverError, rolloverReport } from '../../domain/index.ts';
import { EXIT_FAILURE, EXIT_OK, type CliIo } from '../cli-io.ts';
import { noteLine, oneLine } from '../format-findings.ts';
import { loadReport } from '../load-report.ts';
import { writeFailure } from '../write-failure.ts';
import { reportJson } from '../report-output.ts';
import { printLoadFailure } from '../usage.ts';
import { printImportFindings } from './import-findings.ts';

export interface RolloverCommandOptions {
  /** Last year's report. */
  readonly file: string;
  /** The new year; last year's + 1 when absent. */
  readonly year?: number;
  readonly agency?: string;
  readonly copyNarrative: boolean;
  /** Where to write the draft; stdout when absent. */
  readonly output?: string;
}

/**
 * The value of --year: a year written as four digits (2025), or null. Range checks (later than
 * last year's) belong to the rollover itself, which knows last year's report.
 */
export function parseYearOption(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/**
 * `rollover FILE [--year Y] [--copy-narrative] [--agency NAME] [-o OUT]`: next year's draft as
 * report JSON (with totals) on stdout or in OUT; what was carried and what not, one line each on
 * stderr. Exit 2 when the file is unusable or the year is not after last year's.
 */
export async function runRollover(io: CliIo, options: RolloverCommandOptions): Promise<number> {
  const loaded = await loadReport(io, options.file);
  if (!loaded.ok) return printLoadFailure(io, options.file, loaded);
  printImportFindings(io, options.file, loaded);

  let result: ReturnType<typeof rolloverReport>;
  try {
    result = rolloverReport(loaded.report, {
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.agency !== undefined ? { agency: options.agency } : {}),
      copyNarrative: options.copyNarrative,
    });
  } catch (error) {
    if (!(error instanceof RolloverError)) throw error;
    io.stderr(`xxgk：${oneLine(error.message)}\n`);
    return EXIT_FAILURE;
  }

  const json = reportJson(result.report);
  const notes = result.notes.map(noteLine);
  if (options.output === undefined) {
    io.stdout(json);
    if (notes.length > 0) io.stderr(`${notes.join('\n')}\n`);
    return EXIT_OK;
  }
  try {
    await io.writeFile(options.output, json);
  } catch (error) {
    io.stderr(`无法写入 ${oneLine(options.output)}：${oneLine(writeFailure(error))}\n`);
    return EXIT_FAILURE;
  }
  notes.push(`已生成 ${result.report.year} 年度草稿：${oneLine(options.output)}`);
  io.stderr(`${notes.join('\n')}\n`);
  return EXIT_OK;
}
