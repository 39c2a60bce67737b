import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { formatForYear, getTemplate } from '../../domain/index.ts';
import {
  FIRST_SUPPORTED_YEAR,
  reportIdentitySchema,
  type ReportIdentity,
  usualReportYear,
} from '../shared/report-identity.ts';

/** Creates a report for an agency and year; the official format follows from the year. */
export function NewDraftForm({
  onCreate,
}: {
  readonly onCreate: (agency: string, year: number) => void;
}) {
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<ReportIdentity>({
    resolver: zodResolver(reportIdentitySchema),
    defaultValues: { agency: '', year: usualReportYear() },
  });
  const year = useWatch({ control, name: 'year' });
  return (
    <form
      className="new-draft"
      onSubmit={handleSubmit((v) => onCreate(v.agency.trim(), v.year))}
      noValidate
    >
      <h2>新建年度报告</h2>
      <div className="field">
        <label htmlFor="new-agency">机关名称</label>
        <input
          id="new-agency"
          autoComplete="organization"
          aria-invalid={errors.agency ? 'true' : 'false'}
          aria-describedby="new-agency-error"
          {...register('agency')}
        />
        <span id="new-agency-error" className="field-error">
          {errors.agency?.message}
        </span>
      </div>
      <div className="field">
        <label htmlFor="new-year">年度</label>
        <input
          id="new-year"
          type="number"
          inputMode="numeric"
          aria-invalid={errors.year ? 'true' : 'false'}
          aria-describedby="new-year-error new-year-format"
          {...register('year', { valueAsNumber: true })}
        />
        <span id="new-year-error" className="field-error">
          {errors.year?.message}
        </span>
      </div>
      <p id="new-year-format" className="hint">
        {Number.isInteger(year) && year >= FIRST_SUPPORTED_YEAR
          ? `使用格式：${getTemplate(formatForYear(year)).document}`
          : ''}
      </p>
      <button type="submit" className="primary">
        新建报告
      </button>
    </form>
  );
}
