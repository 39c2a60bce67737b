/**
 * The draft session: the one owner of an open draft's edit loop, free of any framework. It holds
 * the report (with its derived totals), the text typed in cells and not yet taken as their value
 * (pending texts, refused ones with their message), undo / redo, the totals a typed figure would
 * give (live totals), the findings (the rules run once per change of the report) and saving.
 *
 * Saving: every change (a committed value, a keystroke in a cell, narrative text) makes the
 * session dirty and asks `schedule` to run a save soon (the app runs it after the next paint).
 * Saves never overlap and run in order: a save due while one runs starts right after it, with the
 * latest state, so a later state is never overwritten by an earlier one. A revision conflict
 * (another tab saved) stops saving; the draft is then shown read-only by the app. Every change is
 * also journalled at once (one IndexedDB request in the same task, no read first), and so is the
 * latest state on page hide (`writeJournal`); the next open applies a journal entry unless another
 * session saved in between. Each save deletes the entry, so one that is left is newer than any save.
 *
 * The React editor subscribes to it (`subscribe` / `getSnapshot` for the report, `cells` for
 * one cell's pending text, message and live total).
 */
import {
  checkReport,
  MAX_NARRATIVE_LENGTH,
  reportStatus,
  setCellValue,
  summarizeFindings,
  withTotals,
  withTotalsAfter,
  type CellId,
  type Finding,
  type NarrativeKey,
  type Report,
  type ReportStatus,
} from '../domain/index.ts';
import {
  refusedCells,
  type DraftJournal,
  type DraftRecord,
  type DraftStore,
  type PendingTexts,
} from '../storage/index.ts';
import { CellTexts } from './cell-texts.ts';
import { refusedEntryFindings } from './pending-status.ts';

type Listener = () => void;

export type SaveState =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'saving' }
  /** Another tab saved this draft: nothing more is saved from here. */
  | { readonly kind: 'conflict' }
  /** The draft is gone (deleted elsewhere) or the browser refused to store it; changes stay unsaved. */
  | { readonly kind: 'error'; readonly message: string };

export interface SessionSnapshot {
  readonly report: Report;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export interface DraftSessionOptions {
  readonly store: Pick<DraftStore, 'save' | 'writeJournal'>;
  readonly record: DraftRecord;
  /** The draft's journal entry, if any: applied when no other session saved since it was written. */
  readonly journal?: DraftJournal;
  /** Runs a save soon (default: a zero timeout). The returned function cancels it. */
  readonly schedule?: (run: () => void) => () => void;
  /** Called after each successful save (e.g. to tell other tabs). */
  readonly onSaved?: (revision: number) => void;
  /** Clock; defaults to Date.now. */
  readonly now?: () => number;
  /** Distinguishes this session's saves from others' (default: random). */
  readonly writer?: string;
}

const MAX_UNDO = 200;
/** Typing in one text area within this time is one undo step. */
const COALESCE_MS = 1500;

const defaultSchedule = (run: () => void): (() => void) => {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
};

const randomWriter = (): string => Math.random().toString(36).slice(2) + Date.now().toString(36);

/** Whether a journal entry is newer than what is stored: nobody else saved since it was written. */
export function journalApplies(record: DraftRecord, journal: DraftJournal | undefined): boolean {
  if (!journal || journal.id !== record.id) return false;
  return (
    journal.baseRevision === record.revision ||
    (record.writer !== undefined && record.writer === journal.writer)
  );
}

export class DraftSession {
  readonly id: string;
  private readonly store: DraftSessionOptions['store'];
  private readonly scheduleRun: (run: () => void) => () => void;
  private readonly now: () => number;
  private readonly onSaved: ((revision: number) => void) | undefined;
  private readonly writer: string;

  private report: Report;
  private past: Report[] = [];
  private future: Report[] = [];
  private lastKey: string | undefined;
  private lastAt = 0;
  private snapshot: SessionSnapshot;
  /** The texts typed in cells: pending texts, their messages, live totals. */
  readonly cells: CellTexts;

  private readonly listeners = new Set<Listener>();
  private readonly saveListeners = new Set<Listener>();

  private checked: { report: Report; findings: readonly Finding[] } | null = null;
  private statusOf: { report: Report; refused: string; status: ReportStatus } | null = null;
  private refusedOf: { pending: PendingTexts; findings: readonly Finding[] } | null = null;
  /** When each entered cell was last given a value in this session (a rising count). */
  private readonly editOrder = new Map<CellId, number>();
  private edits = 0;

  private revision: number;
  /** Counts every change; `savedChange` is the count the last successful save included. */
  private change = 0;
  private savedChange = 0;
  private saveState: SaveState;
  private running = false;
  private cancelScheduled: (() => void) | null = null;
  private stopped = false;

