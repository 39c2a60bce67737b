/** 导出汇总表 (.xlsx): the summed report with one row per department's key figures, for the leader. */
import { useState } from 'react';
import type { AggregateOverview, Report } from '../../domain/index.ts';
import { xlsxBlob } from '../../io/export/xlsx/xlsx-blob.ts';
import { downloadFile, safeFileName } from '../shared/download.ts';

export function OverviewDownload({
  report,
  overview,
}: {
  readonly report: Report;
  readonly overview: AggregateOverview;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
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
      <button type="button" disabled={busy} onClick={() => void download()}>
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
