/**
 * The `xxgk` command line as a function: argv in, exit code out, all input and output through
 * `io`. `main.ts` wires it to the process; tests call it directly.
 */
import { EXIT_FAILURE, EXIT_OK, type CliIo } from './cli-io.ts';
import { parseArgs, type OptionSpec } from './args.ts';
import { FORMAT_IDS, formatForYear, MAX_AGENCY_LENGTH } from '../domain/index.ts';
import { parseAggregateYear, runAggregate } from './commands/aggregate.ts';
import { runCharts } from './commands/charts.ts';
import { runCheck } from './commands/check.ts';
import { EXPORT_FORMATS, isExportFormat, isTextEncoding, runExport } from './commands/export.ts';
import { parseFeePair, runNarrative } from './commands/narrative.ts';
import { runParse } from './commands/parse.ts';
import { parseYearOption, runRollover } from './commands/rollover.ts';
import { runTemplate } from './commands/template.ts';
import { usageError, USAGE } from './usage.ts';

type Parsed = Extract<ReturnType<typeof parseArgs>, { ok: true }>;

interface CommandDef {
  readonly synopsis: string;
  readonly options: readonly OptionSpec[];
  /** How many FILE arguments the command takes. */
  readonly files: { readonly min: number; readonly max: number };
  readonly run: (io: CliIo, args: Parsed, synopsis: string) => Promise<number>;
}

