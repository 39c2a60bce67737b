/**
 * The report's properties as the dialog edits them (机关名称, 年度, 落款日期, 联系方式) and what
 * saving them does to the report: the year's format follows (domain changeReportYear), the
 * 落款 is the report's `publication`.
 */
import {
  changeReportYear,
  type Publication,
  type Report,
  type YearChange,
} from '../../domain/index.ts';
import { reportIdentitySchema } from '../shared/report-identity.ts';

export interface PropertiesInput {
  readonly agency: string;
  readonly year: number;
  /** YYYY-MM-DD or ''. */
  readonly date: string;
  readonly contact: string;
}

export const MAX_CONTACT_LENGTH = 2000;

export type PropertiesPlan =
  | { readonly ok: false; readonly field: keyof PropertiesInput; readonly message: string }
  | {
      readonly ok: true;
      readonly report: Report;
      /** Set when the year's format differs: the change must be explained and confirmed. */
      readonly formatChange?: YearChange;
    };

export function propertiesOf(report: Report): PropertiesInput {
  return {
    agency: report.agency,
    year: report.year,
    date: report.publication?.date ?? '',
    contact: report.publication?.contact ?? '',
  };
}

/** What saving `input` makes of `report`, or the first field that is wrong and why. */
export function planProperties(report: Report, input: PropertiesInput): PropertiesPlan {
  const identity = reportIdentitySchema.safeParse({ agency: input.agency, year: input.year });
  if (!identity.success) {
    const issue = identity.error.issues[0];
    const field = issue?.path[0] === 'year' ? 'year' : 'agency';
    return { ok: false, field, message: issue?.message ?? '请检查填写的内容' };
  }
  if (input.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    return { ok: false, field: 'date', message: '日期应写成 YYYY-MM-DD，例如 2026-01-20' };
  if (input.contact.length > MAX_CONTACT_LENGTH)
    return {
      ok: false,
      field: 'contact',
      message: `联系方式过长（最多 ${MAX_CONTACT_LENGTH} 字）`,
    };
  const { agency, year } = identity.data;
  const change = year === report.year ? undefined : changeReportYear(report, year);
  const base = change ? change.report : report;
  const publication: Publication = {
    ...(input.date !== '' ? { date: input.date } : {}),
    ...(input.contact.trim() !== '' ? { contact: input.contact.trim() } : {}),
  };
  const next: Report = { ...base, agency };
  delete next.publication;
  if (Object.keys(publication).length > 0) next.publication = publication;
  return {
    ok: true,
    report: next,
    ...(change && change.from !== change.to ? { formatChange: change } : {}),
  };
}
