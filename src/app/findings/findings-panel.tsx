/** The findings of a report, grouped by table and severity, under the report's one status. */
import { memo, useState } from 'react';
import {
  ACKNOWLEDGED_WORD,
  countWord,
  MANDATORY_CONTENT_HINT,
  STATUS_SEPARATOR,
  summarizeFindings,
  type CellId,
  type Finding,
  type ReportStatus,
} from '../../domain/index.ts';
import { AcknowledgeForm } from './acknowledge-form.tsx';
import { AREA_LABELS, SEVERITY_DISPLAY } from './severity-display.ts';
import { noteMessage } from '../../domain/wording/notes/index.ts';

export interface FindingsPanelProps {
  readonly findings: readonly Finding[];
  /**
   * The report's one status (domain reportStatus, refused entries counted), shown as is. Screens
   * without one (a file viewed, an import under review) show the findings' own summary.
   */
  readonly status?: ReportStatus;
  /** Called when a finding is chosen; the editor focuses its first cell. */
  readonly onSelect?: (cell: CellId, finding: Finding) => void;
  /** When given, warnings offer a 说明 form; an acknowledged warning no longer counts as open. */
  readonly onAcknowledge?: (finding: Finding, note: string) => void;
}

/** The findings' own summary as a status, for screens without a report status. */
function summaryStatus(findings: readonly Finding[]): ReportStatus {
  const s = summarizeFindings(findings);
  const ready = s.errors === 0 && s.warnings === 0;
  return {
    ready,
    exportable: s.errors === 0,
    label: s.status,
    parts: [],
    missingCells: {},
    missingSections: [],
    errors: s.errors,
    refused: 0,
    warnings: s.warnings,
    infos: s.infos,
    acknowledged: s.acknowledged,
  };
}

const findingKey = (f: Finding): string =>
  `${f.code}|${f.cells.join(',')}|${JSON.stringify(f.params)}`;

/** Re-renders only when the findings (or handlers) change, not on every keystroke. */
export const FindingsPanel = memo(function FindingsPanel({
  findings,
  status: given,
  onSelect,
  onAcknowledge,
}: FindingsPanelProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const status = given ?? summaryStatus(findings);
  const areas = [...new Set(findings.map((f) => f.area))];
  const statusClass = status.ready ? 'sev-ok' : status.errors > 0 ? 'sev-error' : 'sev-warning';
  // Errors and warnings are in the status line; the rest is counted under it.
  const more = [
    status.infos > 0 ? countWord('info', status.infos) : '',
    status.acknowledged > 0 ? `${ACKNOWLEDGED_WORD} ${status.acknowledged} 项` : '',
  ].filter(Boolean);
  return (
    <section className="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">检查结果</h2>
      <p className={`status ${statusClass}`} role="status" data-testid="findings-status">
        {status.label}
      </p>
      {more.length > 0 && <p className="counts">{more.join(STATUS_SEPARATOR)}</p>}
      {findings.length === 0 && <p className="empty">没有发现问题。</p>}
      {areas.map((area) => (
        <div key={area} className="findings-group">
          <h3>
            {AREA_LABELS[area] ?? area}（{findings.filter((f) => f.area === area).length}）
          </h3>
          <ul>
            {findings
              .filter((f) => f.area === area)
              .map((f, i) => {
                const sev = SEVERITY_DISPLAY[f.severity];
                const first = f.cells[0];
                const body = (
                  <>
                    <span className="sev-badge" aria-hidden="true">
                      {sev.icon}
                    </span>
                    <span className="sev-word">
                      {f.acknowledgement !== undefined ? ACKNOWLEDGED_WORD : sev.label}
                    </span>
                    <span className="finding-message">{noteMessage(f)}</span>
                    <code className="rule-id">{f.rule}</code>
                    {f.acknowledgement !== undefined && (
                      <span className="ack-note">说明：{f.acknowledgement}</span>
                    )}
                    {f.mandatory && <span className="ack-note">{MANDATORY_CONTENT_HINT}</span>}
                  </>
                );
                const key = findingKey(f);
                const canAcknowledge = onAcknowledge && f.severity === 'warning' && !f.mandatory;
                return (
                  <li
                    key={`${findingKey(f)}-${i}`}
                    className={`finding ${sev.className}`}
                    data-rule={f.rule}
                  >
                    {onSelect && first ? (
                      <button
                        type="button"
                        className="finding-button"
                        onClick={() => onSelect(first, f)}
                      >
                        {body}
                      </button>
                    ) : (
                      body
                    )}
                    {canAcknowledge &&
                      (editing === key ? (
                        <AcknowledgeForm
                          initial={f.acknowledgement ?? ''}
                          onSave={(note) => {
                            onAcknowledge(f, note);
                            setEditing(null);
                          }}
                          onCancel={() => setEditing(null)}
                        />
                      ) : (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setEditing(key)}
                        >
                          {f.acknowledgement !== undefined ? '修改说明' : '写说明'}
                        </button>
                      ))}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
});
