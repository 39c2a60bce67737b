/** One read file in full: its checks, what the importer noticed, and its tables 二、三、四. */
import { useEffect, useMemo, useRef } from 'react';
import { getCellValue, getTemplate, withTotals, type TableId } from '../../domain/index.ts';
import { FindingsPanel } from '../findings/findings-panel.tsx';
import { formatCellValue } from '../format-number.ts';
import { OfficialTable } from '../official-table/official-table.tsx';
import { KIND_LABELS, type AggregateRow } from './aggregate-rows.ts';
import { noteMessage } from '../../domain/wording/notes/index.ts';

const TABLES: readonly TableId[] = ['active', 'requests', 'reviews'];

export function RowDetail({
  row,
  onClose,
}: {
  readonly row: Extract<AggregateRow, { ok: true }>;
  readonly onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const { report, findings, importFindings } = row;
  const { template, shown, flagged } = useMemo(
    () => ({
      template: getTemplate(report.format),
      shown: withTotals(report),
      flagged: new Set(findings.filter((f) => f.severity !== 'info').flatMap((f) => f.cells)),
    }),
    [report, findings],
  );
  return (
    <dialog
      ref={dialog}
      className="aggregate-detail"
      aria-labelledby="aggregate-detail-heading"
      onClose={onClose}
    >
      <div className="aggregate-detail-head">
        <h2 id="aggregate-detail-heading">
          {report.agency || '（未填写单位）'}
          {report.year}年政府信息公开工作年度报告
        </h2>
        <p className="meta">
          {row.name} · {KIND_LABELS[row.kind]} · {template.document}
        </p>
        <button type="button" onClick={() => dialog.current?.close()}>
          关闭
        </button>
      </div>
      <div className="aggregate-detail-body">
        <div className="aggregate-detail-tables">
          {TABLES.map((table) => {
            const section = template.sections.find((s) => s.kind === 'table' && s.table === table);
            const heading = section?.heading ?? table;
            const cells = template.tables[table].cells;
            return (
              <section key={table}>
                <h3>{heading}</h3>
                <div className="table-scroll">
                  <OfficialTable
                    table={template.tables[table]}
                    caption={heading}
                    renderValue={(id) => formatCellValue(getCellValue(shown, id))}
                    valueCellProps={(id) => ({
                      className: [
                        cells.find((c) => c.id === id)?.sumOf ? 'derived' : '',
                        flagged.has(id) ? 'flagged' : '',
                      ].join(' '),
                    })}
                  />
                </div>
              </section>
            );
          })}
        </div>
        <aside className="aggregate-detail-side">
          <FindingsPanel findings={findings} />
          {importFindings.length > 0 && (
            <section className="import-notes">
              <h3>导入时发现（{importFindings.length}）</h3>
              <ul>
                {importFindings.map((f, i) => (
                  <li key={`${f.code}-${i}`} className={`sev-${f.severity}`}>
                    {noteMessage(f)}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </dialog>
  );
}
