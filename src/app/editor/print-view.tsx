/**
 * The report as it will be published (the HTML export itself, in a sandboxed frame with no
 * script), over the editor, with 打印 and 关闭. Printing prints the frame only.
 *
 * The frame shows exactly the exported HTML. A srcdoc frame inherits the app's
 * Content-Security-Policy, which refuses inline <style> (and style attributes, which the export
 * no longer has); so the export's one <style> element is taken out of the markup and its text
 * adopted through the CSSOM instead, which the policy allows: the same rules, on screen and in
 * print. Closing the preview gives the focus back to where it was.
 */
import { useEffect, useRef, useState } from 'react';
import type { Report } from '../../domain/index.ts';
import { buildReportDocument } from '../../io/export/report-document.ts';

export interface PrintViewProps {
  readonly report: Report;
  /** Print as soon as the page is ready (Ctrl+P). */
  readonly autoPrint: boolean;
  readonly onClose: () => void;
}

export function PrintView({ report, autoPrint, onClose }: PrintViewProps) {
  const [page, setPage] = useState<{ readonly html: string; readonly css: string } | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    void import('../../io/export/html/render-html.ts').then(({ renderHtml }) => {
      if (!live) return;
      const html = renderHtml(buildReportDocument(report));
      const style = /<style>([\s\S]*?)<\/style>/.exec(html);
      setPage({ html: html.replace(/<style>[\s\S]*?<\/style>/, ''), css: style?.[1] ?? '' });
    });
    return () => {
      live = false;
    };
  }, [report]);

  // Where the focus was when the preview opened (a grid cell, the menu button): it goes back there.
  useEffect(() => {
    const before = document.activeElement;
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const print = () => frame.current?.contentWindow?.print();

  const adoptStyles = () => {
    const win = frame.current?.contentWindow as (Window & typeof globalThis) | null | undefined;
    if (!win || !page) return;
    // The sheet must be made in the frame's own realm to be adopted by its document.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(page.css);
    win.document.adoptedStyleSheets = [sheet];
  };

  return (
    <div className="print-view" role="dialog" aria-modal="true" aria-label="打印预览">
      <div className="print-bar">
        <span>打印预览：按 A4 纸排版，与导出的网页相同</span>
        <button type="button" className="primary" onClick={print} disabled={!page}>
          打印
        </button>
        <button ref={closeButton} type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      {page ? (
        <iframe
          ref={frame}
          title="打印预览"
          className="print-frame"
          // allow-modals lets print() open the browser's print dialog; no scripts run inside.
          sandbox="allow-same-origin allow-modals"
          srcDoc={page.html}
          onLoad={() => {
            adoptStyles();
            if (autoPrint) print();
          }}
        />
      ) : (
        <p className="loading">正在排版…</p>
      )}
    </div>
  );
}
