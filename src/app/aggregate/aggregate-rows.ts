/** One dropped file on the 汇总 page: read into a report (with its checks) or refused with a reason. */
import {
  checkReport,
  parseReport,
  summarizeFindings,
  type Finding,
  type Note,
  type Report,
} from '../../domain/index.ts';
import { importChosenFile, type FileImport } from '../../io/import/import-file.ts';
import type { ImportFinding } from '../../io/import/import.types.ts';
import { readNote } from '../../domain/wording/notes/index.ts';

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

/** A read report's row, with its checks as for a final export. */
function readReportRow(
  base: { readonly id: number; readonly name: string; readonly kind: FileImport['kind'] },
  report: Report,
  importFindings: readonly ImportFinding[],
): AggregateRow {
  const findings = checkReport(report, { mode: 'final' });
  const summary = summarizeFindings(findings);
  return {
    ...base,
    ok: true,
    report,
    importFindings,
    findings,
    errors: summary.errors,
    warnings: summary.warnings,
  };
}

/** Reads one file; never throws (a failure is a row with its reason). */
export async function readRow(id: number, file: File): Promise<AggregateRow> {
  const base = { id, name: file.name };
  try {
    const imported = await importChosenFile(file);
    const { result } = imported;
    if (!result.ok) return { ...base, kind: imported.kind, ok: false, reason: result.reason };
    return readReportRow({ ...base, kind: imported.kind }, result.report, result.findings);
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

/** What the 汇总 list keeps of a row in the browser: the checks are made again when it is shown. */
export type SavedRow =
  | Pick<
      Extract<AggregateRow, { ok: true }>,
      'id' | 'name' | 'kind' | 'ok' | 'report' | 'importFindings'
    >
  | Extract<AggregateRow, { ok: false }>;

export function savedRow(row: AggregateRow): SavedRow {
  if (!row.ok) return row;
  const { id, name, kind, report, importFindings } = row;
  return { id, name, kind, ok: true, report, importFindings };
}

const isKind = (v: unknown): v is FileImport['kind'] =>
  typeof v === 'string' && Object.hasOwn(KIND_LABELS, v);

const isImportFinding = (n: Note | undefined): n is ImportFinding =>
  n !== undefined && n.code.startsWith('import.');

/**
 * A row kept in the browser, checked again; undefined when it is not one (e.g. saved by an older
 * version). Of its import notes only those this version can word are kept: one saved before the
 * notes had codes and parameters (a `message` only) is dropped, never shown garbled.
 */
export function restoreRow(value: unknown): AggregateRow | undefined {
  const v = value as Partial<
    Record<'id' | 'name' | 'kind' | 'ok' | 'report' | 'importFindings' | 'reason', unknown>
  > | null;
  if (typeof v !== 'object' || v === null) return undefined;
  if (!Number.isInteger(v.id) || typeof v.name !== 'string' || !isKind(v.kind)) return undefined;
  const base = { id: v.id as number, name: v.name, kind: v.kind };
  if (v.ok === false)
    return typeof v.reason === 'string' ? { ...base, ok: false, reason: v.reason } : undefined;
  const parsed = parseReport(v.report);
  if (!parsed.ok || !Array.isArray(v.importFindings)) return undefined;
  return readReportRow(base, parsed.report, v.importFindings.map(readNote).filter(isImportFinding));
}
