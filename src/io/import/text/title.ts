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
  /** The agency was printed on its own line(s) above the year title (the usual two-line title). */
  readonly agencyAbove?: boolean;
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
      // Only a title's last line ends in 报告 (a menu: 年度报告 / 2024年度报告 / 2023年度报告).
      if (first < last && TITLE_END.test(line.text.replace(/\s+/gu, ''))) break;
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
  const title = found.find((t) => compact(t.printed) === same) ?? nearest;
  return title.agency ? title : withAgencyAbove(title, lines);
}

/** How many lines above a year title may hold the agency's name ("XX市" / "XX局"). */
const MAX_AGENCY_LINES = 2;

/**
 * The usual two-line title of a local report: the agency on the line(s) above
 * "2024年政府信息公开工作年度报告". The lines become part of the title.
 */
function withAgencyAbove(title: TitleInfo, lines: readonly SourceLine[]): TitleInfo {
  let first = title.first;
  while (
    first > 0 &&
    title.first - first < MAX_AGENCY_LINES &&
    isAgencyLine(lines[first - 1]!.text)
  )
    first--;
  if (first === title.first) return title;
  const above = lines.slice(first, title.first);
  const agency = above.map((l) => l.text.replace(/\s+/gu, '')).join('');
  if (agency.length > MAX_AGENCY_NAME) return title;
  return {
    ...title,
    first,
    printed: [...above.map((l) => l.raw), title.printed].join(''),
    agency,
    agencyAbove: true,
  };
}

/** Longer than any agency's name (中共…委员会…办公室 included). */
const MAX_AGENCY_NAME = 40;
/**
 * How the names of agencies end: 外交部, XX市人民政府, XX局, XX委员会, XX办公室, XX街道办事处,
 * XX镇, XX管委会, XX中心, XX集团 …
 */
const AGENCY_END =
  /(?:部|委|局|厅|办|室|会|府|院|署|中心|处|镇|乡|街道|区|县|市|旗|州|盟|省|馆|所|站|司|行|队|团|校|学|社|台|组|园)$/u;
/** Words a menu, a breadcrumb or a heading has, an agency's name does not. */
const NOT_AGENCY =
  /公开|报告|年报|首页|位置|导航|栏目|[>＞»›：:|｜\d０-９]|^[(（]?[一二三四五六七八九十]+[、)）]/u;

/**
 * A line that is an agency's name and nothing else (Chinese, a numbered unit such as "第22中学"
 * allowed, short, ending as names end).
 */
export function isAgencyLine(text: string): boolean {
  const bare = text.replace(/\s+/gu, '').replace(/[《》]/gu, '');
  // A numbered unit (某某县第22局, 第3中学) is a name; other digits are not.
  const named = bare.replace(/第[\d０-９]{1,3}(?=\p{Script=Han})/gu, '第');
  return (
    bare.length >= 2 &&
    bare.length <= MAX_AGENCY_NAME &&
    /^[\p{Script=Han}（）()·]+$/u.test(named) &&
    AGENCY_END.test(named) &&
    !NOT_AGENCY.test(named)
  );
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
