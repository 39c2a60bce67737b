import {
  checkReport,
  countWord,
  reportStatus,
  SEVERITY_WORDS,
  type Finding,
  type Note,
  type FindingSummary,
  type FormatId,
  type Report,
} from '../../domain/index.ts';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, type CliIo } from '../cli-io.ts';
import { findingLine, oneLine, reportName, summaryLine } from '../format-findings.ts';
import { loadReport, type LoadResult } from '../load-report.ts';
import { printLoadFailure } from '../usage.ts';
import { printImporterNotes, uncertainText } from './import-findings.ts';
import type { CellId } from '../../domain/index.ts';
import type { ImportFinding, ImportSourceKind } from '../../io/import/import.types.ts';
import { noteMessage } from '../../domain/wording/notes/index.ts';

export interface CheckOptions {
  readonly files: readonly string[];
  /** Last year's report; otherwise the report's own `previous` is used. */
  readonly previous?: string;
  readonly json: boolean;
}

/** The `--json` result for one file. */
export interface CheckResultJson {
  readonly file: string;
  readonly agency: string;
  readonly year: number;
  readonly format: FormatId;
  readonly summary: FindingSummary;
  /** Each finding with its sentence (`message`), for programs that show it. */
  readonly findings: readonly (Finding & { readonly message: string })[];
  /** For a file read by an importer (not our JSON): what it noticed and the figures to check. */
  readonly import?: {
    readonly kind: ImportSourceKind;
    /** What the importer noticed, each with its sentence (`message`). */
    readonly findings: readonly (ImportFinding & { readonly message: string })[];
    readonly uncertainCells: readonly CellId[];
  };
}

type Loaded = Extract<LoadResult, { ok: true }>;

interface CheckedFile {
  readonly ok: true;
  readonly file: string;
  readonly report: Report;
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
  /** Nothing missing and no open error (the status's exportable): else the exit code is 1. */
  readonly exportable: boolean;
  readonly loaded: Loaded;
}
interface FailedFile {
  readonly ok: false;
  readonly file: string;
  readonly reason: string;
  readonly details: readonly string[];
}
type Checked = CheckedFile | FailedFile;

/** The report must be complete: it is about to be published. */
function checkLoaded(file: string, loaded: Loaded, previous?: Report): CheckedFile {
  const { report } = loaded;
  const findings = checkReport(report, { mode: 'final', ...(previous ? { previous } : {}) });
  // The one status (as the editor, the drafts list and the export menu show it).
  const status = reportStatus(report, { finalFindings: findings });
  const { errors, warnings, infos, acknowledged, label, exportable } = status;
  const summary = { errors, warnings, infos, acknowledged, status: label };
  return { ok: true, file, report, findings, summary, exportable, loaded };
}

/** A note with its sentence, for programs that show it. */
const withMessage = <N extends Note>(note: N): N & { readonly message: string } => ({
  ...note,
  message: noteMessage(note),
});

function resultJson(c: CheckedFile): CheckResultJson {
  return {
    file: c.file,
    agency: c.report.agency,
    year: c.report.year,
    format: c.report.format,
    summary: c.summary,
    findings: c.findings.map(withMessage),
    ...(c.loaded.kind === 'json'
      ? {}
      : {
          import: {
            kind: c.loaded.kind,
            findings: c.loaded.importFindings.map(withMessage),
            uncertainCells: c.loaded.uncertainCells,
          },
        }),
  };
}

/** The status of a row of the multi-file table (the counts are beside it). */
function verdict(c: CheckedFile): string {
  // Figures an importer was unsure of are to be checked, whatever the rules say of them.
  if (c.exportable && c.summary.warnings === 0 && c.loaded.uncertainCells.length > 0)
    return SEVERITY_WORDS.warning;
  return c.summary.status;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** `check FILE [--previous FILE] [--json]`: every finding, then a summary line; exit 1 on any error. */
async function checkOne(
  io: CliIo,
  file: string,
  previousFile: string | undefined,
  asJson: boolean,
): Promise<number> {
  const loaded = await loadReport(io, file);
  if (!loaded.ok) return printLoadFailure(io, file, loaded);
  let previous: Report | undefined;
  if (previousFile !== undefined) {
    const loadedPrevious = await loadReport(io, previousFile);
    if (!loadedPrevious.ok) return printLoadFailure(io, `上年报告 ${previousFile}`, loadedPrevious);
    previous = loadedPrevious.report;
    if (previous.year !== loaded.report.year - 1) {
      io.stderr(
        `注意：--previous 给出的是 ${reportName(previous)}，本报告为 ${loaded.report.year} 年度\n`,
      );
    }
  }
  if (!asJson) printImporterNotes(io, file, loaded);
  const checked = checkLoaded(file, loaded, previous);
  if (asJson) io.stdout(json(resultJson(checked)));
  else
    io.stdout(
      [...checked.findings.map(findingLine), summaryLine(checked.report, checked.summary)].join(
        '\n',
      ) + '\n',
    );
  return checked.exportable ? EXIT_OK : EXIT_FINDINGS;
}

/**
 * Several files: one line each and a total line. A file that cannot be read is a failed row
 * and does not stop the others; it makes the exit code 2, otherwise any error makes it 1.
 */
async function checkMany(io: CliIo, files: readonly string[], asJson: boolean): Promise<number> {
  const rows: Checked[] = [];
  for (const file of files) {
    const loaded = await loadReport(io, file);
    rows.push(
      loaded.ok
        ? checkLoaded(file, loaded)
        : { ok: false, file, reason: loaded.reason, details: loaded.details },
    );
  }
  const checked = rows.filter((r): r is CheckedFile => r.ok);
  const failed = rows.length - checked.length;
  const errors = checked.reduce((n, r) => n + r.summary.errors, 0);
  const warnings = checked.reduce((n, r) => n + r.summary.warnings, 0);
  const total = { files: rows.length, checked: checked.length, failed, errors, warnings };

  if (asJson) {
    const results = rows.map((r) =>
      r.ok ? resultJson(r) : { file: r.file, error: r.reason, details: r.details },
    );
    io.stdout(json({ files: results, total }));
  } else {
    const lines = rows.map((r) =>
      r.ok
        ? `${oneLine(r.file)}  ${oneLine(r.report.agency) || '（未填写单位）'}  ${r.report.year} 年度  ${countWord('error', r.summary.errors)}  ${countWord('warning', r.summary.warnings)}${uncertainText(r.loaded).replace('；', '  ')}  ${verdict(r)}`
        : `${oneLine(r.file)}  未能检查：${oneLine(r.reason)}`,
    );
    const failedText = failed > 0 ? `；${failed} 个文件未能检查` : '';
    lines.push(
      `合计 ${rows.length} 个文件：${countWord('error', errors)}，${countWord('warning', warnings)}${failedText}`,
    );
    io.stdout(`${lines.join('\n')}\n`);
  }
  return failed > 0 ? EXIT_FAILURE : checked.some((r) => !r.exportable) ? EXIT_FINDINGS : EXIT_OK;
}

export async function runCheck(
  io: CliIo,
  { files, previous, json: asJson }: CheckOptions,
): Promise<number> {
  return files.length === 1
    ? checkOne(io, files[0]!, previous, asJson)
    : checkMany(io, files, asJson);
}