  constructor(options: DraftSessionOptions) {
    const { record, journal } = options;
    this.id = record.id;
    this.store = options.store;
    this.scheduleRun = options.schedule ?? defaultSchedule;
    this.now = options.now ?? Date.now;
    this.onSaved = options.onSaved;
    this.writer = options.writer ?? randomWriter();
    this.revision = record.revision;
    this.saveState = { kind: 'saved', at: record.updatedAt };
    const fromJournal = journalApplies(record, journal) ? journal : undefined;
    this.report = withTotals(fromJournal?.report ?? record.report);
    this.cells = new CellTexts({
      getReport: () => this.report,
      apply: (changes) => {
        for (const c of changes) this.editOrder.set(c.id, ++this.edits);
        this.commit(
          withTotalsAfter(
            changes.reduce((r, c) => setCellValue(r, c.id, c.value), this.report),
            changes.map((c) => c.id),
          ),
        );
      },
      onChange: () => this.changed(),
      initial: fromJournal?.pending ?? record.pending ?? {},
    });
    this.snapshot = { report: this.report, canUndo: false, canRedo: false };
    // The journal holds changes never saved: save them as soon as the editor is up.
    if (fromJournal) this.changed();
  }

  // ---- subscriptions -------------------------------------------------------------------------

  /** The report and undo / redo availability; a new object only when one of them changes. */
  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSaveState = (): SaveState => this.saveState;

  readonly subscribeSave = (listener: Listener): (() => void) => {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  };

  // ---- reading -------------------------------------------------------------------------------

  get currentReport(): Report {
    return this.report;
  }

  /** The revision of the draft as this session last saved (or opened) it. */
  get savedRevision(): number {
    return this.revision;
  }

  /** The draft check's findings for `report` (default: the current one); each report is checked once. */
  findings(report: Report = this.report): readonly Finding[] {
    if (this.checked?.report !== report)
      this.checked = { report, findings: checkReport(report, { mode: 'draft' }) };
    return this.checked.findings;
  }

  /**
   * The report's one status (domain reportStatus): 可以导出, or what is left, the refused entries
   * counted as open errors. Computed once per report and set of refused cells.
   */
  status(
    report: Report = this.report,
    pending: PendingTexts = this.cells.getPending(),
  ): ReportStatus {
    const refused = refusedCells(pending).sort();
    const key = refused.join('\n');
    if (this.statusOf?.report !== report || this.statusOf.refused !== key)
      this.statusOf = {
        report,
        refused: key,
        status: reportStatus(report, { refusedCells: refused }),
      };
    return this.statusOf.status;
  }

  /** The refused entries as open errors (rule cells.refused), in the template's order. */
  refusedFindings(pending: PendingTexts = this.cells.getPending()): readonly Finding[] {
    if (this.refusedOf?.pending !== pending)
      this.refusedOf = { pending, findings: refusedEntryFindings(this.report.format, pending) };
    return this.refusedOf.findings;
  }

  /** Of `cells`, the one given a value last in this session; undefined when none was. */
  lastEdited(cells: readonly CellId[]): CellId | undefined {
    let last: CellId | undefined;
    let at = 0;
    for (const id of cells) {
      const t = this.editOrder.get(id) ?? 0;
      if (t > at) [last, at] = [id, t];
    }
    return last;
  }

  /** True while a change is not yet stored, or the last save failed. */
  hasUnsavedChanges(): boolean {
    return this.change !== this.savedChange || this.saveState.kind !== 'saved';
  }

  // ---- the rest of the report ----------------------------------------------------------------

  /** Replaces the report as one undo step; edits with the same `coalesceKey` in quick succession merge. */
  update(update: (report: Report) => Report, coalesceKey?: string): void {
    const next = update(this.report);
    if (next === this.report) return;
    this.commit(next, coalesceKey);
  }

  /** Narrative text, cut at the one length limit the schema and restore accept. */
  setNarrative(key: NarrativeKey, text: string): void {
    const clipped = text.length > MAX_NARRATIVE_LENGTH ? text.slice(0, MAX_NARRATIVE_LENGTH) : text;
    if ((this.report.narrative?.[key] ?? '') === clipped) return;
    this.update(
      (r) => ({ ...r, narrative: { ...r.narrative, [key]: clipped } }),
      `narrative.${key}`,
    );
  }

  undo(): void {
    const prev = this.past[this.past.length - 1];
    if (!prev) return;
    this.past = this.past.slice(0, -1);
    this.future = [this.report, ...this.future];
    this.lastKey = undefined;
    this.replace(prev);
  }

  redo(): void {
    const [next, ...rest] = this.future;
    if (!next) return;
    this.past = [...this.past, this.report];
    this.future = rest;
    this.lastKey = undefined;
    this.replace(next);
  }

  // ---- saving --------------------------------------------------------------------------------

  /** Saves now (and waits for a running save); resolves when everything so far is stored or saving stopped. */
  async flush(): Promise<void> {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    for (let i = 0; i < 3 && this.change !== this.savedChange && this.canSave(); i++) {
      if (this.running) await this.waitForSave();
      else await this.save();
    }
  }

