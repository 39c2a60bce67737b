/** Deciding the report's format, year and agency from what the text prints, with findings. */
import {
  formatForYear,
  FORMAT_IDS,
  getTemplate,
  MAX_AGENCY_LENGTH,
  type FormatId,
} from '../../../domain/index.ts';
import type { Detected, ImportFinding, ImportOptions } from '../import.types.ts';
import type { FormatVote } from './detect-format.ts';
import type { SourceLine } from './normalise.ts';
import { plausibleYear, yearIn, type TitleInfo } from './title.ts';

/** The format the tables are printed in; by the year (with a finding) when they do not tell. */
export function decideFormat(
  votes: readonly FormatVote[],
  year: number | undefined,
): Detected<FormatId> {
  const [best, second] = votes;
  if (best && best.score > 0 && (!second || best.score > second.score))
    return { value: best.format, how: 'labels', evidence: best.evidence };
  if (year !== undefined) return { value: formatForYear(year), how: 'year' };
  return { value: FORMAT_IDS[0]!, how: 'none' };
}

export function formatFindings(
  format: Detected<FormatId>,
  year: number,
  votes: readonly FormatVote[],
): ImportFinding[] {
  const out: ImportFinding[] = [];
  const document = getTemplate(format.value).document;
  if (format.how === 'labels') {
    const other = votes.find((v) => v.format !== format.value && v.score > 0);
    out.push({
      code: 'import.format.labels',
      severity: other ? 'warning' : 'info',
      message: `表格按 ${format.value} 年格式（${document}）读取：印有${format
        .evidence!.slice(0, 4)
        .map((e) => `“${e}”`)
        .join('、')}${
        other
          ? `；但也有 ${other.format} 年格式的栏目${other.evidence
              .slice(0, 3)
              .map((e) => `“${e}”`)
              .join('、')}，请核对`
          : ''
      }`,
    });
  } else {
    out.push({
      code: 'import.format.assumed',
      severity: 'warning',
      message: `表格栏目不足以判断格式，按${format.how === 'year' ? `报告年度 ${year}` : '默认'}采用 ${format.value} 年格式（${document}），请核对`,
    });
  }
  const expected = formatForYear(year);
  if (format.how === 'labels' && expected !== format.value)
    out.push({
      code: 'import.format.year',
      severity: 'warning',
      message: `${year} 年度报告应使用 ${expected} 年格式，但表格印的是 ${format.value} 年格式；已按印出的格式读取`,
    });
  return out;
}

/** The title's year; else the caller's; else the first year in the opening lines. */
export function decideYear(
  title: TitleInfo | undefined,
  preamble: readonly SourceLine[],
  overview: readonly SourceLine[],
  options: ImportOptions,
  findings: ImportFinding[],
): Detected<number> | undefined {
  if (title?.year !== undefined) {
    if (options.year !== undefined && options.year !== title.year)
      findings.push({
        code: 'import.year.option',
        severity: 'info',
        message: `标题写的是 ${title.year} 年度，按标题读取（而不是指定的 ${options.year}）`,
      });
    return { value: title.year, how: 'title', evidence: [title.printed] };
  }
  if (options.year !== undefined && plausibleYear(options.year))
    return { value: options.year, how: 'option' };
  for (const line of [...preamble.slice(0, 5), ...overview.slice(0, 3)]) {
    const year = yearIn(line.text);
    if (year !== undefined) {
      findings.push({
        code: 'import.year.text',
        severity: 'warning',
        message: `${title ? '标题中没有年份' : '没有找到报告标题'}，按第 ${line.number} 行的“${year}年”读作 ${year} 年度，请核对`,
        source: { line: line.number, text: line.raw },
      });
      return { value: year, how: 'text', evidence: [line.raw] };
    }
  }
  if (options.fallbackYear !== undefined && plausibleYear(options.fallbackYear)) {
    findings.push({
      code: 'import.year.fallback',
      severity: 'warning',
      message: `${title ? '标题中没有年份' : '没有找到报告标题'}，开头也没有写明年份：暂按 ${options.fallbackYear} 年度读取，请核对`,
    });
    return { value: options.fallbackYear, how: 'fallback' };
  }
  return undefined;
}

/** The title's agency; else the caller's; else none (with a finding). */
export function decideAgency(
  title: TitleInfo | undefined,
  options: ImportOptions,
  findings: ImportFinding[],
): Detected<string> {
  if (title?.agency) {
    if (options.agency && options.agency !== title.agency)
      findings.push({
        code: 'import.agency.option',
        severity: 'info',
        message: `标题写的机关是“${title.agency}”，按标题读取（而不是指定的“${options.agency}”）`,
      });
    return { value: title.agency, how: 'title', evidence: [title.printed] };
  }
  if (options.agency) return { value: options.agency.slice(0, MAX_AGENCY_LENGTH), how: 'option' };
  findings.push({
    code: 'import.agency.missing',
    severity: 'warning',
    message: title
      ? `没有从标题“${title.printed}”中识别出机关名称，请补填`
      : '没有找到报告标题，未识别出机关名称，请补填',
  });
  return { value: '', how: 'none' };
}
