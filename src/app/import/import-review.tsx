/**
 * Review before anything is saved: the tables as recognised (correctable, with uncertain figures
 * marked) beside the source as read, the import findings, the checks. Then: open it as last year's
 * report, or create next year's draft from it. Cancel leaves every draft as it was.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { z } from 'zod';
import {
  checkReport,
  getTemplate,
  rolloverReport,
  setCellValue,
  withTotalsAfter,
  type CellId,
  type CellValue,
  type Report,
  type SectionTemplate,
} from '../../domain/index.ts';
import { noteMessage } from '../../domain/wording/notes/index.ts';
import { DETECTED_HOW_WORDS, detectedHowText } from '../../domain/wording/index.ts';
import type { ImportSourceInfo } from '../../io/import/import.types.ts';
import { cellMarks } from '../editor/grid/cell-store.ts';
import { ReportGrid } from '../editor/grid/report-grid.tsx';
import { FindingsPanel } from '../findings/findings-panel.tsx';
import { SEVERITY_DISPLAY } from '../findings/severity-display.ts';
import type { ImportedSource } from './import-controls.tsx';
import { ImportSourcePane, type SourceLineRequest } from './import-source-pane.tsx';
import { reportIdentitySchema } from '../shared/report-identity.ts';

export interface ImportReviewProps {
  readonly source: ImportedSource;
  /** Saves the report as a new draft and opens it (last year's report as corrected, or next year's draft). */
  readonly onCreate: (report: Report) => Promise<void>;
  readonly onCancel: () => void;
}

