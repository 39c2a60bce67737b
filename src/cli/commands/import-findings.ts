import type { CliIo } from '../cli-io.ts';
import { countWord } from '../../domain/index.ts';
import { findingLine, noteLine, oneLine } from '../format-findings.ts';
import type { LoadResult } from '../load-report.ts';
import { importFindings } from '../report-output.ts';
import type { ImportFinding } from '../../io/import/import.types.ts';

type Loaded = Extract<LoadResult, { ok: true }>;

const isTotalsFinding = (f: ImportFinding): boolean => f.code.startsWith('import.totals.');

/** "导入说明 错误 0 项，待核实 2 项，提示 3 项" over findings of any of the three severities. */
function countsText(severities: readonly ImportFinding['severity'][]): string {
  const count = (severity: ImportFinding['severity']) =>
    severities.filter((s) => s === severity).length;
  const counts = (['error', 'warning', 'info'] as const).map((s) => countWord(s, count(s)));
  return `导入说明 ${counts.join('，')}`;
}

/** "；3 个数字待核实" when the importer is unsure of some figures. */
export function uncertainText(loaded: Loaded): string {
  const n = loaded.uncertainCells.length;
  return n > 0 ? `；${n} 个数字待核实` : '';
}

/**
 * For a report read by an importer (not our JSON): what the importer noticed, on stderr, before
 * the checks of the report itself (`check`, `aggregate`). Nothing for our JSON.
 */
export function printImporterNotes(io: CliIo, file: string, loaded: Loaded): void {
  if (loaded.kind === 'json' || loaded.importFindings.length === 0) return;
  const lines = loaded.importFindings.map(noteLine);
  lines.push(
    `${oneLine(file)}：${countsText(loaded.importFindings.map((f) => f.severity))}${uncertainText(loaded)}`,
  );
  io.stderr(`${lines.join('\n')}\n`);
}

/**
 * Prints the problems of the file as read on stderr, so that stdout stays exactly the report
 * JSON: for an imported file what the importer noticed, for any file the checks of the file as
 * such (printed totals that disagree with their items, values of the wrong kind). A printed total
 * the importer already named is not named again by the `imported.totals` rule.
 */
export function printImportFindings(io: CliIo, file: string, loaded: Loaded): void {
  const fromImporter = loaded.importFindings;
  const totalsNamed = new Set(fromImporter.filter(isTotalsFinding).map((f) => f.cells[0]));
  const fromRules = importFindings(loaded.report).filter(
    (f) => !(f.rule === 'imported.totals' && totalsNamed.has(f.cells[0])),
  );
  if (fromImporter.length === 0 && fromRules.length === 0) return;
  const lines = [...fromImporter.map(noteLine), ...fromRules.map(findingLine)];
  const recomputed =
    fromRules.some((f) => f.rule === 'imported.totals') || fromImporter.some(isTotalsFinding);
  if (loaded.kind === 'json') {
    lines.push(
      `${oneLine(file)}：导入时发现 ${fromRules.length} 个问题；输出中的总计已按分项重新计算`,
    );
  } else {
    const all = [...fromImporter.map((f) => f.severity), ...fromRules.map((f) => f.severity)];
    lines.push(
      `${oneLine(file)}：${countsText(all)}${recomputed ? '；输出中的总计已按分项重新计算' : ''}`,
    );
  }
  io.stderr(`${lines.join('\n')}\n`);
}