  /**
   * For pagehide / visibilitychange / beforeunload: the latest state is journalled with one
   * request issued before this returns, and a regular save is started.
   */
  writeJournal(): void {
    if (this.change === this.savedChange || !this.canSave()) return;
    this.journal();
    void this.flush();
  }

  private journal(): void {
    this.store.writeJournal({
      id: this.id,
      writer: this.writer,
      baseRevision: this.revision,
      report: this.report,
      pending: this.cells.getPending(),
      at: this.now(),
    });
  }

  /** Stops saving (the editor is gone); call `flush()` first to keep changes. */
  dispose(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    this.stopped = true;
  }

  // ---- internals -----------------------------------------------------------------------------

  /** A new report as one undo step. */
  private commit(next: Report, coalesceKey?: string): void {
    const t = this.now();
    const merge =
      coalesceKey !== undefined && coalesceKey === this.lastKey && t - this.lastAt < COALESCE_MS;
    if (!merge) this.past = [...this.past.slice(-MAX_UNDO + 1), this.report];
    this.future = [];
    this.lastKey = coalesceKey;
    this.lastAt = t;
    this.setReport(next);
  }

  /** Undo / redo: cells whose value changed show it, dropping what was typed there. */
  private replace(next: Report): void {
    const before = this.report;
    this.setReport(next);
    this.cells.reportReplaced(before, next);
  }

  private setReport(next: Report): void {
    this.report = next;
    this.snapshot = {
      report: next,
      canUndo: this.past.length > 0,
      canRedo: this.future.length > 0,
    };
    this.listeners.forEach((l) => l());
    this.changed();
  }

  private canSave(): boolean {
    return !this.stopped && this.saveState.kind !== 'conflict';
  }

  private journalQueued = false;
  /** The change count the running save holds. */
  private savingChange = -1;

  private changed(): void {
    this.change++;
    if (!this.canSave()) return;
    // Write-ahead: the change is journalled in the same task (one request for all the changes of
    // this event), so it reaches the browser's storage even if the page dies before the save.
    if (!this.journalQueued) {
      this.journalQueued = true;
      queueMicrotask(() => {
        this.journalQueued = false;
        // Not when a save already under way holds this very state.
        if (this.change !== this.savedChange && this.change !== this.savingChange && this.canSave())
          this.journal();
      });
    }
    // The status says 正在保存 from when the save starts (after the keystroke is painted): a
    // keystroke re-renders nothing for it. hasUnsavedChanges() is true from the change on.
    if (this.running || this.cancelScheduled) return;
    this.cancelScheduled = this.scheduleRun(() => {
      this.cancelScheduled = null;
      void this.save();
    });
  }

  private setSaveState(state: SaveState): void {
    this.saveState = state;
    this.saveListeners.forEach((l) => l());
  }

  private saveDone: Promise<void> = Promise.resolve();

  private waitForSave(): Promise<void> {
    return this.saveDone;
  }

  /** One save of the latest state; another follows at once if something changed meanwhile. */
  private save(): Promise<void> {
    if (this.running) return this.saveDone;
    if (this.change === this.savedChange || !this.canSave()) return Promise.resolve();
    this.running = true;
    const run = (async () => {
      while (this.change !== this.savedChange && this.canSave()) {
        const change = this.change;
        this.savingChange = change;
        const report = this.report;
        const pending = this.cells.getPending();
        if (this.saveState.kind !== 'saving') this.setSaveState({ kind: 'saving' });
        let counts;
        let status;
        try {
          const { errors, warnings } = summarizeFindings(this.findings(report));
          counts = { errors, warnings };
          const { label, exportable, ready } = this.status(report, pending);
          status = { label, exportable, ready };
        } catch (error) {
          console.error('xxgk-nianbao: checking the draft for the list failed', error);
          counts = { errors: 1, warnings: 0 };
        }
        try {
          const result = await this.store.save(this.id, report, this.revision, {
            pending,
            counts,
            ...(status ? { status } : {}),
            writer: this.writer,
          });
          if (result.ok) {
            this.revision = result.revision;
            this.savedChange = change;
            this.onSaved?.(result.revision);
            if (this.change === change) this.setSaveState({ kind: 'saved', at: result.updatedAt });
          } else if (result.reason === 'conflict') {
            this.setSaveState({ kind: 'conflict' });
          } else {
            this.setSaveState({ kind: 'error', message: '这份草稿已被删除，无法继续保存。' });
            return;
          }
        } catch (error) {
          // Not retried on its own (a full disk does not empty itself): the next change retries.
          this.setSaveState({
            kind: 'error',
            message: error instanceof Error ? error.message : String(error),
          });
          return;
        }
      }
    })().finally(() => {
      this.running = false;
    });
    this.saveDone = run;
    return run;
  }
}
