/** The words of the 本年 / 上年 comparison appended to an export (附上年对比表). */
export const COMPARISON_EXPORT_WORDS = {
  /** The heading of the appended table, after the report's sections. */
  heading: '附：本年与上年数据对比',
  /** The export menu's checkbox (Word and 网页). */
  option: '附上年对比表',
  /** What the checkbox applies to, beside it. */
  optionScope: '（Word、网页）',
} as const;
