import type { CliIo } from '../cli-io.ts';
import { findingLine, oneLine } from '../format-findings.ts';
import { importFindings } from '../report-output.ts';
import type { Report } from '../../domain/index.ts';

/**
 * Prints the problems of the file as read (totals that disagree with their items…) on stderr,
 * so that stdout stays exactly the report JSON.
 */
export function printImportFindings(io: CliIo, file: string, report: Report): void {
  const findings = importFindings(report);
  if (findings.length === 0) return;
  const lines = findings.map(findingLine);
  lines.push(
    `${oneLine(file)}：导入时发现 ${findings.length} 个问题；输出中的总计已按分项重新计算`,
  );
  io.stderr(`${lines.join('\n')}\n`);
}
