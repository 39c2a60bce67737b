/**
 * 汇总: many departments' reports dropped at once, one row per file (read or refused with its
 * reason), then the selected ones added up into a new draft with the list of its sources, which
 * opens at once. Files are read one after another, yielding to the browser between them, so the
 * page stays responsive and shows its progress. The list is kept in the browser (src/storage's
 * aggregate list): a reload or a visit to the summed draft finds it as it was.
 */
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  aggregateOverview,
  aggregateReports,
  defaultAggregateAgency,
  planAggregation,
  SEVERITY_WORDS,
  type AggregationNote,
  type AggregationPlan,
} from '../../domain/index.ts';
import { noteMessage } from '../../domain/wording/notes/index.ts';
import { IMPORT_ACCEPT, warmUpPdfImport } from '../../io/import/import-file.ts';
import {
  announceDraft,
  openAggregateListStore,
  type AggregateListStore,
  type DraftStore,
  type SummedDraftRef,
} from '../../storage/index.ts';
import { ChoiceDialog } from '../shared/choice-dialog.tsx';
import { FilePickerButton } from '../shared/file-picker-button.tsx';
import { navigate } from '../shared/use-hash-route.ts';
import {
  KIND_LABELS,
  nextTask,
  readRow,
  restoreRow,
  savedRow,
  type AggregateRow,
  type SavedRow,
} from './aggregate-rows.ts';
import { OverviewDownload } from './overview-download.tsx';
import { RowDetail } from './row-detail.tsx';
import { XlsxTemplatePanel } from './xlsx-template-panel.tsx';

type ReadRow = Extract<AggregateRow, { ok: true }>;

