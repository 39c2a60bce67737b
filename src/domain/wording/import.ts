/**
 * zh-CN words of the import: how the agency, the year and the format of an imported report were
 * found (shown beside each on the review screen).
 */

/** Keys: `Detected.how` of src/io/import/import.types.ts. */
export const DETECTED_HOW_WORDS = {
  labels: '根据表格标签',
  title: '根据标题',
  titleAbove: '根据标题上方的机关名称',
  sentence: '根据“本报告由……编制”',
  pageTitle: '根据网页标题栏',
  signature: '根据文末落款',
  text: '根据正文',
  field: '文件中写明',
  year: '根据年度',
  option: '由您指定',
  fallback: '未能识别，暂填为上一年度，请核对',
  none: '未能识别，请填写',
} as const;

/** "根据标题：“外交部政府信息公开工作2024年度报告”" — how, and what was printed there. */
export function detectedHowText(
  how: keyof typeof DETECTED_HOW_WORDS,
  evidence?: readonly string[],
): string {
  const printed = evidence?.[0];
  const where = DETECTED_HOW_WORDS[how];
  return printed && how !== 'labels' ? `${where}：“${printed}”` : where;
}
