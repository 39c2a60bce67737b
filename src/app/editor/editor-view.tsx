/**
 * The main screen: the report's sections as tabs (tables as editable grids, narrative as text
 * areas), the findings beside them, undo / redo, and the save status.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import {
  acknowledge,
  findCell,
  getTemplate,
  CHARTS_WORD,
  type CellId,
  type Finding,
  type NarrativeKey,
  type Report,
  type SectionTemplate,
} from '../../domain/index.ts';
import { refusedCells } from '../../storage/index.ts';
import { COMPARISON_WORDS } from '../../domain/wording/narrative.ts';
import { FindingsPanel } from '../findings/findings-panel.tsx';
import { cellMarks } from './grid/cell-store.ts';
import { ReportGrid, type ReportGridHandle } from './grid/report-grid.tsx';
import { ExportMenu } from './export-menu.tsx';
import { NarrativeSection } from './narrative-section.tsx';
import { SectionTabs } from './section-tabs.tsx';
import { CHARTS_TAB, ChartsPanel } from './charts/charts-panel.tsx';
import { SourcesList } from '../aggregate/sources-list.tsx';
import type { DraftSession } from '../../session/index.ts';
import { useValueAfterPaint } from '../shared/use-value-after-paint.ts';
import { ReportPropertiesButton } from '../report-properties/report-properties-button.tsx';
import { sectionTabStatus } from './section-status.ts';
import { NarrativeDraftPanel } from './narrative-draft/narrative-draft-panel.tsx';
import { COMPARISON_TAB, ComparisonView } from './comparison/comparison-view.tsx';

export interface EditorViewProps {
  /** The open draft: its report, cell texts, undo / redo and findings. */
  readonly session: DraftSession;
  readonly section: string;
  readonly onSection: (key: string) => void;
  /** Rendered in the header: save status, other-tab warnings, export/back actions. */
  readonly status: React.ReactNode;
  readonly readOnly: boolean;
}

const NO_CELLS: ReadonlySet<CellId> = new Set();

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

