/**
 * 汇总: many departments' reports dropped at once, one row per file (read or refused with its
 * reason), then the selected ones added up into a new draft with the list of its sources.
 * Files are read one after another, yielding to the browser between them, so the page stays
 * responsive and shows its progress.
 */
import { useId, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  aggregateOverview,
  aggregateReports,
  defaultAggregateAgency,
  planAggregation,
  SEVERITY_WORDS,
  type AggregateOverview,
  type AggregationNote,
  type AggregationPlan,
  type Report,
} from '../../domain/index.ts';
import { IMPORT_ACCEPT, warmUpPdfImport } from '../../io/import/import-file.ts';
import { announceDraft, type DraftStore } from '../../storage/index.ts';
import { FilePickerButton } from '../shared/file-picker-button.tsx';
import { navigate } from '../shared/use-hash-route.ts';
import { KIND_LABELS, nextTask, readRow, type AggregateRow } from './aggregate-rows.ts';
import { OverviewDownload } from './overview-download.tsx';
import { RowDetail } from './row-detail.tsx';
import { SourcesList } from './sources-list.tsx';
import { XlsxTemplatePanel } from './xlsx-template-panel.tsx';

type ReadRow = Extract<AggregateRow, { ok: true }>;

interface Created {
  readonly id: string;
  readonly name: string;
  readonly report: Report;
  readonly notes: readonly AggregationNote[];
  /** One row per department's key figures, for 导出汇总表. */
  readonly overview: AggregateOverview;
}

function NoteList({ notes }: { readonly notes: readonly AggregationNote[] }) {
  return (
    <ul className="aggregate-notes">
      {notes.map((n, i) => (
        <li key={`${n.code}-${i}`} className={`sev-${n.severity}`} data-code={n.code}>
          <span className="sev-word">{SEVERITY_WORDS[n.severity]}</span>
          {n.message}
        </li>
      ))}
    </ul>
  );
}