const COMMANDS: Readonly<Record<string, CommandDef>> = {
  parse: {
    synopsis: 'parse FILE',
    options: [],
    files: { min: 1, max: 1 },
    run: (io, args) => runParse(io, args.positionals[0]!),
  },
  check: {
    synopsis: 'check FILE… [--previous FILE] [--json]',
    options: [{ name: 'previous', value: '上年报告的文件名' }, { name: 'json' }],
    files: { min: 1, max: Infinity },
    run: (io, args, synopsis) => {
      const previous = args.values.get('previous');
      if (previous !== undefined && args.positionals.length > 1)
        return Promise.resolve(usageError(io, '--previous 只能用于检查单个文件', synopsis));
      return runCheck(io, {
        files: args.positionals,
        json: args.flags.has('json'),
        ...(previous !== undefined ? { previous } : {}),
      });
    },
  },
  export: {
    synopsis: `export FILE --to ${EXPORT_FORMATS.join('|')} [-o OUT] [--text-encoding windows|unix] [--comparison]`,
    options: [
      { name: 'to', value: `导出格式（${EXPORT_FORMATS.join('、')}）` },
      { name: 'output', short: 'o', value: '输出文件名' },
      { name: 'text-encoding', value: '纯文本的换行方式（windows 或 unix）' },
      { name: 'comparison' },
    ],
    files: { min: 1, max: 1 },
    run: (io, args, synopsis) => {
      const to = args.values.get('to');
      if (to === undefined)
        return Promise.resolve(
          usageError(io, `缺少 --to：要导出为哪种格式（${EXPORT_FORMATS.join('、')}）`, synopsis),
        );
      if (!isExportFormat(to))
        return Promise.resolve(
          usageError(io, `不认识的导出格式：${to}（可选 ${EXPORT_FORMATS.join('、')}）`, synopsis),
        );
      const textEncoding = args.values.get('text-encoding');
      if (textEncoding !== undefined && !isTextEncoding(textEncoding))
        return Promise.resolve(
          usageError(
            io,
            `--text-encoding 应为 windows（CRLF 换行，带 UTF-8 BOM，默认）或 unix（LF 换行，无 BOM），实际为“${textEncoding}”`,
            synopsis,
          ),
        );
      const output = args.values.get('output');
      return runExport(io, {
        file: args.positionals[0]!,
        to,
        ...(output !== undefined ? { output } : {}),
        ...(textEncoding !== undefined ? { textEncoding } : {}),
        comparison: args.flags.has('comparison'),
      });
    },
  },
  template: {
    synopsis: 'template --year Y [--format 2021|2019] [--agency NAME] [-o OUT]',
    options: [
      { name: 'year', value: '模板的报告年度（如 2025）' },
      { name: 'format', value: '报告格式（2021 或 2019，默认按年度）' },
      { name: 'agency', value: '填报单位名称（默认留空，由填报单位填写）' },
      { name: 'output', short: 'o', value: '输出文件名' },
    ],
    files: { min: 0, max: 0 },
    run: (io, args, synopsis) => {
      const yearText = args.values.get('year');
      const year = yearText === undefined ? null : parseYearOption(yearText);
      if (year === null)
        return Promise.resolve(
          usageError(
            io,
            `--year 应为四位数字的年度，例如 2025，实际为“${yearText ?? ''}”`,
            synopsis,
          ),
        );
      const formatText = args.values.get('format');
      const format = FORMAT_IDS.find((f) => f === formatText);
      if (formatText !== undefined && (!format || format !== formatForYear(year)))
        return Promise.resolve(
          usageError(
            io,
            `${year} 年度的报告应使用 ${formatForYear(year)} 格式，--format 为“${formatText}”`,
            synopsis,
          ),
        );
      const agency = args.values.get('agency')?.trim();
      if (agency !== undefined && agency.length > MAX_AGENCY_LENGTH)
        return Promise.resolve(
          usageError(io, `--agency 应不超过 ${MAX_AGENCY_LENGTH} 个字`, synopsis),
        );
      const output = args.values.get('output');
      return runTemplate(io, {
        year,
        ...(format !== undefined ? { format } : {}),
        ...(agency ? { agency } : {}),
        ...(output !== undefined ? { output } : {}),
      });
    },
  },
  rollover: {
    synopsis: 'rollover FILE [--year Y] [--copy-narrative] [--agency NAME] [-o OUT]',
    options: [
      { name: 'year', value: '新报告的年度（如 2025）' },
      { name: 'copy-narrative' },
      { name: 'agency', value: '机关名称' },
      { name: 'output', short: 'o', value: '输出文件名' },
    ],
    files: { min: 1, max: 1 },
    run: (io, args, synopsis) => {
      const yearText = args.values.get('year');
      const year = yearText === undefined ? undefined : parseYearOption(yearText);
      if (year === null)
        return Promise.resolve(
          usageError(io, `--year 应为四位数字的年度，例如 2025，实际为“${yearText}”`, synopsis),
        );
      const agency = args.values.get('agency');
      const output = args.values.get('output');
      return runRollover(io, {
        file: args.positionals[0]!,
        copyNarrative: args.flags.has('copy-narrative'),
        ...(year !== undefined ? { year } : {}),
        ...(agency !== undefined ? { agency } : {}),
        ...(output !== undefined ? { output } : {}),
      });
    },
  },
  aggregate: {
    synopsis: 'aggregate FILE… [-o OUT] [--agency NAME] [--year Y]',
    options: [
      { name: 'output', short: 'o', value: '输出文件名' },
      { name: 'agency', value: '汇总报告的单位名称' },
      { name: 'year', value: '汇总报告的年度（如 2024）' },
    ],
    files: { min: 1, max: Infinity },
    run: (io, args, synopsis) => {
      const yearText = args.values.get('year');
      const year = yearText === undefined ? undefined : parseAggregateYear(yearText);
      if (year === null)
        return Promise.resolve(
          usageError(
            io,
            `--year 应为 2008 至 2100 之间的四位年度，例如 2024，实际为“${yearText}”`,
            synopsis,
          ),
        );
      const agency = args.values.get('agency')?.trim();
      if (agency === '' || (agency !== undefined && agency.length > MAX_AGENCY_LENGTH))
        return Promise.resolve(
          usageError(io, `--agency 应为 1 至 ${MAX_AGENCY_LENGTH} 个字的单位名称`, synopsis),
        );
      const output = args.values.get('output');
      return runAggregate(io, {
        files: args.positionals,
        ...(output !== undefined ? { output } : {}),
        ...(agency !== undefined ? { agency } : {}),
        ...(year !== undefined ? { year } : {}),
      });
    },
  },
  narrative: {
    synopsis:
      'narrative FILE [--previous FILE] [--fee-notices N,元] [--fees-collected N,元] [--fees-none]',
    options: [
      { name: 'previous', value: '上年报告的文件名' },
      { name: 'fee-notices', value: '发出收费通知的件数和金额（如 3,1200）' },
      { name: 'fees-collected', value: '实际收取的件数和金额（如 2,800）' },
      { name: 'fees-none' },
    ],
    files: { min: 1, max: 1 },
    run: (io, args, synopsis) => {
      const previous = args.values.get('previous');
      const noticesText = args.values.get('fee-notices');
      const collectedText = args.values.get('fees-collected');
      const none = args.flags.has('fees-none');
      if (none && (noticesText !== undefined || collectedText !== undefined))
        return Promise.resolve(
          usageError(io, '--fees-none 不能与 --fee-notices、--fees-collected 同时使用', synopsis),
        );
      const notices = noticesText === undefined ? undefined : parseFeePair(noticesText);
      const collected = collectedText === undefined ? undefined : parseFeePair(collectedText);
      for (const [option, text, pair] of [
        ['--fee-notices', noticesText, notices],
        ['--fees-collected', collectedText, collected],
      ] as const)
        if (pair === null)
          return Promise.resolve(
            usageError(
              io,
              `${option} 应写成“件数,金额（元）”，例如 3,1200，实际为“${text}”`,
              synopsis,
            ),
          );
      const given = none || notices !== undefined || collected !== undefined;
      return runNarrative(io, {
        file: args.positionals[0]!,
        ...(previous !== undefined ? { previous } : {}),
        ...(given
          ? {
              fees: {
                noticesIssued: notices?.count ?? 0,
                noticesAmount: notices?.amount ?? 0,
                collectedCases: collected?.count ?? 0,
                collectedAmount: collected?.amount ?? 0,
              },
            }
          : {}),
      });
    },
  },
  charts: {
    synopsis: 'charts FILE [--previous FILE] [-o DIR]',
    options: [
      { name: 'previous', value: '上年报告的文件名' },
      { name: 'output', short: 'o', value: '输出文件夹' },
    ],
    files: { min: 1, max: 1 },
    run: (io, args) => {
      const previous = args.values.get('previous');
      const output = args.values.get('output');
      return runCharts(io, {
        file: args.positionals[0]!,
        ...(previous !== undefined ? { previous } : {}),
        ...(output !== undefined ? { output } : {}),
      });
    },
  },
};

