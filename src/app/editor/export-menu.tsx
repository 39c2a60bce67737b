/**
 * 导出: the finished report as Word, web page, plain text or JSON, and a print view. The
 * exporters load on demand (the Word library alone is larger than the rest of the app). With
 * errors still open the user is asked first, and the document says 草稿 in its header.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { checkReport, type Report } from '../../domain/index.ts';
import { buildReportDocument, exportFileName } from '../../io/export/report-document.ts';
import { xlsxBlob } from '../../io/export/xlsx/xlsx-blob.ts';
import { downloadFile } from '../shared/download.ts';
import { PrintView } from './print-view.tsx';

type ExportKind = 'docx' | 'html' | 'text' | 'json' | 'xlsx';

const KINDS: readonly {
  readonly kind: ExportKind;
  readonly label: string;
  readonly extension: string;
}[] = [
  { kind: 'docx', label: 'Word 文档（.docx）', extension: 'docx' },
  { kind: 'xlsx', label: 'Excel 表格（.xlsx，表二至表四，可填写后导入）', extension: 'xlsx' },
  { kind: 'html', label: '网页（.html，供网站发布）', extension: 'html' },
  { kind: 'text', label: '纯文本（.txt，表格可粘贴到 WPS / Excel）', extension: 'txt' },
  { kind: 'json', label: '报告数据（.json）', extension: 'json' },
];

async function render(kind: ExportKind, report: Report): Promise<Blob> {
  const doc = buildReportDocument(report);
  switch (kind) {
    case 'docx':
      return (await import('../../io/export/docx/index.ts')).renderDocxBlob(doc);
    case 'html': {
      const { renderHtml } = await import('../../io/export/html/render-html.ts');
      return new Blob([renderHtml(doc)], { type: 'text/html;charset=utf-8' });
    }
    case 'text': {
      const { renderText } = await import('../../io/export/text/render-text.ts');
      return new Blob([renderText(doc)], { type: 'text/plain;charset=utf-8' });
    }
    case 'xlsx': {
      const { renderXlsx } = await import('../../io/export/xlsx/index.ts');
      return xlsxBlob(await renderXlsx(report));
    }
    case 'json': {
      const { renderJson } = await import('../../io/export/json/render-json.ts');
      return new Blob([renderJson(report)], { type: 'application/json;charset=utf-8' });
    }
  }
}

/** Asks before exporting a report with open errors; true to go on. */
function confirmDraft(report: Report): boolean {
  const errors = checkReport(report, { mode: 'final' }).filter(
    (f) => f.severity === 'error',
  ).length;
  if (errors === 0) return true;
  return window.confirm(
    `报告还有 ${errors} 项错误未改正（含未填写的单元格和正文）。导出的文件将标注“草稿”。仍要导出吗？`,
  );
}

export interface ExportMenuProps {
  readonly report: Report;
}

export function ExportMenu({ report }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState<{ readonly auto: boolean } | null>(null);
  const menuId = useId();
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

  const run = async (kind: ExportKind, extension: string) => {
    setOpen(false);
    if (!confirmDraft(report)) return;
    setBusy('正在生成文件…');
    setError(null);
    try {
      downloadFile(exportFileName(report, extension), await render(kind, report));
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
          {KINDS.map((k) => (
            <li key={k.kind}>
              <button type="button" onClick={() => void run(k.kind, k.extension)}>
                {k.label}
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
