/**
 * Words of the status and of refused entries, shared by the editor, the drafts list, the export
 * menu and the command line (the status label itself is built by domain/status from these and
 * the severity words).
 */

/** Label of the status line ("状态：表三还差 12 格"). */
export const STATUS_WORD = '状态';

/** Rule id of a refused entry: text typed in a cell that is not a figure (abc, -3, 3.5, 1e3). */
export const REFUSED_RULE = 'cells.refused';

/** A refused entry's finding: "表三 … 自然人：不是整数。未采用，按 Esc 恢复原值". */
export function refusedEntryMessage(cell: string, reason: string): string {
  return `${cell}：${reason}。未采用，按 Esc 恢复原值`;
}

/** The export confirmation when the status is not 可以导出. */
export function exportConfirmMessage(statusLabel: string): string {
  return `报告尚未完成：${statusLabel}。导出的文件将标注“草稿”。仍要导出吗？`;
}

/** "表三还差 12 格": entered cells of a table still empty. */
export function missingCellsWord(table: string, count: number): string {
  return `${table}还差 ${count} 格`;
}

/** "正文还差 2 部分": required narrative sections still empty. */
export function missingSectionsWord(count: number): string {
  return `正文还差 ${count} 部分`;
}

/** A required narrative section still empty (its tab). */
export const EMPTY_SECTION_WORD = '未填写';

/** Joins the parts of a status ("表三还差 12 格 · 错误 1 项"). */
export const STATUS_SEPARATOR = ' · ';
