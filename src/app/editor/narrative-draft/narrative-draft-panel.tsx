/**
 * Under a narrative section: 按统计表生成 (the paragraphs drafted from the figures, inserted at
 * the cursor or in place of the generated block), the generated blocks of the section with their
 * state (已过时 → 更新), and the figures of last year left in copied text (改为本年数字).
 */
import { useId, useMemo, useState } from 'react';
// The narrative drafting is only needed in the editor (a lazy chunk): imported from its own
// modules, not through the domain index, so it stays out of the first page's JavaScript.
import {
  blockStatus,
  draftParagraph,
  findCopiedFigures,
  lastFeeFigures,
  locateBlock,
  PARAGRAPH_KINDS,
  placeGeneratedParagraph,
  replaceCopiedFigures,
  updateGeneratedBlock,
} from '../../../domain/narrative/index.ts';
import {
  copiedFigureWord,
  DRAFT_PANEL_WORDS as W,
  EDITED_BLOCK_WORD,
  GENERATE_WORD,
  PARAGRAPH_SECTIONS,
  PARAGRAPH_WORDS,
  STALE_WORD,
  UPDATE_WORD,
} from '../../../domain/wording/narrative.ts';
import type {
  GeneratedParagraphKind,
  InformationFeeFigures,
  NarrativeBlock,
  NarrativeKey,
  Report,
} from '../../../domain/index.ts';
import './narrative-draft.css';

export interface NarrativeDraftPanelProps {
  readonly report: Report;
  readonly section: NarrativeKey;
  readonly onChange: (update: (report: Report) => Report) => void;
}

const textareaOf = (section: NarrativeKey) =>
  document.querySelector<HTMLTextAreaElement>(`textarea[data-narrative="${section}"]`);

/** Shows the placed text selected in the text area, so the user sees what was inserted. */
function selectInTextarea(section: NarrativeKey, start: number, end: number): void {
  requestAnimationFrame(() => {
    const area = textareaOf(section);
    if (!area) return;
    area.focus();
    area.setSelectionRange(start, end);
    // Chromium does not scroll a text area to a selection made by script: bring the block into view.
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    const linesBefore = area.value.slice(0, start).split('\n').length - 1;
    const ratio = area.value.length === 0 ? 0 : start / area.value.length;
    area.scrollTop = Math.max(linesBefore * lineHeight, ratio * area.scrollHeight) - lineHeight;
  });
}

const NO_FEES: InformationFeeFigures = {
  noticesIssued: 0,
  noticesAmount: 0,
  collectedCases: 0,
  collectedAmount: 0,
};

const FEE_FIELDS: readonly (keyof InformationFeeFigures)[] = [
  'noticesIssued',
  'noticesAmount',
  'collectedCases',
  'collectedAmount',
];

