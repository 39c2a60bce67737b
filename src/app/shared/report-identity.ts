/** Who reports for which year: the rules the new-draft form and the import review both apply. */
import { z } from 'zod';
import { MAX_AGENCY_LENGTH, previousReportYear, yearBeingReported } from '../../domain/index.ts';

export const FIRST_SUPPORTED_YEAR = 2019;

export const reportIdentitySchema = z.object({
  agency: z
    .string()
    .trim()
    .min(1, { error: '请填写机关名称' })
    .max(MAX_AGENCY_LENGTH, { error: `机关名称过长（最多 ${MAX_AGENCY_LENGTH} 字）` }),
  year: z
    .number({ error: '请填写年度（如 2025）' })
    .int({ error: '年度应为整数' })
    .min(FIRST_SUPPORTED_YEAR, { error: `本工具支持 ${FIRST_SUPPORTED_YEAR} 年度及以后的报告` })
    .max(2100, { error: '年度不对' }),
});
export type ReportIdentity = z.infer<typeof reportIdentitySchema>;

/** The year a new draft proposes: the year being reported today (this year from October on). */
export const yearToDraft = (): number => yearBeingReported(new Date());

/**
 * The year assumed for an imported 上年报告 whose text names none: the report before the one being
 * drafted today (asked to be checked on the review screen).
 */
export const usualReportYear = (): number => previousReportYear(new Date());
