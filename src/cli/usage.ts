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
                                           给出多个文件时每个文件一行，最后一行合计
  export FILE --to json|html|text|docx [-o OUT]
                                           导出报告（总计重新计算；有错误时标注“草稿”）：
                                           json、html、text 默认写到标准输出，docx 默认写到
                                           以机关、年度和格式命名的文件
  rollover FILE --year Y                   由上年报告生成新一年度的草稿（将在后续版本提供）
  aggregate FILE…                          把多份报告汇总为一份（将在后续版本提供）

目前只能读取本工具的 JSON 报告（schema 为 xxgk-nianbao/report@1，UTF-8 编码，不超过 5 MB）。

退出码：0 没有错误；1 报告有错误；2 文件无法读取、用法不对或功能尚不支持。

例：${RUN} check 外交部2024.json --previous 外交部2023.json
`;

/** Prints a usage error (what is wrong, the command's synopsis, where to find help) and gives exit code 2. */
export function usageError(io: CliIo, message: string, synopsis?: string): number {
  const lines = [`xxgk：${oneLine(message)}`];
  if (synopsis) lines.push(`用法：${RUN} ${synopsis}`);
  lines.push(`运行 ${RUN} --help 查看全部命令和选项`);
  io.stderr(`${lines.join('\n')}\n`);
  return EXIT_FAILURE;
}

/** "尚不支持…（将在后续版本提供）", exit code 2. */
export function notYetSupported(io: CliIo, what: string): number {
  io.stderr(`尚不支持${what}（将在后续版本提供）\n`);
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
