/**
 * The main screen: the report's sections as tabs (tables as editable grids, narrative as text
 * areas), the findings beside them, undo / redo, and the save status.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  acknowledge,
  checkReport,
  getTemplate,
  CHARTS_WORD,
  type CellId,
  type Finding,
  type NarrativeKey,
  type SectionTemplate,
} from '../../domain/index.ts';
import { FindingsPanel } from '../findings/findings-panel.tsx';
import { ReportGrid, type ReportGridHandle } from './grid/report-grid.tsx';
import { ExportMenu } from './export-menu.tsx';
import { NarrativeSection } from './narrative-section.tsx';
import { SectionTabs } from './section-tabs.tsx';
import { CHARTS_TAB, ChartsPanel } from './charts/charts-panel.tsx';
import { SourcesList } from '../aggregate/sources-list.tsx';
import type { ReportHistory } from './use-report-history.ts';
import { useValueAfterPaint } from '../shared/use-value-after-paint.ts';

export interface EditorViewProps {
  readonly history: ReportHistory;
  readonly section: string;
  readonly onSection: (key: string) => void;
  /** Rendered in the header: save status, other-tab warnings, export/back actions. */
  readonly status: React.ReactNode;
  readonly readOnly: boolean;
}

const sectionKey = (s: SectionTemplate): string => (s.kind === 'table' ? s.table : s.narrative);

/** `narrative.other` → 'other'; undefined for table cells. */
const narrativeKeyOf = (id: CellId): string | undefined =>
  id.startsWith('narrative.') ? id.slice('narrative.'.length) : undefined;

/** The tab a finding belongs to: its table, or the narrative section it names (text figures: 一). */
function sectionOfFinding(f: Finding): string | null {
  if (f.area === 'report') return null;
  if (f.area !== 'narrative') return f.area;
  const key = f.cells.map(narrativeKeyOf).find((k) => k !== undefined);
  return key === undefined || key === 'preamble' ? 'overview' : key;
}

export function EditorView({ history, section, onSection, status, readOnly }: EditorViewProps) {
  const { report, commitCells, commitReport, undo, redo, canUndo, canRedo } = history;
  const template = getTemplate(report.format);
  // The checks run after the keystroke has been painted.
  const checked = useValueAfterPaint(report);
  const findings = useMemo(() => checkReport(checked, { mode: 'draft' }), [checked]);
  const findingsByCell = useMemo(() => {
    const map = new Map<CellId, Finding[]>();
    for (const f of findings) {
      if (f.severity === 'info' || f.acknowledgement !== undefined) continue;
      for (const id of f.cells) map.set(id, [...(map.get(id) ?? []), f]);
    }
    return map;
  }, [findings]);
  const [notice, setNotice] = useState('');
  const grid = useRef<ReportGridHandle>(null);
  const [pendingFocus, setPendingFocus] = useState<CellId | null>(null);

  const current = template.sections.find((s) => sectionKey(s) === section) ?? template.sections[0]!;
  const showCharts = section === CHARTS_TAB;
  const currentKey = showCharts ? CHARTS_TAB : sectionKey(current);

  useEffect(() => {
    if (!pendingFocus) return;
    const narrative = narrativeKeyOf(pendingFocus);
    const focused = narrative
      ? (document
          .querySelector<HTMLTextAreaElement>(`textarea[data-narrative="${narrative}"]`)
          ?.focus(),
        true)
      : grid.current?.focusCell(pendingFocus);
    if (focused) setPendingFocus(null);
  }, [pendingFocus, section]);

  const onSelectFinding = useCallback(
    (cell: CellId, f: Finding) => {
      const target = sectionOfFinding(f);
      if (target && target !== section) onSection(target);
      setPendingFocus(cell);
    },
    [onSection, section],
  );
  const onNarrative = useCallback(
    (key: NarrativeKey, text: string) =>
      commitReport(
        (r) => ({ ...r, narrative: { ...r.narrative, [key]: text } }),
        `narrative.${key}`,
      ),
    [commitReport],
  );

  const onAcknowledge = useCallback(
    (f: Finding, note: string) => commitReport((r) => acknowledge(r, f, note)),
    [commitReport],
  );

  const onKeyDownCapture = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      undo();
    } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
      e.preventDefault();
      redo();
    }
  };

  const tabs = [
    ...template.sections.map((s) => ({
      key: sectionKey(s),
      label: s.heading,
      count: findings.filter(
        (f) =>
          f.acknowledgement === undefined &&
          f.severity !== 'info' &&
          sectionOfFinding(f) === sectionKey(s),
      ).length,
    })),
    { key: CHARTS_TAB, label: CHARTS_WORD, count: 0 },
  ];

  return (
    <div className="editor" onKeyDownCapture={readOnly ? undefined : onKeyDownCapture}>
      <div className="editor-bar">
        <h1 className="editor-title">
          {report.agency}
          {report.year}年政府信息公开工作年度报告
          <span className="format-tag">{template.document}</span>
        </h1>
        <div className="editor-actions">
          <button
            type="button"
            onClick={undo}
            disabled={!canUndo || readOnly}
            title="撤销（Ctrl+Z）"
          >
            撤销
          </button>
          <button
            type="button"
            onClick={redo}
            disabled={!canRedo || readOnly}
            title="重做（Ctrl+Y）"
          >
            重做
          </button>
          <ExportMenu report={report} />
          {status}
        </div>
      </div>
      {report.sources && report.sources.length > 0 && <SourcesList sources={report.sources} />}
      <SectionTabs tabs={tabs} current={currentKey} onSelect={onSection} />
      <div className="editor-body">
        <section
          id={`panel-${currentKey}`}
          role="tabpanel"
          aria-labelledby={`tab-${currentKey}`}
          className="editor-main"
        >
          <h2>{showCharts ? CHARTS_WORD : current.heading}</h2>
          <p className="notice" role="status" aria-live="polite">
            {notice}
          </p>
          {showCharts ? (
            <ChartsPanel report={report} />
          ) : current.kind === 'table' ? (
            <fieldset disabled={readOnly} className="grid-fieldset">
              {template.tables[current.table].note && current.table !== 'requests' && (
                <p className="table-note">{template.tables[current.table].note}</p>
              )}
              <div className="table-scroll">
                <ReportGrid
                  ref={grid}
                  report={report}
                  tableId={current.table}
                  caption={current.heading}
                  onCommit={commitCells}
                  findingsByCell={findingsByCell}
                  onNotice={setNotice}
                  {...(report.previous ? { previous: report.previous } : {})}
                />
              </div>
            </fieldset>
          ) : (
            <fieldset disabled={readOnly} className="narrative-fieldset">
              {current.narrative === 'overview' && (
                <NarrativeSection
                  section={{ ...current, narrative: 'preamble', prompts: [] }}
                  label="开头段落（可选，写在“一、总体情况”之前）"
                  value={report.narrative?.preamble ?? ''}
                  onChange={onNarrative}
                  rows={4}
                />
              )}
              <NarrativeSection
                section={current}
                value={report.narrative?.[current.narrative] ?? ''}
                onChange={onNarrative}
              />
            </fieldset>
          )}
        </section>
        <aside className="editor-side">
          <FindingsPanel
            findings={findings}
            onSelect={onSelectFinding}
            {...(readOnly ? {} : { onAcknowledge })}
          />
        </aside>
      </div>
    </div>
  );
}
