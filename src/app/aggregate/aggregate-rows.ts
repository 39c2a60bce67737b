/** One dropped file on the 汇总 page: read into a report (with its checks) or refused with a reason. */
import { checkReport, summarizeFindings, type Finding, type Report } from '../../domain/index.ts';
import { importChosenFile, type FileImport } from '../../io/import/import-file.ts';
import type { ImportFinding } from '../../io/import/import.types.ts';

export type AggregateRow =
  | {
      readonly id: number;
      readonly name: string;
      readonly kind: FileImport['kind'];
      readonly ok: true;
      readonly report: Report;
      /** What the importer noticed while reading the file. */
      readonly importFindings: readonly ImportFinding[];
      /** The report's checks as for a final export. */
      readonly findings: readonly Finding[];
      readonly errors: number;
      readonly warnings: number;
    }
  | {
      readonly id: number;
      readonly name: string;
      readonly kind: FileImport['kind'];
      readonly ok: false;
      readonly reason: string;
    };

export const KIND_LABELS: Readonly<Record<FileImport['kind'], string>> = {
  json: 'JSON',
  text: '文本',
  html: '网页',
  docx: 'Word',
  pdf: 'PDF',
  xlsx: 'Excel',
  unknown: '未知',
};

/** Reads one file; never throws (a failure is a row with its reason). */
export async function readRow(id: number, file: File): Promise<AggregateRow> {
  const base = { id, name: file.name };
  try {
    const imported = await importChosenFile(file);
    const { result } = imported;
    if (!result.ok) return { ...base, kind: imported.kind, ok: false, reason: result.reason };
    const findings = checkReport(result.report, { mode: 'final' });
    const summary = summarizeFindings(findings);
    return {
      ...base,
      kind: imported.kind,
      ok: true,
      report: result.report,
      importFindings: result.findings,
      findings,
      errors: summary.errors,
      warnings: summary.warnings,
    };
  } catch (e) {
    return {
      ...base,
      kind: 'unknown',
      ok: false,
      reason: `读取失败：${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/** Lets the browser paint and handle input between two files. */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
