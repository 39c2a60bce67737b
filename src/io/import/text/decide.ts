/** Deciding the report's format, year and agency from what the text prints, with findings. */
import {
  formatForYear,
  FORMAT_IDS,
  MAX_AGENCY_LENGTH,
  note,
  type FormatId,
} from '../../../domain/index.ts';
import type { Detected, ImportFinding, ImportOptions } from '../import.types.ts';
import { SIGNATURE_DATE } from './closing.ts';
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
  if (format.how === 'labels') {
    const other = votes.find((v) => v.format !== format.value && v.score > 0);
    // A label of the other format among them ("规范性文件" for 行政规范性文件) is a doubt only
    // when the year does not agree with the labels either: the year decides the format.
    const doubt = other !== undefined && formatForYear(year) !== format.value;
    out.push(
      note('import.format.labels', doubt ? 'warning' : 'info', {
        format: format.value,
        evidence: format.evidence!.slice(0, 4),
        ...(other ? { other: { format: other.format, evidence: other.evidence.slice(0, 3) } } : {}),
        year,
        doubt,
      }),
    );
  } else {
    out.push(
      note('import.format.assumed', 'warning', {
        format: format.value,
        ...(format.how === 'year' ? { year } : {}),
      }),
    );
  }
  const expected = formatForYear(year);
  if (format.how === 'labels' && expected !== format.value)
    out.push(note('import.format.year', 'warning', { year, expected, printed: format.value }));
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
      findings.push(note('import.year.option', 'info', { year: title.year, option: options.year }));
    return { value: title.year, how: 'title', evidence: [title.printed] };
  }
  if (options.year !== undefined && plausibleYear(options.year))
    return { value: options.year, how: 'option' };
  for (const line of [...preamble.slice(0, 5), ...overview.slice(0, 3)]) {
    const year = yearIn(line.text);
    if (year !== undefined) {
      findings.push(
        note(
          'import.year.text',
          'warning',
          { hasTitle: title !== undefined, line: line.number, year },
          { source: { line: line.number, text: line.raw } },
        ),
      );
      return { value: year, how: 'text', evidence: [line.raw] };
    }
  }
  if (options.fallbackYear !== undefined && plausibleYear(options.fallbackYear)) {
    findings.push(
      note('import.year.fallback', 'warning', {
        hasTitle: title !== undefined,
        year: options.fallbackYear,
      }),
    );
    return { value: options.fallbackYear, how: 'fallback' };
  }
  return undefined;
}

/** "本报告由XX市人民政府办公室（根据…）编制": the agency that compiled the report. */
const COMPILED_BY =
  /本(?:年度)?报告由([\p{Script=Han}（）()·]{2,40}?)(?:根据|依据|按照|依照|负责|组织|牵头|编制|汇总)/u;
/** How many lines at the end of the text a 落款 is looked for in. */
const SIGNATURE_LINES = 6;

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
      findings.push(
        note('import.agency.option', 'info', { agency: found.value, option: options.agency }),
      );
    return found;
  }
  if (options.agency) return { value: options.agency.slice(0, MAX_AGENCY_LENGTH), how: 'option' };
  findings.push(
    note(
      'import.agency.missing',
      'warning',
      title ? { from: 'title', title: title.printed } : { from: 'noTitle' },
    ),
  );
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
