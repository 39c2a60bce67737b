/**
 * 导出: every exporter of the registry (io/export/registry.ts: Word, web page, plain text,
 * JSON, the 审签单 …) and a print view. The exporters load on demand (the Word library alone is
 * larger than the rest of the app). With errors still open the user is asked first, and the
 * document says 草稿 in its header; the 审签单, which lists what is open, is made without asking.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  COMPARISON_EXPORT_WORDS,
  exportConfirmMessage,
  type Report,
  type ReportStatus,
} from '../../domain/index.ts';
import {
  EXPORTERS,
  exportFileNameFor,
  renderExport,
  type ExportOptions,
  type Exporter,
} from '../../io/export/registry.ts';
import { downloadFile } from '../shared/download.ts';
import { PrintView } from './print-view.tsx';

/** The exporters the 附上年对比表 checkbox applies to (Word and 网页). */
const WITH_COMPARISON: readonly string[] = ['docx', 'html'];

async function render(exporter: Exporter, report: Report, options: ExportOptions): Promise<Blob> {
  const data = await renderExport(exporter, report, options);
  return new Blob([data], { type: exporter.mime });
}

/** Asks before exporting a report that is not exportable, quoting its one status; true to go on. */
function confirmDraft(status: ReportStatus): boolean {
  return status.exportable || window.confirm(exportConfirmMessage(status.label));
}

export interface ExportMenuProps {
  readonly report: Report;
  /** The report's one status (the editor's): what the confirmation quotes. */
  readonly status: ReportStatus;
}

export function ExportMenu({ report, status }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState<{ readonly auto: boolean } | null>(null);
  // 附上年对比表: only offered when the report has last year's report attached.
  const [comparison, setComparison] = useState(false);
  const hasPrevious = report.previous !== undefined;
  const menuId = useId();
  const comparisonId = useId();
  const button = useRef<HTMLButtonElement>(null);

  // Ctrl+P shows the report as it will be published and prints that, not the editor.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        setPrinting({ auto: true });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const run = async (exporter: Exporter) => {
    setOpen(false);
    // The 审签单 lists what is still open; it is made for a report that is not ready too.
    if (exporter.marksDraft && !confirmDraft(status)) return;
    setBusy('正在生成文件…');
    setError(null);
    try {
      const withComparison = hasPrevious && comparison && WITH_COMPARISON.includes(exporter.id);
      downloadFile(
        exportFileNameFor(exporter, report),
        await render(exporter, report, withComparison ? { comparison: true } : {}),
      );
    } catch (e) {
      setError(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div
      className="export-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        导出 ▾
      </button>
      {open && (
        <ul id={menuId} className="export-list">
          {hasPrevious && (
            <li className="export-option">
              <input
                id={comparisonId}
                type="checkbox"
                checked={comparison}
                onChange={(e) => setComparison(e.currentTarget.checked)}
              />
              <label htmlFor={comparisonId}>{COMPARISON_EXPORT_WORDS.option}</label>
              <span className="hint">{COMPARISON_EXPORT_WORDS.optionScope}</span>
            </li>
          )}
          {(EXPORTERS as readonly Exporter[]).map((exporter) => (
            <li key={exporter.id}>
              <button type="button" onClick={() => void run(exporter)}>
                {exporter.label}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setPrinting({ auto: false });
              }}
            >
              打印预览（Ctrl+P）
            </button>
          </li>
        </ul>
      )}
      {busy && (
        <span className="export-busy" role="status">
          {busy}
        </span>
      )}
      {error && (
        <span className="save-error" role="alert">
          {error}
        </span>
      )}
      {printing && (
        <PrintView report={report} autoPrint={printing.auto} onClose={() => setPrinting(null)} />
      )}
    </div>
  );
}
