/**
 * The zh-CN words of the product, in one place: every severity, table, format and status word that
 * a clerk sees in the editor, the review screen, the 汇总 page, the exports or the command line.
 * Screens and commands import these; none spells its own (a warning is 待核实 everywhere).
 */
import type { FormatId } from '../templates/template.types.ts';
import type { Severity } from '../notes/note.types.ts';

/** Severity words: 错误 (强制性, must be fixed), 待核实 (核实性, may stand with a 说明), 提示. */
export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '待核实',
  info: '提示',
};

/** What each severity means, for the 帮助 page and tooltips. */
export const SEVERITY_MEANINGS: Readonly<Record<Severity, string>> = {
  error: '强制性问题：导出正式文本前必须改正。',
  warning: '核实性问题：可能有误，请核对；确认无误的，可以写说明后保留。',
  info: '提示：供参考，不影响导出。',
};

/** Beside a finding on a content the format requires, which no 说明 can close. */
export const MANDATORY_CONTENT_HINT =
  '这是格式要求必须报告的内容，须在正文中写明，不能以说明代替。';

/** Last year's report embedded in a report file (its `previous`). */
export const PREVIOUS_REPORT_WORD = '上年报告（previous）';

/** A warning closed by a 说明. */
export const ACKNOWLEDGED_WORD = '已说明';

/** The one "ready" word of the status. */
export const READY_WORD = '可以导出';

/** The report's areas as the findings panel groups them. */
export const AREA_WORDS: Readonly<Record<string, string>> = {
  active: '表二 主动公开',
  requests: '表三 依申请公开',
  reviews: '表四 复议诉讼',
  narrative: '正文',
  report: '报告',
};

export type TableKey = 'active' | 'requests' | 'reviews';

/** Table names as they appear in lists and messages. */
export const TABLE_WORDS: Readonly<Record<TableKey, string>> = {
  active: '表二（主动公开）',
  requests: '表三（依申请公开）',
  reviews: '表四（复议诉讼）',
};

/** Short table names for progress lines ("表三还差 12 格"). */
export const TABLE_SHORT_WORDS: Readonly<Record<TableKey, string>> = {
  active: '表二',
  requests: '表三',
  reviews: '表四',
};

/** Format names, with the circular that issued each. */
export const FORMAT_WORDS: Readonly<Record<FormatId, string>> = {
  '2021': '2021 格式（国办公开办函〔2021〕30号）',
  '2019': '2019 格式（国办公开办函〔2019〕60号）',
};

/** "错误 3 项" */
export function countWord(severity: Severity, count: number): string {
  return `${SEVERITY_WORDS[severity]} ${count} 项`;
}
