/** The words of our Excel workbook (the 填报模板 and the exported tables) and of reading .xlsx files. */
export const XLSX_WORDS = {
  coverTitle: '年度政府信息公开工作年度报告统计表',
  agency: '填报单位',
  year: '报告年度',
  format: '报告格式',
  gap: '　　',
  narrativeTitle: '正文（可选）：在 B 列各格中填写报告正文的各部分；只报统计数字的，可以不填',
  continued: '（续）',
  invalidTitle: '填写有误',
  countRule: '请填写不小于 0 的整数（件数）',
  signedRule: '请填写整数（减少用负数表示）',
  moneyRule: '请填写不小于 0 的金额，单位为万元，最多 4 位小数',
  instructions: [
    '填写说明',
    '1. 请先在上方“填报单位”格中填写本单位名称，再在表二、表三、表四各工作表的白色单元格中填写数字；没有发生的填 0，不要留空。',
    '2. 灰色单元格是合计，由公式自动计算，不能修改；件数填整数，收费金额以万元为单位。',
    '3. “正文”工作表可以填写报告正文各部分，也可以不填。',
    '4. 请不要增删行列、重命名或删除工作表；填好后按 .xlsx 格式保存（不要另存为 .xls 或 .et），交回汇总单位。',
  ],
} as const;

/** The columns of the 汇总 overview (one row per department). */
export const OVERVIEW_WORDS = {
  sheet: '汇总概况',
  title: '政府信息公开工作年度报告汇总概况',
  number: '序号',
  name: '单位',
  figures: {
    newReceived: '本年新收申请',
    concluded: '办理结果总计（办结）',
    carriedForward: '结转下年度',
    reconsideration: '行政复议',
    litigation: '行政诉讼',
  },
  errors: '错误',
  warnings: '待核实',
  total: '汇总',
  unit: '单位：件',
  empty: '未填完',
} as const;
