/** A report opened from a file, read-only: table 三 in the official layout with its findings. */
import { useMemo } from 'react';
import {
  checkReport,
  getCellValue,
  getTemplate,
  withTotals,
  type Report,
} from '../../domain/index.ts';
import { FindingsPanel } from '../findings/findings-panel.tsx';
import { formatCellValue } from '../format-number.ts';
import { OfficialTable } from '../official-table/official-table.tsx';

export function ReportView({
  report,
  onClose,
}: {
  readonly report: Report;
  readonly onClose: () => void;
}) {
  const { template, shown, findings, flagged } = useMemo(() => {
    const findings = checkReport(report, { mode: 'final' });
    return {
      template: getTemplate(report.format),
      shown: withTotals(report),
      findings,
      flagged: new Set(findings.filter((f) => f.severity !== 'info').flatMap((f) => f.cells)),
    };
  }, [report]);
  const section = template.sections.find((s) => s.kind === 'table' && s.table === 'requests')!;
  return (
    <main className="report-view">
      <div className="report-main">
        <h1>
          {report.agency}
          {report.year}年政府信息公开工作年度报告
        </h1>
        <p className="meta">
          统计年度 {report.year} 年 · 格式：{template.document} ·{' '}
          <button type="button" className="link-button" onClick={onClose}>
            关闭
          </button>
        </p>
        <h2 id="section-requests">{section.heading}</h2>
        <div className="table-scroll">
          <OfficialTable
            table={template.tables.requests}
            caption={section.heading}
            renderValue={(id) => formatCellValue(getCellValue(shown, id))}
            valueCellProps={(id) => ({
              className: [
                template.tables.requests.cells.find((c) => c.id === id)?.sumOf ? 'derived' : '',
                flagged.has(id) ? 'flagged' : '',
              ].join(' '),
            })}
          />
        </div>
      </div>
      <aside className="report-side">
        <FindingsPanel findings={findings} />
      </aside>
    </main>
  );
}