export function AggregatePage({ store }: { readonly store: DraftStore }) {
  const [rows, setRows] = useState<readonly AggregateRow[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [viewing, setViewing] = useState<ReadRow | null>(null);
  const [agency, setAgency] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [dragging, setDragging] = useState(false);
  /** The user has read the plan's errors and sums anyway (e.g. two versions of one report). */
  // Given for one plan only: a changed selection must be looked at again.
  const [overriddenPlan, setOverriddenPlan] = useState<AggregationPlan | null>(null);
  const nextId = useRef(1);
  const reading = useRef(false);
  const agencyId = useId();

  const readFiles = async (files: readonly File[]) => {
    if (files.length === 0 || reading.current) return;
    reading.current = true;
    setSummary(null);
    let ok = 0;
    let failed = 0;
    try {
      for (let i = 0; i < files.length; i++) {
        setProgress({ done: i, total: files.length });
        await nextTask();
        const row = await readRow(nextId.current++, files[i]!);
        if (row.ok) ok++;
        else failed++;
        setRows((r) => [...r, row]);
        if (row.ok) setSelected((s) => new Set(s).add(row.id));
      }
    } finally {
      reading.current = false;
      setProgress(null);
      setSummary(
        `已读取 ${files.length} 个文件：${ok} 份可汇总${failed > 0 ? `，${failed} 个无法读取` : ''}。`,
      );
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    // The app's own drop (view one report) does not apply on this page.
    e.stopPropagation();
    setDragging(false);
    void readFiles([...e.dataTransfer.files]);
  };

  const readRows = useMemo(() => rows.filter((r): r is ReadRow => r.ok), [rows]);
  const chosen = useMemo(() => readRows.filter((r) => selected.has(r.id)), [readRows, selected]);
  const plan = useMemo(
    () =>
      planAggregation(
        chosen.map((r) => r.report),
        { files: chosen.map((r) => r.name), findings: chosen.map((r) => r.findings) },
      ),
    [chosen],
  );
  const override = overriddenPlan === plan;
  const failedCount = rows.length - readRows.length;
  const allSelected = readRows.length > 0 && chosen.length === readRows.length;

  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const sum = async () => {
    setBusy(true);
    setError(null);
    try {
      const name = agency.trim() || defaultAggregateAgency(chosen.length);
      const sources = {
        files: chosen.map((r) => r.name),
        findings: chosen.map((r) => r.findings),
      };
      const reports = chosen.map((r) => r.report);
      const result = aggregateReports(reports, { agency: name, ...sources });
      const overview = aggregateOverview(reports, result.report, sources);
      const draftName = `${name}${result.report.year}年度报告（汇总 ${chosen.length} 份）`;
      const record = await store.createFrom(result.report, draftName);
      announceDraft({ type: 'list-changed' });
      setCreated({
        id: record.id,
        name: draftName,
        report: result.report,
        notes: result.notes,
        overview,
      });
    } catch (e) {
      setError(`汇总失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      className="aggregate-page"
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="aggregate-head">
        <h1>汇总多份报告</h1>
        <button type="button" onClick={() => navigate({ page: 'drafts' })}>
          返回草稿列表
        </button>
      </div>
      <XlsxTemplatePanel />
      <p className="hint">
        各单位报告（本工具的 JSON、Excel 填报模板或其他 .xlsx 表格、纯文本、网页、Word 或
        PDF）可一次选择或拖入多份；读取后勾选要汇总的报告，表三、表四逐格相加，表二在格式相同时相加，生成一份新的汇总草稿。
      </p>
      <div className={`drop-zone${dragging ? ' dragging' : ''}`}>
        <p>把各单位的报告文件拖到这里，或</p>
        <FilePickerButton
          className="primary"
          accept={IMPORT_ACCEPT}
          multiple
          disabled={progress !== null}
          testId="aggregate-input"
          // Departments often send PDFs: pdf.js gets ready while the chooser is open.
          onOpen={warmUpPdfImport}
          onFiles={(files) => void readFiles(files)}
        >
          选择文件…
        </FilePickerButton>
        {rows.length > 0 && progress === null && (
          <button
            type="button"
            onClick={() => {
              setRows([]);
              setSelected(new Set());
              setSummary(null);
              setCreated(null);
            }}
          >
            清空列表
          </button>
        )}
      </div>
      <p className="aggregate-progress" role="status" aria-live="polite">
        {progress
          ? `正在读取 ${progress.done + 1} / ${progress.total}…`
          : (summary ?? (rows.length === 0 ? '还没有文件。' : ''))}
      </p>
      {progress && (
        <progress className="aggregate-bar" max={progress.total} value={progress.done} />
      )}

      {rows.length > 0 && (
        <table className="drafts-table aggregate-table" aria-label="读取的文件">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="全选可汇总的报告"
                  checked={allSelected}
                  disabled={readRows.length === 0}
                  onChange={() =>
                    setSelected(allSelected ? new Set() : new Set(readRows.map((r) => r.id)))
                  }
                />
              </th>
              <th scope="col">文件</th>
              <th scope="col">机关</th>
              <th scope="col">年度</th>
              <th scope="col">格式</th>
              <th scope="col">状态</th>
              <th scope="col">错误</th>
              <th scope="col">待核实</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-row={r.name} className={r.ok ? '' : 'failed'}>
                <td>
                  {r.ok && (
                    <input
                      type="checkbox"
                      aria-label={`选中 ${r.name}`}
                      checked={selected.has(r.id)}
                      onChange={() => toggle(r.id)}
                    />
                  )}
                </td>
                <th scope="row" className="file-name">
                  {r.name}
                </th>
                <td>{r.ok ? r.report.agency || '（未填写）' : ''}</td>
                <td className="num">{r.ok ? r.report.year : ''}</td>
                <td>{r.ok ? `${KIND_LABELS[r.kind]} · ${r.report.format} 格式` : ''}</td>
                <td className="row-status" data-status={r.ok ? 'ok' : 'failed'}>
                  {r.ok ? '已读取' : `无法读取：${r.reason}`}
                </td>
                <td className={`num ${r.ok && r.errors > 0 ? 'has-errors' : ''}`}>
                  {r.ok ? r.errors : ''}
                </td>
                <td className="num">{r.ok ? r.warnings : ''}</td>
                <td className="row-actions">
                  {r.ok && (
                    <button
                      type="button"
                      aria-label={`查看 ${r.name}`}
                      onClick={() => setViewing(r)}
                    >
                      查看
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={9}>
                共 {rows.length} 个文件：已读取 {readRows.length}
                {failedCount > 0 ? `，无法读取 ${failedCount}` : ''}；选中 {chosen.length} 份
              </td>
            </tr>
          </tfoot>
        </table>
      )}

      {readRows.length > 0 && (
        <section className="aggregate-sum" aria-labelledby={`${agencyId}-sum`}>
          <h2 id={`${agencyId}-sum`}>汇总选中的 {chosen.length} 份报告</h2>
          {plan.year !== undefined && (
            <p className="meta-left">
              汇总报告：{plan.year} 年度，{plan.format} 格式；表二
              {plan.activeSummed ? '逐格相加' : '不相加（格式不同）'}
            </p>
          )}
          <NoteList notes={plan.notes} />
          <div className="aggregate-actions">
            <label className="field" htmlFor={agencyId}>
              汇总后的机关名称
              <input
                id={agencyId}
                value={agency}
                placeholder={defaultAggregateAgency(chosen.length)}
                onChange={(e) => setAgency(e.currentTarget.value)}
              />
            </label>
            <button
              type="button"
              className="primary"
              disabled={
                busy || chosen.length === 0 || (plan.hasErrors && !override) || progress !== null
              }
              onClick={() => void sum()}
            >
              汇总为新草稿
            </button>
            {plan.hasErrors && chosen.length > 0 && (
              <label className="override">
                <input
                  type="checkbox"
                  checked={override}
                  onChange={(e) => setOverriddenPlan(e.currentTarget.checked ? plan : null)}
                />
                已核对上面标为“错误”的问题，仍然汇总
              </label>
            )}
          </div>
          {error && (
            <p className="alert" role="alert">
              {error}
            </p>
          )}
        </section>
      )}

      {created && (
        <section className="aggregate-result" aria-labelledby={`${agencyId}-done`}>
          <h2 id={`${agencyId}-done`}>已生成汇总草稿“{created.name}”</h2>
          <p className="success" role="status">
            已把 {created.report.sources?.length ?? 0} 份报告汇总为新草稿。
          </p>
          <SourcesList sources={created.report.sources ?? []} open />
          {created.notes.length > 0 && <NoteList notes={created.notes} />}
          <div className="aggregate-actions">
            <button
              type="button"
              className="primary"
              onClick={() => navigate({ page: 'editor', draftId: created.id })}
            >
              打开汇总草稿
            </button>
            <OverviewDownload report={created.report} overview={created.overview} />
          </div>
        </section>
      )}

      {viewing && <RowDetail row={viewing} onClose={() => setViewing(null)} />}
    </main>
  );
}
