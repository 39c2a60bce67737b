import { useMemo, useState, type DragEvent } from 'react';
import { checkReport, getCellValue, getTemplate, withTotals, type Report } from '../domain/index.ts';
import { FindingsPanel } from './findings/findings-panel.tsx';
import { formatCellValue } from './format-number.ts';
import { OfficialTable } from './official-table/official-table.tsx';
import { OpenReportButton } from './open-report/open-report-button.tsx';
import { readReportFile } from './open-report/read-report-file.ts';

/** First screen: open a report JSON and see table 三 in the official layout with its findings. */
export function App() {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = async (file: File) => {
    const result = await readReportFile(file);
    // A bad file never replaces what is open.
    if (result.ok) {
      setReport(result.report);
      setError(null);
    } else {
      setError(result.message);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };

  return (
    <div className="app" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <header className="app-header">
        <span className="app-title">政府信息公开工作年度报告</span>
        <OpenReportButton onFile={(f) => void open(f)} />
      </header>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {report ? <ReportView report={report} /> : <EmptyState />}
    </div>
  );
}

function EmptyState() {
  return (
    <main className="empty-state">
      <h1>打开一份年度报告</h1>
      <p>选择本工具保存的报告 JSON 文件，查看表三“收到和处理政府信息公开申请情况”和检查结果。</p>
    </main>
  );
}

function ReportView({ report }: { readonly report: Report }) {
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
          统计年度 {report.year} 年 · 格式：{template.document}
        </p>
        <h2 id="section-requests">{section.heading}</h2>
        <div className="table-scroll">
          <OfficialTable
            table={template.tables.requests}
            caption={section.heading}
            renderValue={(id) => formatCellValue(getCellValue(shown, id))}
            valueCellProps={(id) => ({
              className: [template.tables.requests.cells.find((c) => c.id === id)?.sumOf ? 'derived' : '', flagged.has(id) ? 'flagged' : ''].join(' '),
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
