/** 导入上年报告: a file of any kind the importers read, or text pasted from a report. */
import { useId, useState } from 'react';
import {
  IMPORT_ACCEPT,
  importChosenFile,
  importReportHtml,
  importReportText,
  warmUpPdfImport,
  type FileImport,
} from '../../io/import/import-file.ts';
import { FilePickerButton } from '../shared/file-picker-button.tsx';
import { usualReportYear } from '../shared/report-identity.ts';

export interface ImportedSource {
  readonly name: string;
  readonly imported: FileImport;
}

/** The reason with the file it is about: several files may be tried one after another. */
const namedReason = (name: string, reason: string): string =>
  reason.includes(`“${name}”`) ? reason : `“${name}”：${reason}`;

export function ImportControls({
  onImported,
}: {
  readonly onImported: (source: ImportedSource) => void;
}) {
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  // What a copy from a web page or Word also puts on the clipboard: the tables with their merged
  // cells, which read better than the flattened text. Used while the text is still as pasted.
  const [pasted, setPasted] = useState<{ readonly html: string; readonly text: string } | null>(
    null,
  );
  const pastedHtml = pasted && pasted.text === text ? pasted.html : null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textId = useId();

  const run = async (name: string, work: () => Promise<FileImport>) => {
    setBusy(true);
    setError(null);
    try {
      const imported = await work();
      // A file that gives nothing usable is refused here; nothing else changes.
      if (imported.result.ok) onImported({ name, imported });
      else setError(namedReason(name, imported.result.reason));
    } catch (e) {
      setError(`读取失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="import-controls" aria-labelledby={`${textId}-heading`}>
      <h2 id={`${textId}-heading`}>导入上年报告</h2>
      <p className="hint">
        本工具的 JSON、Word（.docx）、网页（.html）、PDF 或纯文本；导入后先核对，再生成新年度草稿。
      </p>
      <div className="import-buttons">
        <FilePickerButton
          accept={IMPORT_ACCEPT}
          testId="import-input"
          disabled={busy}
          // The chooser stays open a while: time enough to get pdf.js ready.
          onOpen={warmUpPdfImport}
          onFiles={([file]) => {
            if (file)
              void run(file.name, () =>
                importChosenFile(file, { fallbackYear: usualReportYear() }),
              );
          }}
        >
          选择文件…
        </FilePickerButton>
        <button
          type="button"
          onClick={() => setPasting((p) => !p)}
          aria-expanded={pasting}
          disabled={busy}
        >
          粘贴文本
        </button>
      </div>
      {pasting && (
        <form
          className="paste-form"
          onSubmit={(e) => {
            e.preventDefault();
            const name = pastedHtml === null ? '粘贴的文本' : '粘贴的网页内容';
            const options = { name, fallbackYear: usualReportYear() };
            void run(name, () =>
              pastedHtml === null
                ? importReportText(text, options)
                : importReportHtml(pastedHtml, options),
            );
          }}
        >
          <label htmlFor={textId}>报告全文（从 PDF、Word 或网页中全选复制）</label>
          <textarea
            id={textId}
            rows={6}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onPaste={(e) => {
              const html = e.clipboardData.getData('text/html');
              // A paste into the empty field, or over all of it, is the whole report; any other
              // paste is an edit of the text.
              const field = e.currentTarget;
              const replacesAll =
                text.trim() === '' ||
                (field.selectionStart === 0 && field.selectionEnd === field.value.length);
              if (!replacesAll || !/<table[\s>]/i.test(html)) return;
              e.preventDefault();
              const plain = (
                e.clipboardData.getData('text/plain') ||
                // An inert document: nothing in it runs or loads.
                (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '')
              ).replace(/\r\n?/g, '\n');
              setText(plain);
              setPasted({ html, text: plain });
            }}
          />
          {pastedHtml !== null && (
            <p className="hint">已保留复制内容中的表格结构（网页或 Word），识别时按表格读取。</p>
          )}
          <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
            识别
          </button>
        </form>
      )}
      {busy && <p role="status">正在识别…</p>}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
