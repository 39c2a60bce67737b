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
import { isAgencyLine, plausibleYear, yearIn, type TitleInfo } from './title.ts';

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
    // A label of the other format among them ("规范性文件" for 行政规范性文件) is a doubt only
    // when the year does not agree with the labels either: the year decides the format.
    const doubt = other !== undefined && formatForYear(year) !== format.value;
    out.push({
      code: 'import.format.labels',
      severity: doubt ? 'warning' : 'info',
      message: `表格按 ${format.value} 年格式（${document}）读取：印有${format
        .evidence!.slice(0, 4)
        .map((e) => `“${e}”`)
        .join('、')}${
        other
          ? `；也有 ${other.format} 年格式的栏目${other.evidence
              .slice(0, 3)
              .map((e) => `“${e}”`)
              .join(
                '、',
              )}${doubt ? '，请核对' : `，按报告年度 ${year} 读作 ${format.value} 年格式`}`
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

/** "本报告由XX市人民政府办公室（根据…）编制": the agency that compiled the report. */
const COMPILED_BY =
  /本(?:年度)?报告由([\p{Script=Han}（）()·]{2,40}?)(?:根据|依据|按照|依照|负责|组织|牵头|编制|汇总)/u;
/** A 落款's date: 2025年1月20日, 2025 年 1 月 20 日, 二〇二五年一月二十日. */
const SIGNATURE_DATE =
  /^(?:(?:19|20)\d{2}|[二〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/u;
/** How many lines at the end of the text a 落款 is looked for in. */
const SIGNATURE_LINES = 6;

/** Whether a line is a 落款's date alone. */
export function isSignatureDate(text: string): boolean {
  return SIGNATURE_DATE.test(text.trim());
}

/**
 * The section's lines without the 落款 that may end the document: the agency on its own line,
 * with or without the date under it (our Word and web-page exports end so).
 */
export function withoutSignature(lines: readonly SourceLine[]): readonly SourceLine[] {
  let end = lines.length;
  if (end > 0 && isSignatureDate(lines[end - 1]!.text)) end--;
  if (end > 0 && isAgencyLine(lines[end - 1]!.text)) return lines.slice(0, end - 1);
  return lines;
}

/** Where else than in the title a report names its agency. */
export interface AgencyClues {
  /** Every line of the text, for the 本报告由…编制 sentence and the 落款. */
  readonly lines: readonly SourceLine[];
  /** The agency the web page's <title> names (the HTML importer). */
  readonly pageTitleAgency?: string;
}

/** The agency of the "本报告由…编制" sentence, if any. */
export function compilingAgency(lines: readonly SourceLine[]): string | undefined {
  for (const line of lines.slice(0, 400)) {
    const m = COMPILED_BY.exec(line.text.replace(/\s+/gu, ''));
    if (m && isAgencyLine(m[1]!)) return m[1]!;
  }
  return undefined;
}

/** The agency of the 落款: a name on its own line just above the date at the end. */
export function signatureAgency(lines: readonly SourceLine[]): string | undefined {
  const tail = lines.slice(-SIGNATURE_LINES);
  for (let i = tail.length - 1; i > 0; i--)
    if (SIGNATURE_DATE.test(tail[i]!.text.trim()) && isAgencyLine(tail[i - 1]!.text))
      return tail[i - 1]!.text.replace(/\s+/gu, '');
  return undefined;
}

/**
 * The title's agency (its own line, or the line above the year title); else the web page's
 * <title>, the 本报告由…编制 sentence, the 落款; else the caller's; else none (with a finding).
 */
export function decideAgency(
  title: TitleInfo | undefined,
  options: ImportOptions,
  findings: ImportFinding[],
  clues: AgencyClues = { lines: [] },
): Detected<string> {
  const found = agencyFromText(title, clues);
  if (found) {
    if (options.agency && options.agency !== found.value)
      findings.push({
        code: 'import.agency.option',
        severity: 'info',
        message: `报告写的机关是“${found.value}”，按报告读取（而不是指定的“${options.agency}”）`,
      });
    return found;
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

function agencyFromText(
  title: TitleInfo | undefined,
  clues: AgencyClues,
): Detected<string> | undefined {
  const fit = (agency: string): string => agency.slice(0, MAX_AGENCY_LENGTH);
  // Set only when the page prints no title of its own (its <title> stands for it).
  if (clues.pageTitleAgency)
    return {
      value: fit(clues.pageTitleAgency),
      how: 'pageTitle',
      evidence: [clues.pageTitleAgency],
    };
  if (title?.agency)
    return {
      value: fit(title.agency),
      how: title.agencyAbove ? 'titleAbove' : 'title',
      evidence: [title.printed],
    };
  const compiled = compilingAgency(clues.lines);
  if (compiled) return { value: fit(compiled), how: 'sentence', evidence: [compiled] };
  const signed = signatureAgency(clues.lines);
  if (signed) return { value: fit(signed), how: 'signature', evidence: [signed] };
  return undefined;
}