export function ImportReview({ source, onCreate, onCancel }: ImportReviewProps) {
  const result = source.imported.result;
  if (!result.ok) throw new Error('ImportReview needs a successful import');
  const info: ImportSourceInfo = result.source;
  const [figures, setFigures] = useState<Report>(result.report);
  // 机关 and 年度 as recognised, correctable: a title the importer could not read is common.
  const ids = useId();
  const [agencyText, setAgencyText] = useState(result.report.agency);
  const [yearText, setYearText] = useState(String(result.report.year));
  const identity = reportIdentitySchema.safeParse({
    agency: agencyText,
    year: yearText.trim() === '' ? Number.NaN : Number(yearText),
  });
  const fieldErrors = identity.success ? {} : z.flattenError(identity.error).fieldErrors;
  const identityErrors = { agency: fieldErrors.agency?.[0], year: fieldErrors.year?.[0] };
  const agency = identity.success ? identity.data.agency : null;
  const year = identity.success ? identity.data.year : null;
  const report = useMemo(
    () => (agency !== null && year !== null ? { ...figures, agency, year } : figures),
    [figures, agency, year],
  );

  const [copyNarrative, setCopyNarrative] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [sourceLine, setSourceLine] = useState<SourceLineRequest | null>(null);
  const template = getTemplate(report.format);
  const tableSections = template.sections.filter(
    (s): s is Extract<SectionTemplate, { kind: 'table' }> => s.kind === 'table',
  );

  const checks = useMemo(() => checkReport(report, { mode: 'final' }), [report]);
  const findingsByCell = useMemo(
    () => cellMarks([...result.findings, ...checks]),
    [checks, result.findings],
  );
  const next = useMemo(() => {
    try {
      return rolloverReport(report, { copyNarrative });
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [report, copyNarrative]);

  const onCommit = useCallback((changes: readonly { id: CellId; value: CellValue }[]) => {
    setFigures((r) =>
      withTotalsAfter(
        changes.reduce((acc, c) => setCellValue(acc, c.id, c.value), r),
        changes.map((c) => c.id),
      ),
    );
  }, []);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <main className="import-review">
      <div className="import-head">
        <h1>核对导入的报告：{source.name}</h1>
        <div className="recognised">
          <div className="recognised-item">
            <label htmlFor={`${ids}-agency`}>机关</label>
            <input
              id={`${ids}-agency`}
              value={agencyText}
              size={24}
              autoComplete="organization"
              aria-invalid={identityErrors.agency ? 'true' : 'false'}
              aria-describedby={`${ids}-agency-how ${ids}-agency-error`}
              onChange={(e) => setAgencyText(e.currentTarget.value)}
            />
            <span id={`${ids}-agency-how`} className="how">
              {identityErrors.agency
                ? ''
                : agencyText.trim() === result.report.agency
                  ? detectedHowText(info.agency.how, info.agency.evidence)
                  : result.report.agency === ''
                    ? '由您填写'
                    : '已改正'}
            </span>
            <span id={`${ids}-agency-error`} className="field-error">
              {identityErrors.agency}
            </span>
          </div>
          <div className="recognised-item">
            <label htmlFor={`${ids}-year`}>年度</label>
            <input
              id={`${ids}-year`}
              type="number"
              inputMode="numeric"
              value={yearText}
              className="year-input"
              aria-invalid={identityErrors.year ? 'true' : 'false'}
              aria-describedby={`${ids}-year-how ${ids}-year-error`}
              onChange={(e) => setYearText(e.currentTarget.value)}
            />
            <span
              id={`${ids}-year-how`}
              className={
                info.year.how === 'fallback' && yearText.trim() === String(result.report.year)
                  ? 'how to-check'
                  : 'how'
              }
            >
              {identityErrors.year
                ? ''
                : yearText.trim() !== String(result.report.year)
                  ? '已改正'
                  : detectedHowText(info.year.how, info.year.evidence)}
            </span>
            <span id={`${ids}-year-error`} className="field-error">
              {identityErrors.year}
            </span>
          </div>
          <div className="recognised-item">
            <span className="label">格式</span>
            <strong>{template.document}</strong>
            <span className="how">
              {info.format.how === 'none' ? '未能识别' : DETECTED_HOW_WORDS[info.format.how]}
            </span>
          </div>
        </div>
      </div>
      <div className="import-body">
        <div className="import-tables">
          <p className="notice" role="status" aria-live="polite">
            {notice}
          </p>
          {tableSections.map((s) => (
            <section key={s.table} aria-label={s.heading}>
              <h2>{s.heading}</h2>
              <div className="table-scroll">
                <ReportGrid
                  report={report}
                  tableId={s.table}
                  caption={s.heading}
                  onCommit={onCommit}
                  findingsByCell={findingsByCell}
                  onNotice={setNotice}
                />
              </div>
            </section>
          ))}
        </div>
        <div className="import-right">
          <aside className="import-side">
            <section className="findings" aria-labelledby="import-findings-heading">
              <h2 id="import-findings-heading">导入时发现（{result.findings.length}）</h2>
              {result.findings.length === 0 ? (
                <p className="empty">全部内容都已识别。</p>
              ) : (
                <ul>
                  {result.findings.map((f, i) => (
                    <li
                      key={`${f.code}-${i}`}
                      className={`finding ${SEVERITY_DISPLAY[f.severity].className}`}
                      data-code={f.code}
                    >
                      <span className="sev-word">{SEVERITY_DISPLAY[f.severity].label}</span>
                      <span className="finding-message">{noteMessage(f)}</span>
                      {f.source?.line !== undefined && (
                        <button
                          type="button"
                          className="link source-link"
                          onClick={() =>
                            setSourceLine((r) =>
                              f.source?.line === undefined
                                ? r
                                : { line: f.source.line, seq: (r?.seq ?? 0) + 1 },
                            )
                          }
                          title="在原文中显示这一行"
                        >
                          第 {f.source.line} 行
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <FindingsPanel findings={checks} />
            <section className="import-actions" aria-label="导入后的操作">
              <label className="check">
                <input
                  type="checkbox"
                  checked={copyNarrative}
                  onChange={(e) => setCopyNarrative(e.currentTarget.checked)}
                />
                复制正文作为新年度的起点
              </label>
              <button
                type="button"
                className="primary"
                disabled={busy || !identity.success || typeof next === 'string'}
                onClick={() => typeof next !== 'string' && void act(() => onCreate(next.report))}
              >
                生成 {report.year + 1} 年度草稿
              </button>
              {!identity.success && (
                <p className="field-error">
                  请先改正上方的
                  {identityErrors.agency && identityErrors.year
                    ? '机关名称和年度'
                    : identityErrors.agency
                      ? '机关名称'
                      : '年度'}
                  。
                </p>
              )}
              {typeof next !== 'string' && (
                <ul className="rollover-notes">
                  {next.notes.map((n) => (
                    <li
                      key={n.code}
                      className={n.severity === 'warning' ? 'sev-warning' : undefined}
                    >
                      {noteMessage(n)}
                    </li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                disabled={busy || !identity.success}
                onClick={() => void act(() => onCreate(report))}
              >
                作为 {report.year} 年度报告打开
              </button>
              <button type="button" disabled={busy} onClick={onCancel}>
                取消
              </button>
              {error && (
                <p className="alert" role="alert">
                  {error}
                </p>
              )}
            </section>
          </aside>
          <ImportSourcePane
            title={`导入的原文（${info.kind === 'json' ? 'JSON' : '识别出的文字'}）`}
            text={source.imported.sourceText ?? ''}
            highlight={sourceLine}
          />
        </div>
      </div>
    </main>
  );
}