/** The summed draft's name, made distinct from every other draft's (…（2）, …（3）). */
function distinctName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}（${k}）`;
  return name;
}

/** A second run: the previous summed draft is still there. */
interface Asking {
  readonly previous: SummedDraftRef;
  /** The name a kept-both new draft gets. */
  readonly keepName: string;
  readonly edited: boolean;
}

function NoteList({ notes }: { readonly notes: readonly AggregationNote[] }) {
  return (
    <ul className="aggregate-notes">
      {notes.map((n, i) => (
        <li key={`${n.code}-${i}`} className={`sev-${n.severity}`} data-code={n.code}>
          <span className="sev-word">{SEVERITY_WORDS[n.severity]}</span>
          {noteMessage(n)}
        </li>
      ))}
    </ul>
  );
}

export function AggregatePage({ store }: { readonly store: DraftStore }) {
  const [rows, setRows] = useState<readonly AggregateRow[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  /** Only this year's files are shown and summed; null = every year. */
  const [year, setYear] = useState<number | null>(null);
  const [lastSummed, setLastSummed] = useState<SummedDraftRef | null>(null);
  /** The kept list: undefined while opening, null when the browser keeps none. */
  const [kept, setKept] = useState<AggregateListStore<AggregateRow, SavedRow> | null | undefined>();
  const [keepError, setKeepError] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [viewing, setViewing] = useState<ReadRow | null>(null);
  const [agency, setAgency] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  /** The user has read the plan's errors and sums anyway (e.g. two versions of one report). */
  // Given for one plan only: a changed selection must be looked at again.
  const [overriddenPlan, setOverriddenPlan] = useState<AggregationPlan | null>(null);
  const nextId = useRef(1);
  const reading = useRef(false);
  const agencyId = useId();

  // The list kept from last time: shown as it was, each report checked again.
  useEffect(() => {
    let open: AggregateListStore<AggregateRow, SavedRow> | null = null;
    let gone = false;
    openAggregateListStore<AggregateRow, SavedRow>({ readRow: restoreRow })
      .then(async (s) => {
        open = s;
        if (gone) return s.close();
        const list = await s.load();
        if (gone) return;
        if (list) {
          setRows(list.rows);
          setSelected(new Set(list.selected));
          setAgency(list.agency);
          setYear(list.year);
          setLastSummed(list.lastSummed);
          nextId.current = Math.max(0, ...list.rows.map((r) => r.id)) + 1;
          if (list.rows.length > 0)
            setSummary(`上次的文件列表：${list.rows.length} 个文件，各报告已重新检查。`);
        }
        setKept(s);
      })
      .catch((e: unknown) => {
        // The page says the list is not kept (see the hint under the drop zone).
        console.warn('汇总 list not available:', e);
        if (!gone) setKept(null);
      });
    return () => {
      gone = true;
      open?.close();
    };
  }, []);

  // Every change is kept (the list is small: reports, not files).
  const listToKeep = useMemo(
    () => ({
      rows: rows.map(savedRow),
      selected: [...selected],
      agency,
      year,
      lastSummed,
    }),
    [rows, selected, agency, year, lastSummed],
  );
  useEffect(() => {
    if (!kept) return;
    kept.save(listToKeep).then(
      () => setKeepError(null),
      (e: unknown) => setKeepError(keepFailed(e)),
    );
  }, [kept, listToKeep]);

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

  const allReadRows = useMemo(() => rows.filter((r): r is ReadRow => r.ok), [rows]);
  /** The years of the read files, with how many files each, newest first. */
  const years = useMemo(() => {
    const count = new Map<number, number>();
    for (const r of allReadRows) count.set(r.report.year, (count.get(r.report.year) ?? 0) + 1);
    return [...count].sort((a, b) => b[0] - a[0]);
  }, [allReadRows]);
  const inYear = (r: AggregateRow) => year === null || !r.ok || r.report.year === year;
  const shownRows = rows.filter(inYear);
  const hiddenCount = rows.length - shownRows.length;
  const readRows = useMemo(
    () => allReadRows.filter((r) => year === null || r.report.year === year),
    [allReadRows, year],
  );
  const chosen = useMemo(() => readRows.filter((r) => selected.has(r.id)), [readRows, selected]);
  const plan = useMemo(
    () =>
      planAggregation(
        chosen.map((r) => r.report),
        { files: chosen.map((r) => r.name), findings: chosen.map((r) => r.findings) },
      ),
    [chosen],
  );
  // The notes of the sum itself (the plan's, and cells left empty in a source), before summing.
  const notes = useMemo(
    () =>
      plan.year === undefined
        ? plan.notes
        : aggregateReports(
            chosen.map((r) => r.report),
            {
              agency: defaultAggregateAgency(chosen.length),
              files: chosen.map((r) => r.name),
              findings: chosen.map((r) => r.findings),
            },
          ).notes,
    [chosen, plan],
  );
  const hasErrors = notes.some((n) => n.severity === 'error');
  const override = overriddenPlan === plan;
  const summable =
    plan.year !== undefined && chosen.length > 0 && (!hasErrors || override) && progress === null;
  const agencyName = () => agency.trim() || defaultAggregateAgency(chosen.length);
  const sourcesOf = (name: string) => ({
    agency: name,
    files: chosen.map((r) => r.name),
    findings: chosen.map((r) => r.findings),
  });
  /** 导出汇总表: the chosen reports summed, and one row per department, without a draft. */
  const overviewSource = () => {
    const reports = chosen.map((r) => r.report);
    const sources = sourcesOf(agencyName());
    const { report } = aggregateReports(reports, sources);
    return { report, overview: aggregateOverview(reports, report, sources) };
  };
  const failedCount = rows.length - allReadRows.length;
  const allSelected = readRows.length > 0 && chosen.length === readRows.length;

  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  /**
   * Sums the chosen reports into a draft and opens it. A run after an earlier one whose draft is
   * still there first asks: replace that draft, or keep both under distinct names.
   */
  const sum = async (answer?: 'replace' | 'keep') => {
    setBusy(true);
    setError(null);
    try {
      const name = agencyName();
      const result = aggregateReports(
        chosen.map((r) => r.report),
        sourcesOf(name),
      );
      const baseName = `${name}${result.report.year}年度报告（汇总 ${chosen.length} 份）`;
      const drafts = await store.list();
      const previous = lastSummed && drafts.find((d) => d.id === lastSummed.draftId);
      const others = new Set(
        drafts.filter((d) => answer !== 'replace' || d.id !== previous?.id).map((d) => d.name),
      );
      const draftName = distinctName(baseName, others);
      if (previous && answer === undefined) {
        setAsking({
          previous: { draftId: previous.id, name: previous.name },
          keepName: draftName,
          edited: previous.revision > 1,
        });
        return;
      }
      let draftId: string;
      const record = previous && answer === 'replace' ? await store.get(previous.id) : undefined;
      if (record) {
        const saved = await store.save(record.id, result.report, record.revision);
        if (!saved.ok)
          throw new Error('上次的汇总草稿刚在其他标签页中被修改或删除，未替换；请再试一次');
        await store.rename(record.id, draftName);
        draftId = record.id;
      } else {
        draftId = (await store.createFrom(result.report, draftName)).id;
      }
      const summed = { draftId, name: draftName };
      setLastSummed(summed);
      // Kept before leaving the page: the next run must know this draft.
      await kept?.save({ ...listToKeep, lastSummed: summed }).catch(() => undefined);
      announceDraft({ type: 'list-changed' });
      navigate({ page: 'editor', draftId });
    } catch (e) {
      setError(`汇总失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const clearList = () => {
    setRows([]);
    setSelected(new Set());
    setSummary(null);
    setYear(null);
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
          // Not before the kept list is back: it would replace what was chosen.
          disabled={progress !== null || kept === undefined}
          testId="aggregate-input"
          // Departments often send PDFs: pdf.js gets ready while the chooser is open.
          onOpen={warmUpPdfImport}
          onFiles={(files) => void readFiles(files)}
        >
          选择文件…
        </FilePickerButton>
        {rows.length > 0 && progress === null && (
          <button type="button" onClick={clearList}>
            清空列表
          </button>
        )}
      </div>
      <p className="hint">
        {kept === null
          ? '这个浏览器无法保存文件列表：刷新或离开本页后需要重新选择文件。'
          : '文件列表保存在本浏览器中，刷新或离开本页后仍在；点“清空列表”可清除（不影响草稿）。'}
      </p>
      {keepError && (
        <p className="alert" role="alert">
          {keepError}
        </p>
      )}
      <p className="aggregate-progress" role="status" aria-live="polite">
        {progress
          ? `正在读取 ${progress.done + 1} / ${progress.total}…`
          : (summary ??
            (kept === undefined
              ? '正在读取上次的文件列表…'
              : rows.length === 0
                ? '还没有文件。'
                : ''))}
      </p>
      {progress && (
        <progress className="aggregate-bar" max={progress.total} value={progress.done} />
      )}

      {years.length > 0 && (
        <div className="aggregate-filter">
          <label>
            只看年度
            <select
              value={year ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setYear(v === '' ? null : Number(v));
              }}
            >
              <option value="">全部年度（{allReadRows.length} 份）</option>
              {years.map(([y, n]) => (
                <option key={y} value={y}>
                  {y} 年度（{n} 份）
                </option>
              ))}
            </select>
          </label>
          {hiddenCount > 0 && (
            <span className="hint" role="status">
              另有 {hiddenCount} 个其他年度的文件未显示，也不参加汇总。
            </span>
          )}
        </div>
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
            {shownRows.map((r) => (
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
                共 {rows.length} 个文件：已读取 {allReadRows.length}
                {failedCount > 0 ? `，无法读取 ${failedCount}` : ''}
                {hiddenCount > 0 ? `；显示 ${year} 年度` : ''}；选中 {chosen.length} 份
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
          <NoteList notes={notes} />
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
                busy || chosen.length === 0 || (hasErrors && !override) || progress !== null
              }
              onClick={() => void sum()}
            >
              汇总并打开草稿
            </button>
            <OverviewDownload make={overviewSource} disabled={busy || !summable} />
            {hasErrors && chosen.length > 0 && (
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

      {asking && (
        <ChoiceDialog<'replace' | 'keep' | 'cancel'>
          heading="已有上次的汇总草稿"
          cancel="cancel"
          onAnswer={(a) => {
            setAsking(null);
            if (a !== 'cancel') void sum(a);
          }}
          choices={[
            { answer: 'replace', label: `替换“${asking.previous.name}”`, primary: true },
            { answer: 'keep', label: `保留两份，新的名为“${asking.keepName}”` },
            { answer: 'cancel', label: '取消', autoFocus: true },
          ]}
        >
          <p>
            上次汇总生成了草稿“{asking.previous.name}”。替换它，还是另存一份新的汇总草稿？
            {asking.edited && '该草稿汇总后又有修改，替换后这些修改会被新的汇总结果覆盖。'}
          </p>
        </ChoiceDialog>
      )}

      {viewing && <RowDetail row={viewing} onClose={() => setViewing(null)} />}
    </main>
  );
}

function keepFailed(e: unknown): string {
  console.warn('汇总 list not kept:', e);
  return '文件列表无法保存在这个浏览器中，刷新或离开本页后需要重新选择文件。';
}
