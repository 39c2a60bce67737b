/**
 * The one status of a report (DESIGN "What the status means"): 可以导出 only when every cell and
 * every required section is filled and nothing is open; otherwise what is left, e.g.
 * "表三还差 12 格 · 正文还差 2 部分 · 错误 1 项". The editor, the drafts list, the export menu, the
 * 审签单 and the command line all show this, so they cannot disagree.
 */
import type { Report } from '../model/index.ts';
import { checkReport, type Finding } from '../rules/index.ts';
import type { CellId, TableId } from '../templates/index.ts';
import {
  countWord,
  missingCellsWord,
  missingSectionsWord,
  READY_WORD,
  STATUS_SEPARATOR,
  TABLE_SHORT_WORDS,
} from '../wording/index.ts';

const TABLE_ORDER: readonly TableId[] = ['active', 'requests', 'reviews'];

/** Rules whose final-mode findings say what is still to be filled, not what is wrong. */
const COMPLETENESS_RULES = new Set(['cells.complete', 'narrative.required']);

export interface ReportStatus {
  /** 可以导出: nothing missing, no open error, no open warning. */
  readonly ready: boolean;
  /** Nothing missing and no open error: a final export needs no confirmation (warnings may stand). */
  readonly exportable: boolean;
  /** 可以导出, or the parts left joined by " · ". */
  readonly label: string;
  /** The parts left, in reading order ("表三还差 12 格", "正文还差 2 部分", "错误 1 项", "待核实 1 项"). */
  readonly parts: readonly string[];
  /** Empty entered cells per table (tables with none are absent). */
  readonly missingCells: Readonly<Partial<Record<TableId, number>>>;
  /** Required narrative sections still empty, as `narrative.<key>` paths. */
  readonly missingSections: readonly string[];
  /** Open errors, refused entries included (missing cells and sections are counted apart). */
  readonly errors: number;
  /** Entries the user typed that were refused (kept as pending text until fixed or reverted). */
  readonly refused: number;
  readonly warnings: number;
  readonly infos: number;
  readonly acknowledged: number;
}

export interface StatusOptions {
  /** Cells whose typed text was refused (not a value yet): each is an open error. */
  readonly refusedCells?: readonly CellId[];
  /** Final-mode findings when the caller already has them (checkReport(report, { mode: 'final' })). */
  readonly finalFindings?: readonly Finding[];
}

/**
 * @example reportStatus(createReport(...)).label // '表二还差 15 格 · 表三还差 161 格 · 表四还差 12 格 · 正文还差 3 部分'
 */
export function reportStatus(report: Report, options: StatusOptions = {}): ReportStatus {
  const findings = options.finalFindings ?? checkReport(report, { mode: 'final' });
  const missingCells: Partial<Record<TableId, number>> = {};
  const missingSections: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let acknowledged = 0;
  for (const f of findings) {
    if (f.rule === 'cells.complete' && f.area !== 'narrative' && f.area !== 'report') {
      missingCells[f.area] = (missingCells[f.area] ?? 0) + f.cells.length;
    } else if (f.rule === 'narrative.required') {
      missingSections.push(...f.cells);
    } else if (f.acknowledgement !== undefined) {
      acknowledged += 1;
    } else if (f.severity === 'error') errors += 1;
    else if (f.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  const refused = new Set(options.refusedCells ?? []).size;
  errors += refused;

  const parts: string[] = [];
  for (const table of TABLE_ORDER) {
    const n = missingCells[table];
    if (n) parts.push(missingCellsWord(TABLE_SHORT_WORDS[table], n));
  }
  if (missingSections.length > 0) parts.push(missingSectionsWord(missingSections.length));
  if (errors > 0) parts.push(countWord('error', errors));
  if (warnings > 0) parts.push(countWord('warning', warnings));

  const exportable =
    errors === 0 && missingSections.length === 0 && !TABLE_ORDER.some((t) => missingCells[t]);
  const ready = exportable && warnings === 0;
  return {
    ready,
    exportable,
    label: ready ? READY_WORD : parts.join(STATUS_SEPARATOR),
    parts,
    missingCells,
    missingSections,
    errors,
    refused,
    warnings,
    infos,
    acknowledged,
  };
}

/** Whether a rule's findings are about what is left to fill rather than what is wrong. */
export function isCompletenessRule(rule: string): boolean {
  return COMPLETENESS_RULES.has(rule);
}