export function EditorView({ session, section, onSection, status, readOnly }: EditorViewProps) {
  const { report, canUndo, canRedo } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const template = getTemplate(report.format);
  // The checks run after the keystroke has been painted; the session checks each report once
  // (its save counts the same findings).
  const checked = useValueAfterPaint(report);
  const checkedFindings = useMemo(() => session.findings(checked), [session, checked]);
  // Refused entries are open errors: they re-render the editor when the set of them changes,
  // not on every keystroke.
  const refusedKey = useSyncExternalStore(session.cells.subscribePending, () =>
    refusedCells(session.cells.getPending()).join('\n'),
  );
  const refusedFindings = useMemo(
    () => (refusedKey === '' ? [] : session.refusedFindings()),
    [session, refusedKey],
  );
  const findings = useMemo(
    () =>
      refusedFindings.length === 0 ? checkedFindings : [...refusedFindings, ...checkedFindings],
    [refusedFindings, checkedFindings],
  );
  // The one status (domain reportStatus), shown the same in the panel, the tabs and the export menu.
  const draftStatus = useMemo(
    () => session.status(checked, session.cells.getPending()),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refusedKey stands for the pending texts it reads
    [session, checked, refusedKey],
  );
  // The cells of the finding last chosen, highlighted until the next one is.
  const [involved, setInvolved] = useState<ReadonlySet<CellId>>(NO_CELLS);
  const findingsByCell = useMemo(() => cellMarks(checkedFindings), [checkedFindings]);
  // The grid's last notice (a refused entry, a paste summary); it goes when the tab changes.
  const [notice, setNotice] = useState('');
  const grid = useRef<ReportGridHandle>(null);
  const [pendingFocus, setPendingFocus] = useState<CellId | null>(null);

  const current = template.sections.find((s) => sectionKey(s) === section) ?? template.sections[0]!;
  // 本年与上年对比 and 图解: tabs of their own beside the six sections.
  const comparing = section === COMPARISON_TAB && report.previous !== undefined;
  const showCharts = section === CHARTS_TAB;
  const panelKey = comparing ? COMPARISON_TAB : showCharts ? CHARTS_TAB : sectionKey(current);
  const [noticePanel, setNoticePanel] = useState(panelKey);
  if (noticePanel !== panelKey) {
    setNoticePanel(panelKey);
    setNotice('');
  }

  useEffect(() => {
    if (!pendingFocus) return;
    const narrative = narrativeKeyOf(pendingFocus);
    const focused = narrative
      ? (document
          .querySelector<HTMLTextAreaElement>(`textarea[data-narrative="${narrative}"]`)
          ?.focus(),
        true)
      : grid.current?.focusCell(pendingFocus, { caretAtEnd: true });
    if (focused) setPendingFocus(null);
  }, [pendingFocus, section]);

  // A finding takes the user to the cell most likely wrong: the last edited of its entered cells,
  // else the first entered one (a total cannot be typed in), and highlights every cell involved.
  const onSelectFinding = useCallback(
    (cell: CellId, f: Finding) => {
      const target = sectionOfFinding(f);
      if (target && target !== section) onSection(target);
      const template = getTemplate(session.currentReport.format);
      const entered = f.cells.filter((id) => {
        const c = findCell(template, id);
        return c !== undefined && !c.sumOf;
      });
      setInvolved(f.cells.length > 1 ? new Set(f.cells) : NO_CELLS);
      setPendingFocus(session.lastEdited(entered) ?? entered[0] ?? cell);
    },
    [onSection, section, session],
  );
  const onNarrative = useCallback(
    (key: NarrativeKey, text: string) => session.setNarrative(key, text),
    [session],
  );

  const onAcknowledge = useCallback(
    (f: Finding, note: string) => session.update((r) => acknowledge(r, f, note)),
    [session],
  );
  // 报告信息 saved: one undo step. A change of format drops what was typed in cells it has not.
  const onProperties = useCallback(
    (next: Report) => {
      const nextTemplate = getTemplate(next.format);
      for (const id of Object.keys(session.cells.getPending()))
        if (!findCell(nextTemplate, id)) session.cells.restoreCell(id);
      session.update(() => next);
    },
    [session],
  );
  const onReportChange = useCallback(
    (update: (report: Report) => Report) => session.update(update),
    [session],
  );
  const undo = useCallback(() => session.undo(), [session]);
  const redo = useCallback(() => session.redo(), [session]);

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

  const tabs = template.sections.map((s) => ({
    key: sectionKey(s),
    label: s.heading,
    ...sectionTabStatus(
      s,
      draftStatus,
      findings.filter((f) => sectionOfFinding(f) === sectionKey(s)),
    ),
  }));
  if (report.previous)
    tabs.push({
      key: COMPARISON_TAB,
      label: COMPARISON_WORDS.title,
      count: 0,
      severity: undefined,
      incomplete: false,
      words: '',
    });
  tabs.push({
    key: CHARTS_TAB,
    label: CHARTS_WORD,
    count: 0,
    severity: undefined,
    incomplete: false,
    words: '',
  });

  return (
    <main className="editor" onKeyDownCapture={readOnly ? undefined : onKeyDownCapture}>
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
          <ReportPropertiesButton report={report} disabled={readOnly} onSave={onProperties} />
          <ExportMenu report={report} status={draftStatus} />
          {status}
        </div>
      </div>
      {report.sources && report.sources.length > 0 && <SourcesList sources={report.sources} />}
      <SectionTabs tabs={tabs} current={panelKey} onSelect={onSection} />
      <div className="editor-body">
        <section
          id={`panel-${panelKey}`}
          role="tabpanel"
          aria-labelledby={`tab-${panelKey}`}
          className="editor-main"
        >
          <h2>{comparing ? COMPARISON_WORDS.title : showCharts ? CHARTS_WORD : current.heading}</h2>
          <p className="notice" role="status" aria-live="polite">
            {notice}
          </p>
          {comparing ? (
            <ComparisonView report={report} />
          ) : showCharts ? (
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
                  cells={session.cells}
                  findingsByCell={findingsByCell}
                  highlighted={involved}
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
              <NarrativeDraftPanel
                report={report}
                section={current.narrative}
                onChange={onReportChange}
              />
            </fieldset>
          )}
        </section>
        <aside className="editor-side">
          <FindingsPanel
            findings={findings}
            status={draftStatus}
            onSelect={onSelectFinding}
            {...(readOnly ? {} : { onAcknowledge })}
          />
        </aside>
      </div>
    </main>
  );
}
