/**
 * The report's title, and the year and agency it names. Titles are printed in many ways:
 *   外交部政府信息公开工作 / 2024 年度报告          (broken over two lines)
 *   XX市XX局2024年政府信息公开工作年度报告
 *   2024年XX市XX局政府信息公开工作年度报告
 *   XX市人民政府办公室关于2024年度政府信息公开工作年度报告
 *   XX区政府信息公开工作年度报告（2024年度）
 */
import { compact, type SourceLine } from './normalise.ts';

export interface TitleInfo {
  /** Indexes (into the lines) of the title's lines. */
  readonly first: number;
  readonly last: number;
  /** The title as printed, its lines joined. */
  readonly printed: string;
  readonly year?: number;
  readonly agency?: string;
}

const MAX_TITLE_LINES = 3;
const MAX_TITLE_LINE_LENGTH = 50;
const SUBJECT = /政府信息公开|政务公开|信息公开/u;
/** A title ends with 报告 / 年报, maybe followed by "（2024年度）". */
const TITLE_END = /(报告|年报)([(（][^()（）]{0,12}[)）])?$/u;
/** Titles are not sentences. */
const SENTENCE = /[。；;！!？?]|[，,].*[，,]/u;
const YEAR = /(?:^|[^\d])((?:19|20)\d{2})\s*年/u;

/** A year the report may be on (the schema's range). */
export function plausibleYear(year: number): boolean {
  return year >= 2008 && year <= 2100;
}

/** The first plausible "2024 年" in a text. */
export function yearIn(text: string): number | undefined {
  const m = YEAR.exec(text);
  const year = m ? Number(m[1]) : NaN;
  return plausibleYear(year) ? year : undefined;
}

/** How far into the text a title is looked for (a copied web page has its menus first). */
const MAX_TITLE_SEARCH = 200;

/**
 * Finds the title among the lines before `end` (the first section heading): up to three
 * consecutive short lines that together name 政府信息公开/政务公开 and a 报告/年报. When several
 * lines read as titles (a whole web page copied: its menu item 政府信息公开年度报告, a link to
 * last year's report, then the report's own title), the one nearest the report's text wins,
 * preferring a title that names its year; a title repeated at the top of every page (a PDF's
 * running header) counts from where it is first printed.
 */
export function findTitle(lines: readonly SourceLine[], end: number): TitleInfo | undefined {
  const limit = Math.min(end, MAX_TITLE_SEARCH, lines.length);
  const found: TitleInfo[] = [];
  // A title ends at a line that closes a title; it starts as late as possible.
  for (let last = 0; last < limit; last++) {
    let joined = '';
    for (let first = last; first >= Math.max(0, last - MAX_TITLE_LINES + 1); first--) {
      const line = lines[first]!;
      if (line.text.length > MAX_TITLE_LINE_LENGTH) break;
      joined = line.text + joined;
      const bare = joined.replace(/\s+/gu, '').replace(/[《》〈〉]/gu, '');
      if (SENTENCE.test(bare)) break;
      if (SUBJECT.test(bare) && TITLE_END.test(bare)) {
        const printed = lines
          .slice(first, last + 1)
          .map((l) => l.raw)
          .join('');
        const year = yearIn(joined);
        const agency = agencyIn(joined);
        found.push({
          first,
          last,
          printed,
          ...(year !== undefined ? { year } : {}),
          ...(agency ? { agency } : {}),
        });
        break;
      }
    }
  }
  const nearest = [...found].reverse().find((t) => t.year !== undefined) ?? found.at(-1);
  if (!nearest) return undefined;
  const same = compact(nearest.printed);
  return found.find((t) => compact(t.printed) === same) ?? nearest;
}

/**
 * The agency named in a title: what precedes 政府信息公开 (or 政务公开), once the year, 关于 and
 * quotation marks are taken out.
 * @example agencyIn('XX市XX局2024年政府信息公开工作年度报告') // 'XX市XX局'
 */
export function agencyIn(title: string): string | undefined {
  let t = title.replace(/\s+/gu, '').replace(/[《》〈〉"“”]/gu, '');
  t = t.replace(/[(（]?(?:19|20)\d{2}年度?[)）]?/u, '');
  const m = SUBJECT.exec(t);
  if (!m) return undefined;
  let agency = t.slice(0, m.index);
  agency = agency.replace(/(关于|本机关|的|年度)+$/u, '').replace(/^(关于)/u, '');
  agency = agency.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return compact(agency) && agency.length <= 60 ? agency : undefined;
}
