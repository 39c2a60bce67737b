import { EXIT_OK, type CliIo } from '../cli-io.ts';
import { loadReport } from '../load-report.ts';
import { reportJson } from '../report-output.ts';
import { printLoadFailure } from '../usage.ts';
import { printImportFindings } from './import-findings.ts';

/** `parse FILE`: the report JSON (totals recomputed) on stdout, import findings on stderr. */
export async function runParse(io: CliIo, file: string): Promise<number> {
  const loaded = await loadReport(io, file);
  if (!loaded.ok) return printLoadFailure(io, file, loaded);
  printImportFindings(io, file, loaded);
  io.stdout(reportJson(loaded.report));
  return EXIT_OK;
}
