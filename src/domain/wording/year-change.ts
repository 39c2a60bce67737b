/** What changing a draft's year does (the 报告信息 dialog), and why a year cannot be the next draft's. */
import type { FormatId } from '../templates/template.types.ts';
import { FORMAT_WORDS, TABLE_SHORT_WORDS, type TableKey } from './words.ts';

/** The counts of a year change (domain/rollover's YearChange has them). */
export interface YearChangeFacts {
  readonly report: { readonly year: number };
  readonly from: FormatId;
  readonly to: FormatId;
  readonly kept: number;
  readonly merged: number;
  readonly dropped: readonly { readonly cell: string }[];
}

/**
 * One sentence when the format stays, more when it changes: what is kept, merged and dropped.
 * @example yearChangeWords(changeReportYear(report2020, 2021)) // '年度改为 2021，应使用…'
 */
export function yearChangeWords(change: YearChangeFacts): string {
  const { year } = change.report;
  if (change.from === change.to)
    return `年度改为 ${year}，格式不变（${FORMAT_WORDS[change.to]}）。`;
  const { kept, merged, dropped } = change;
  return [
    `年度改为 ${year}，应使用${FORMAT_WORDS[change.to]}，报告将按该格式重新排列。`,
    kept > 0 ? `两种格式含义相同的 ${kept} 个数字原样保留。` : '',
    merged > 0 ? `“（六）其他处理”的 ${merged} 个数字合并为一行。` : '',
    dropped.length > 0
      ? `新格式中没有对应位置、将被清空的数字 ${dropped.length} 个：${droppedSummary(dropped)}。`
      : '没有数字被清空。',
    '正文、说明和落款保留。',
  ].join('');
}

/** "表二 8 个，表三 3 个" */
function droppedSummary(dropped: readonly { readonly cell: string }[]): string {
  const byTable = new Map<string, number>();
  for (const d of dropped) {
    const word = TABLE_SHORT_WORDS[d.cell.split('.')[0] as TableKey];
    byTable.set(word, (byTable.get(word) ?? 0) + 1);
  }
  return [...byTable].map(([t, n]) => `${t} ${n} 个`).join('，');
}

/** Why a year cannot be the new draft's (rollover). */
export type RolloverYearProblem =
  | { readonly kind: 'notInteger'; readonly year: number }
  | { readonly kind: 'notAfter'; readonly year: number; readonly last: number }
  | { readonly kind: 'tooLate'; readonly year: number; readonly max: number };

/** "新年度（2024）应晚于上年报告的年度（2024）" */
export function rolloverYearWords(problem: RolloverYearProblem): string {
  switch (problem.kind) {
    case 'notInteger':
      return `年度应为整数，实际为 ${String(problem.year)}`;
    case 'notAfter':
      return `新年度（${problem.year}）应晚于上年报告的年度（${problem.last}）`;
    case 'tooLate':
      return `年度不能晚于 ${problem.max} 年，实际为 ${problem.year}`;
  }
}