function FeeInputs({
  fees,
  onFees,
}: {
  fees: InformationFeeFigures;
  onFees: (fees: InformationFeeFigures) => void;
}) {
  const id = useId();
  return (
    <fieldset className="fee-inputs">
      <legend>{W.feeLegend}</legend>
      {FEE_FIELDS.map((field) => (
        <label key={field} htmlFor={`${id}-${field}`}>
          {W[field]}
          <input
            id={`${id}-${field}`}
            type="number"
            min={0}
            step={field.endsWith('Amount') ? 0.01 : 1}
            inputMode={field.endsWith('Amount') ? 'decimal' : 'numeric'}
            value={fees[field]}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isFinite(n) && n >= 0) onFees({ ...fees, [field]: n });
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}

function BlockRow({
  report,
  block,
  onChange,
}: {
  report: Report;
  block: NarrativeBlock;
  onChange: NarrativeDraftPanelProps['onChange'];
}) {
  const status = blockStatus(report, block);
  const name = PARAGRAPH_WORDS[block.kind];
  return (
    <li className={`generated-block generated-block-${status}`} data-block={block.kind}>
      <span className="generated-block-name">{name}</span>
      {status === 'current' && <span className="block-state">{W.current}</span>}
      {status === 'edited' && <span className="block-state">{EDITED_BLOCK_WORD}</span>}
      {status === 'stale' && (
        <>
          <strong className="block-state block-stale">
            <span aria-hidden="true">⚠ </span>
            {STALE_WORD}
          </strong>
          <span className="block-detail">{W.staleDetail}</span>
          <button
            type="button"
            aria-label={`${UPDATE_WORD}“${name}”`}
            onClick={() => {
              const updated = updateGeneratedBlock(report, block);
              onChange(() => updated);
              const placed = updated.narrativeBlocks?.find(
                (b) => b.kind === block.kind && b.section === block.section,
              );
              const where = placed && locateBlock(updated, placed);
              if (where) selectInTextarea(block.section, where.start, where.end);
            }}
          >
            {UPDATE_WORD}
          </button>
        </>
      )}
    </li>
  );
}

/** Up to 14 characters of the clause before a figure: "全年收处政府信息公开申请". */
function contextBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 14), start);
  return before.slice(before.search(/[^。；，,、（(“\n]*$/));
}

function CopiedFigures({ report, section, onChange }: NarrativeDraftPanelProps) {
  const text = report.narrative?.[section] ?? '';
  const figures = useMemo(
    () => findCopiedFigures(text, report).filter((f) => f.current !== f.previous),
    [text, report],
  );
  if (figures.length === 0) return null;
  const replaceable = figures.filter((f) => f.replacement !== undefined);
  const replace = (list: typeof figures) =>
    onChange((r) => ({
      ...r,
      narrative: { ...r.narrative, [section]: replaceCopiedFigures(text, list) },
    }));
  return (
    <section className="copied-figures" aria-label={W.copiedTitle}>
      <h3>{W.copiedTitle}</h3>
      <ul>
        {figures.map((f) => (
          <li key={f.start} data-copied-figure={f.previous}>
            <span className="copied-context">
              {contextBefore(text, f.start)}
              <mark>{f.text}</mark>
              {text.slice(f.end, f.end + 4)}
            </span>
            <span>{copiedFigureWord(f.what, f.text, f.replacement ?? null)}</span>
            {f.replacement !== undefined && (
              <button type="button" onClick={() => replace([f])}>
                {W.replaceOne(f.replacement)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {replaceable.length > 1 && (
        <button type="button" onClick={() => replace(replaceable)}>
          {W.replaceAll}
        </button>
      )}
    </section>
  );
}

function Offer({
  report,
  section,
  kind,
  onChange,
}: NarrativeDraftPanelProps & { kind: GeneratedParagraphKind }) {
  const [fees, setFees] = useState<InformationFeeFigures>(() => lastFeeFigures(report) ?? NO_FEES);
  const options = kind === 'fees' ? { fees } : {};
  const drafted = draftParagraph(kind, report, options);
  const tracked = (report.narrativeBlocks ?? []).some(
    (b) => b.section === section && b.kind === kind && locateBlock(report, b),
  );
  const place = (mode: 'insert' | 'replaceOrInsert') => {
    const at = textareaOf(section)?.selectionStart;
    const placed = placeGeneratedParagraph(report, kind, {
      ...options,
      section,
      mode,
      ...(at !== undefined ? { at } : {}),
    });
    if (!placed.ok) return;
    onChange(() => placed.report);
    selectInTextarea(section, placed.start, placed.end);
  };
  return (
    <li className="draft-offer" data-offer={kind}>
      <h3>{PARAGRAPH_WORDS[kind]}</h3>
      {kind === 'fees' && <FeeInputs fees={fees} onFees={setFees} />}
      {drafted.ok ? (
        <p className="draft-preview">{drafted.text}</p>
      ) : (
        <p className="draft-missing">{drafted.reason}</p>
      )}
      <div className="draft-actions">
        <button type="button" disabled={!drafted.ok} onClick={() => place('insert')}>
          {W.insert}
        </button>
        {tracked && (
          <button type="button" disabled={!drafted.ok} onClick={() => place('replaceOrInsert')}>
            {W.replace}
          </button>
        )}
      </div>
    </li>
  );
}

export function NarrativeDraftPanel(props: NarrativeDraftPanelProps) {
  const { report, section, onChange } = props;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const kinds = PARAGRAPH_KINDS.filter((k) => PARAGRAPH_SECTIONS[k] === section);
  const blocks = (report.narrativeBlocks ?? []).filter((b) => b.section === section);
  if (kinds.length === 0 && blocks.length === 0) return null;
  return (
    <div className="narrative-draft">
      {blocks.length > 0 && (
        <section aria-label={W.blocks} className="generated-blocks">
          <ul>
            {blocks.map((b) => (
              <BlockRow
                key={`${b.kind}-${b.fingerprint}`}
                report={report}
                block={b}
                onChange={onChange}
              />
            ))}
          </ul>
        </section>
      )}
      <CopiedFigures {...props} />
      {kinds.length > 0 && (
        <button
          type="button"
          className="draft-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {GENERATE_WORD}
        </button>
      )}
      {open && (
        <div id={panelId} role="region" aria-label={GENERATE_WORD} className="draft-offers">
          <p className="hint">{W.intro}</p>
          <ul>
            {kinds.map((k) => (
              <Offer key={k} {...props} kind={k} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
