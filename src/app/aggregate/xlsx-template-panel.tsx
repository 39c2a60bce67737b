/**
 * 下发填报模板: the empty Excel template of a year (its format follows from the year) that the
 * office sends to its departments; what they send back is read here like any other report.
 */
import { useId, useState } from 'react';
import { FORMAT_WORDS, formatForYear } from '../../domain/index.ts';
import { xlsxBlob } from '../../io/export/xlsx/xlsx-blob.ts';
import { downloadFile, safeFileName } from '../shared/download.ts';

export function XlsxTemplatePanel() {
  const id = useId();
  const [yearText, setYearText] = useState(String(new Date().getFullYear() - 1));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ readonly ok: boolean; readonly text: string } | null>(
    null,
  );
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  const valid = year !== null && year >= 2008 && year <= 2100;

  const download = async () => {
    if (!valid || year === null) return;
    setBusy(true);
    setMessage(null);
    try {
      const { renderXlsxTemplate } = await import('../../io/export/xlsx/index.ts');
      const bytes = await renderXlsxTemplate({ year });
      const name = safeFileName(`政府信息公开年度报告填报模板-${year}年度.xlsx`);
      downloadFile(name, xlsxBlob(bytes));
      setMessage({ ok: true, text: `已下载 ${year} 年度填报模板：${name}` });
    } catch (e) {
      setMessage({
        ok: false,
        text: `生成模板失败：${e instanceof Error ? e.message : String(e)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="xlsx-template" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>下发填报模板</h2>
      <p className="hint">
        生成空白的 Excel
        填报模板（表二、表三、表四按正式表式排版，合计自动计算），发给各单位填写；交回的 .xlsx
        文件可以直接拖到下面汇总。
      </p>
      <div className="aggregate-actions">
        <label className="field" htmlFor={`${id}-year`}>
          报告年度
          <input
            id={`${id}-year`}
            inputMode="numeric"
            value={yearText}
            aria-invalid={!valid}
            onChange={(e) => setYearText(e.currentTarget.value)}
          />
        </label>
        {valid && year !== null && (
          <span className="meta-left">{FORMAT_WORDS[formatForYear(year)]}</span>
        )}
        <button type="button" disabled={!valid || busy} onClick={() => void download()}>
          下载填报模板（.xlsx）
        </button>
      </div>
      {!valid && <p className="field-error">请填写 2008 至 2100 之间的四位年度</p>}
      {message && (
        <p className={message.ok ? 'success' : 'alert'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
