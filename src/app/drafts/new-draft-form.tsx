import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { formatForYear, getTemplate, isFutureYear } from '../../domain/index.ts';
import { ChoiceDialog } from '../shared/choice-dialog.tsx';
import {
  FIRST_SUPPORTED_YEAR,
  reportIdentitySchema,
  type ReportIdentity,
  yearToDraft,
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
    setValue,
    setFocus,
    formState: { errors },
  } = useForm<ReportIdentity>({
    resolver: zodResolver(reportIdentitySchema),
    defaultValues: { agency: '', year: yearToDraft() },
  });
  const year = useWatch({ control, name: 'year' });
  /** A year that has not begun, waiting for the user to confirm it. */
  const [confirming, setConfirming] = useState<ReportIdentity | null>(null);
  return (
    <form
      className="new-draft"
      onSubmit={handleSubmit((v) => {
        if (isFutureYear(v.year, new Date())) setConfirming(v);
        else onCreate(v.agency.trim(), v.year);
      })}
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
      <p className="hint">有上年的报告文件？用下方“导入上年报告”开始，上年结转自动填入。</p>
      {confirming && (
        <FutureYearDialog
          year={confirming.year}
          onAnswer={(answer) => {
            setConfirming(null);
            if (answer === 'create') onCreate(confirming.agency.trim(), confirming.year);
            else {
              if (answer === 'usual') setValue('year', yearToDraft(), { shouldValidate: true });
              setFocus('year');
            }
          }}
        />
      )}
    </form>
  );
}

type FutureYearAnswer = 'create' | 'usual' | 'back';

/** Asks before a report on a year that has not begun is created: most often a typo. */
function FutureYearDialog({
  year,
  onAnswer,
}: {
  readonly year: number;
  readonly onAnswer: (answer: FutureYearAnswer) => void;
}) {
  const usual = yearToDraft();
  return (
    <ChoiceDialog<FutureYearAnswer>
      heading={`${year} 年度还没有开始`}
      cancel="back"
      onAnswer={onAnswer}
      choices={[
        { answer: 'usual', label: `改为 ${usual} 年度`, autoFocus: true },
        { answer: 'create', label: `仍然新建 ${year} 年度报告` },
        { answer: 'back', label: '返回修改' },
      ]}
    >
      <p>
        年度报告统计的是已经开始的年度，现在编写的通常是 {usual} 年度的报告。确定要新建 {year}{' '}
        年度的报告吗？
      </p>
    </ChoiceDialog>
  );
}
