import { EXIT_FAILURE, EXIT_OK, type CliIo } from '../cli-io.ts';
import { oneLine } from '../format-findings.ts';
import { writeFailure } from '../write-failure.ts';
import { formatForYear, type FormatId } from '../../domain/index.ts';

export interface TemplateOptions {
  readonly year: number;
  readonly format?: FormatId;
  readonly agency?: string;
  readonly output?: string;
}

/** The default file name of an empty template, e.g. "填报模板-2025年度-2021格式.xlsx". */
export function templateFileName(year: number, format: FormatId, agency = ''): string {
  const who = agency.replace(/[\\/:*?"<>|\s]+/gu, '');
  return `${who ? `${who}-` : ''}填报模板-${year}年度-${format}格式.xlsx`;
}

/**
 * `template --year Y [--format F] [--agency NAME] [-o OUT]`: the empty Excel template to send out
 * (下发填报模板): the three tables as the printed form, totals as formulas, the identity block.
 */
export async function runTemplate(io: CliIo, options: TemplateOptions): Promise<number> {
  const format = options.format ?? formatForYear(options.year);
  const { renderXlsxTemplate } = await import('../../io/export/xlsx/index.ts');
  const data = await renderXlsxTemplate({
    year: options.year,
    format,
    ...(options.agency !== undefined ? { agency: options.agency } : {}),
  });
  const target = options.output ?? templateFileName(options.year, format, options.agency);
  try {
    await io.writeFile(target, data);
  } catch (error) {
    io.stderr(`无法写入 ${oneLine(target)}：${oneLine(writeFailure(error))}\n`);
    return EXIT_FAILURE;
  }
  io.stderr(`已生成 ${options.year} 年度填报模板（Excel 表格 xlsx）：${oneLine(target)}\n`);
  return EXIT_OK;
}