const HELP = new Set(['--help', '-h', 'help']);

/** Whether the user asked for help anywhere before a `--`. */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP.has(name) || asksForHelp(argv)) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command)
    return usageError(
      io,
      name.startsWith('-')
        ? `请先写命令（${Object.keys(COMMANDS).join('、')}），再写选项`
        : `不认识的命令：${name}`,
    );
  const args = parseArgs(rest, command.options);
  if (!args.ok) return usageError(io, args.message, command.synopsis);
  if (args.positionals.length < command.files.min)
    return usageError(io, `${name} 命令缺少文件名`, command.synopsis);
  if (args.positionals.length > command.files.max) {
    return usageError(
      io,
      `${name} 命令只能给一个文件，多余的参数：${args.positionals.slice(command.files.max).join(' ')}`,
      command.synopsis,
    );
  }
  return command.run(io, args, command.synopsis);
}

/**
 * Runs one `xxgk` command and gives its exit code: 0 no errors, 1 the report has errors,
 * 2 nothing usable (unreadable or unrecognised file, usage error).
 * @example await runCli(['check', 'report.json', '--json'], io) // 0 or 1
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    // A bug of ours, not a problem of the user's file: say so, with what a developer needs.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`xxgk 内部错误，请把以下信息和所用文件反馈给开发者：\n${detail}\n`);
    return EXIT_FAILURE;
  }
}
