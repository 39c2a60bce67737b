/**
 * The zh-CN words of the exports: the names of the export formats in the menu and on the command
 * line, the report title, the 落款 date, and every word of the 审签单 (the sign-off sheet the
 * leader signs before the report is published).
 */

import type { Severity } from '../notes/note.types.ts';
import { countWord } from './words.ts';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The second line of the title, after the agency: "2024年政府信息公开工作年度报告". */
export function reportTitleYearLine(year: number): string {
  return `${year}年政府信息公开工作年度报告`;
}

/** A YYYY-MM-DD date as a 落款 prints it, in Arabic numerals (GB/T 9704): "2025年1月20日". */
export function publicationDateWord(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The export formats' names in the export menu, by exporter id. */
export const EXPORT_FORMAT_WORDS = {
  docx: 'Word 文档（.docx）',
  xlsx: 'Excel 表格（.xlsx，可在 Excel / WPS 中填报，填好后可导入）',
  html: '网页（.html，供网站发布）',
  text: '纯文本（.txt，表格可粘贴到 WPS / Excel）',
  json: '报告数据（.json）',
  checklist: '审签单（Word，发布前核对和签发）',
  'checklist-html': '审签单（网页，可直接打印）',
} as const;

/** The 审签单's words. */
export const CHECKLIST_WORDS = {
  title: '政府信息公开工作年度报告审签单',
  subtitle: '（发布前核对清单）',
  identity: '一、报告信息',
  agency: '报告单位',
  year: '报告年度',
  format: '报告格式',
  status: '当前状态',
  publicationDate: '落款日期',
  notSet: '未填写',
  checks: '二、检查结果',
  checkRule: '检查项目',
  checkResult: '结果',
  passed: '通过',
  notApplicable: '不适用于本格式',
  openWarnings: '三、待核实事项',
  noOpenWarnings: '无。',
  notes: '四、已写说明',
  noNotes: '无。',
  sources: '五、数据来源',
  noSources: '本报告不是汇总报告，无汇总来源。',
  sourceFile: '文件',
  signatures: '六、审核签发',
  signers: ['经办人', '审核人', '签发人'] as const,
  signLine: '签字：',
  dateLine: '日期：　　　　年　　月　　日',
} as const;

/** "错误 2 项、待核实 1 项" for a rule's findings on the 审签单 ('' when there are none). */
export function findingCountWord(counts: Readonly<Record<Severity, number>>): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => countWord(s, counts[s]))
    .join('、');
}
