/** 导出汇总表 (.xlsx): the summed report with one row per department's key figures, for the leader. */
import { useState } from 'react';
import type { AggregateOverview, Report } from '../../domain/index.ts';
import { xlsxBlob } from '../../io/export/xlsx/xlsx-blob.ts';
import { downloadFile, safeFileName } from '../shared/download.ts';

export interface OverviewSource {
  readonly report: Report;
  readonly overview: AggregateOverview;
}

/** `make` sums the chosen reports when the button is pressed (the page opens the draft on 汇总). */
export function OverviewDownload({
  make,
  disabled,
}: {
  readonly make: () => OverviewSource;
  readonly disabled: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { report, overview } = make();
      const { renderOverviewXlsx } = await import('../../io/export/xlsx/index.ts');
      const bytes = await renderOverviewXlsx(report, overview);
      downloadFile(safeFileName(`${report.agency}${report.year}年度汇总表.xlsx`), xlsxBlob(bytes));
    } catch (e) {
      setError(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={disabled || busy} onClick={() => void download()}>
        导出汇总表（.xlsx）
      </button>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
