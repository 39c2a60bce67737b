/** The help text and the messages for a command line that cannot be run. */
import { EXIT_FAILURE, type CliIo } from './cli-io.ts';
import { oneLine } from './format-findings.ts';
import type { LoadResult } from './load-report.ts';

export const RUN = 'npm run -s xxgk --';

export const USAGE = `xxgk：政府信息公开工作年度报告 命令行工具

用法：${RUN} <命令> [参数]

命令：
  parse FILE                               读取报告，输出报告 JSON（总计按分项重新计算）；
                                           文件中与分项不符的总计等导入问题写到标准错误
  check FILE… [--previous FILE] [--json]   按正式发布的要求检查报告（勾稽关系、上年结转、空项…）；
                                           --previous 指定上年报告，--json 输出 JSON；
                                           给出多个文件时每个文件一行，最后一行合计；
                                           非 JSON 文件的导入说明和待核实的数字写到标准错误
  export FILE --to json|html|text|docx|xlsx|checklist|checklist-html [-o OUT] [--text-encoding windows|unix] [--comparison]
                                           导出报告（总计重新计算；有错误时标注“草稿”），或导出
                                           审签单（checklist 为 Word，checklist-html 为可打印的
                                           网页）：json、html、text 默认写到标准输出，docx、xlsx 和
                                           checklist 默认写到以机关、年度和格式命名的文件；xlsx 为
                                           Excel 表格（表二、表三、表四按正式表式排版，合计为公式，
                                           可填写后再读取）；纯文本默认 CRLF 换行并带 UTF-8 BOM，
                                           --text-encoding unix 改为 LF 换行、不带 BOM；
                                           --comparison 在 docx、html、text 的正文后附“本年与
                                           上年数据对比”表（报告附有上年报告时）
  template --year Y [--format 2021|2019] [--agency NAME] [-o OUT]
                                           生成空白的 Excel 填报模板（下发给各单位填写，交回后可
                                           直接读取或汇总）
  rollover FILE [--year Y] [--copy-narrative] [--agency NAME] [-o OUT]
                                           由上年报告生成新一年度的草稿 JSON：“二、上年结转”
                                           取自上年“四、结转下年度继续办理”，上年报告存入草稿
                                           供跨年度核对，其余单元格留空；--year 默认为上年
                                           加 1，--copy-narrative 复制上年正文作为底稿，
                                           --agency 改用新的机关名称；默认写到标准输出，
                                           带入和未带入的内容逐行写到标准错误
  aggregate FILE… [-o OUT] [--agency NAME] [--year Y]
                                           把多份报告汇总为一份报告 JSON（附来源清单）：表三、
                                           表四逐格相加，表二在各报告格式相同时相加，总计重新
                                           计算；年度或格式不同、重复计入、未填写的单元格（汇总
                                           中留空）等说明写到标准错误；读不了的文件单独列出，
                                           不计入也不影响其他文件；--agency 默认为“汇总（N 个
                                           单位）”，--year 默认为各报告共同的年度
  charts FILE [--previous FILE] [-o DIR]
                                           生成图解：每幅图一个 SVG 文件（申请人构成、办理结果、
                                           复议诉讼结果、主动公开等），写到文件夹 DIR（默认以
                                           机关和年度命名，不存在时新建）；--previous 指定上年
                                           报告，增加与上年比较的图

  narrative FILE [--previous FILE] [--fee-notices N,元] [--fees-collected N,元] [--fees-none]
                                           按统计表起草正文段落（依申请公开、行政复议和行政诉讼、
                                           主动公开；2021 格式还有第六部分的信息处理费），有上年
                                           报告时写出“较上年增加 N 件，增长 P%”；--previous 指定
                                           上年报告（默认用报告中附带的上年报告）；信息处理费不在
                                           统计表中，用 --fee-notices 给出发出收费通知的件数和金额、
                                           --fees-collected 给出实际收取的件数和金额（元），都没有
                                           时用 --fees-none；未能生成的段落和正文中沿用的上年数字
                                           写到标准错误

可以读取的文件（按内容识别，扩展名仅作参考）：本工具的 JSON 报告（schema 为
xxgk-nianbao/report@1，UTF-8 编码，不超过 5 MB）；纯文本或 Markdown、网页 HTML（UTF-8、GBK
或 UTF-16 编码）、Word .docx、PDF（须带文字层，扫描件不能读取）格式的年度报告全文，以及
Excel .xlsx 表格（本工具的填报模板按单元格读取，其他表格按表中的项目名称识别）（不超过 20 MB）。

退出码：0 没有错误；1 报告有错误；2 文件无法读取或未识别出年度报告、年度不对、用法不对。
        aggregate 已写出汇总但有文件未能读取或汇总说明中有错误时为 1，没有一个文件能读取时为 2。

例：${RUN} check 外交部2024.json --previous 外交部2023.json
    ${RUN} parse 外交部2024年报.pdf > 外交部2024.json
    ${RUN} rollover 外交部2024.json -o 外交部2025草稿.json
    ${RUN} narrative 外交部2024.json --previous 外交部2023.json --fees-none
    ${RUN} charts 外交部2024.json --previous 外交部2023.json -o 图解2024
    ${RUN} aggregate 教育局2024.json 民政局2024.json --agency 某某县人民政府办公室 -o 汇总2024.json
`;

/** Prints a usage error (what is wrong, the command's synopsis, where to find help) and gives exit code 2. */
export function usageError(io: CliIo, message: string, synopsis?: string): number {
  const lines = [`xxgk：${oneLine(message)}`];
  if (synopsis) lines.push(`用法：${RUN} ${synopsis}`);
  lines.push(`运行 ${RUN} --help 查看全部命令和选项`);
  io.stderr(`${lines.join('\n')}\n`);
  return EXIT_FAILURE;
}

/** "文件名：原因", then the listed problems indented, on stderr; exit code 2. */
export function printLoadFailure(
  io: CliIo,
  label: string,
  failure: Extract<LoadResult, { ok: false }>,
): number {
  const lines = [
    `${oneLine(label)}：${oneLine(failure.reason)}`,
    ...failure.details.map((d) => `  ${oneLine(d)}`),
  ];
  io.stderr(`${lines.join('\n')}\n`);
  return EXIT_FAILURE;
}
