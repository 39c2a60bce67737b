/**
 * 报告信息: the report's 机关名称, 年度, 落款日期 and 联系方式, editable after the draft was
 * created (and, from the drafts list, the list's name). A year in the other format is explained
 * and confirmed first, naming every figure that would be dropped. A modal <dialog>: Escape or
 * 取消 closes it, and focus goes back where it came from (the opener's job: onClose).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  FORMAT_WORDS,
  yearChangeWords,
  formatForYear,
  MAX_ROLLOVER_YEAR,
  type Report,
  type YearChange,
} from '../../domain/index.ts';
import { formatCellValue } from '../format-number.ts';
import { FIRST_SUPPORTED_YEAR } from '../shared/report-identity.ts';
import {
  MAX_CONTACT_LENGTH,
  planProperties,
  propertiesOf,
  type PropertiesInput,
} from './report-properties.ts';
import './report-properties.css';

export interface ReportPropertiesDialogProps {
  readonly report: Report;
  /** The draft's name in the list; shown (and editable) only when given. */
  readonly name?: string;
  readonly onSave: (report: Report, name: string | undefined) => void;
  readonly onClose: () => void;
}

/** How many dropped figures are listed by name (the rest are counted). */
const LISTED = 12;

export function ReportPropertiesDialog({
  report,
  name,
  onSave,
  onClose,
}: ReportPropertiesDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [input, setInput] = useState<PropertiesInput>(() => propertiesOf(report));
  const [yearText, setYearText] = useState(String(report.year));
  const [nameText, setNameText] = useState(name ?? '');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [confirm, setConfirm] = useState<{ report: Report; change: YearChange } | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const finish = (next: Report) => {
    onSave(next, name === undefined ? undefined : nameText.trim());
    dialog.current?.close();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const year = yearText.trim() === '' ? Number.NaN : Number(yearText);
    const plan = planProperties(report, { ...input, year });
    if (!plan.ok) {
      setError({ field: plan.field, message: plan.message });
      document.getElementById(`${id}-${plan.field}`)?.focus();
      return;
    }
    setError(null);
    if (plan.formatChange) setConfirm({ report: plan.report, change: plan.formatChange });
    else finish(plan.report);
  };

  const field = (key: keyof PropertiesInput | 'name') => ({
    id: `${id}-${key}`,
    'aria-invalid': error?.field === key ? true : undefined,
    'aria-describedby': error?.field === key ? `${id}-error` : undefined,
  });
  const year = Number(yearText);
  const yearFormat =
    Number.isInteger(year) && year >= FIRST_SUPPORTED_YEAR && year <= MAX_ROLLOVER_YEAR
      ? formatForYear(year)
      : undefined;

  return (
    <dialog
      ref={dialog}
      className="report-properties"
      aria-labelledby={`${id}-heading`}
      onClose={onClose}
    >
      <h2 id={`${id}-heading`}>报告信息</h2>
      {confirm ? (
        <FormatChangeConfirm
          change={confirm.change}
          onConfirm={() => finish(confirm.report)}
          onBack={() => {
            setConfirm(null);
            requestAnimationFrame(() => document.getElementById(`${id}-year`)?.focus());
          }}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          {name !== undefined && (
            <div className="field">
              <label htmlFor={`${id}-name`}>草稿名称（只在草稿列表中显示）</label>
              <input
                {...field('name')}
                value={nameText}
                onChange={(e) => setNameText(e.currentTarget.value)}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-agency`}>机关名称</label>
            <input
              {...field('agency')}
              autoComplete="organization"
              value={input.agency}
              onChange={(e) => setInput({ ...input, agency: e.currentTarget.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-year`}>年度</label>
            <input
              {...field('year')}
              inputMode="numeric"
              value={yearText}
              onChange={(e) => setYearText(e.currentTarget.value)}
            />
            <span className="hint">
              {yearFormat
                ? `使用${FORMAT_WORDS[yearFormat]}${yearFormat !== report.format ? '（与现在的格式不同，保存前会说明变化）' : ''}`
                : ''}
            </span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>落款日期</label>
            <input
              {...field('date')}
              type="date"
              value={input.date}
              onChange={(e) => setInput({ ...input, date: e.currentTarget.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-contact`}>联系方式（印在报告末尾，可不填）</label>
            <textarea
              {...field('contact')}
              rows={3}
              maxLength={MAX_CONTACT_LENGTH}
              value={input.contact}
              onChange={(e) => setInput({ ...input, contact: e.currentTarget.value })}
            />
          </div>
          <p id={`${id}-error`} className="field-error" role="alert">
            {error?.message ?? ''}
          </p>
          <div className="dialog-actions">
            <button type="submit" className="primary">
              保存
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              取消
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

function FormatChangeConfirm({
  change,
  onConfirm,
  onBack,
}: {
  readonly change: YearChange;
  readonly onConfirm: () => void;
  readonly onBack: () => void;
}) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), []);
  const listed = change.dropped.slice(0, LISTED);
  return (
    <div className="format-change" data-testid="format-change">
      <h3>格式将改变</h3>
      <p>{yearChangeWords(change)}</p>
      {listed.length > 0 && (
        <ul className="dropped-figures">
          {listed.map((d) => (
            <li key={d.cell}>
              {d.label}：{formatCellValue(d.value)}
            </li>
          ))}
          {change.dropped.length > LISTED && <li>…… 另有 {change.dropped.length - LISTED} 个</li>}
        </ul>
      )}
      <div className="dialog-actions">
        <button ref={confirmButton} type="button" className="primary" onClick={onConfirm}>
          {change.dropped.length > 0
            ? `确认更改（清空 ${change.dropped.length} 个数字）`
            : '确认更改'}
        </button>
        <button type="button" onClick={onBack}>
          返回修改
        </button>
      </div>
    </div>
  );
}
