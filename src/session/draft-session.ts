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
 * (another tab saved) stops saving; the draft is then shown read-only by the app. On page hide the
 * latest state is journalled synchronously (`writeJournal`), and applied when the draft is opened
 * again unless another session saved in between.
 *
 * The React editor subscribes to it (`subscribe` / `getSnapshot` for the report, `subscribeCell`
 * for one cell's pending text, message and live total).
 */
import {
  checkReport,
  dependentTotals,
  derivedValue,
  findCell,
  getCellValue,
  getTemplate,
  MAX_NARRATIVE_LENGTH,
  parseCellInput,
  roundMoney,
  setCellValue,
  summarizeFindings,
  withTotals,
  withTotalsAfter,
  type CellId,
  type CellValue,
  type Finding,
  type NarrativeKey,
  type Report,
  type TableId,
} from '../domain/index.ts';
import type {
  DraftJournal,
  DraftRecord,
  DraftStore,
  PendingCellText,
  PendingTexts,
} from '../storage/index.ts';

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

/** What committing a cell's pending text did. */
export type CommitResult =
  | { readonly ok: true; readonly changed: boolean; readonly value: CellValue }
  | { readonly ok: false; readonly message: string };

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
  private readonly pending = new Map<CellId, PendingCellText>();
  private pendingView: PendingTexts;
  private readonly live = new Map<CellId, CellValue>();
  /** Bumped when a cell's text is replaced from outside the input (commit, Escape, undo, paste). */
  private readonly textVersions = new Map<CellId, number>();

  private readonly listeners = new Set<Listener>();
  private readonly pendingListeners = new Set<Listener>();
  private readonly cellListeners = new Map<CellId, Set<Listener>>();
  private readonly saveListeners = new Set<Listener>();

  private checked: { report: Report; findings: readonly Finding[] } | null = null;

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
    for (const [id, entry] of Object.entries(fromJournal?.pending ?? record.pending ?? {}))
      if (this.cellKind(id)) this.pending.set(id, entry);
    this.pendingView = Object.fromEntries(this.pending);
    for (const id of this.pending.keys()) this.refreshLive(id);
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

  /** Pending texts by cell (a new object whenever one changes). */
  readonly getPending = (): PendingTexts => this.pendingView;

  readonly subscribePending = (listener: Listener): (() => void) => {
    this.pendingListeners.add(listener);
    return () => this.pendingListeners.delete(listener);
  };

  /** Listens to one cell: its pending text, message, text version, or (for a total) live value. */
  subscribeCell(id: CellId, listener: Listener): () => void {
    let set = this.cellListeners.get(id);
    if (!set) this.cellListeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  readonly getSaveState = (): SaveState => this.saveState;

  readonly subscribeSave = (listener: Listener): (() => void) => {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  };

  // ---- reading -------------------------------------------------------------------------------

  get currentReport(): Report {
    return this.report;
  }

  committedValue(id: CellId): CellValue {
    return getCellValue(this.report, id) ?? null;
  }

  pendingText(id: CellId): PendingCellText | undefined {
    return this.pending.get(id);
  }

  /** The reason shown at the cell (a refused text), if any. */
  message(id: CellId): string | undefined {
    return this.pending.get(id)?.message;
  }

  textVersion(id: CellId): number {
    return this.textVersions.get(id) ?? 0;
  }

  /** What a derived total would be with the texts being typed; undefined when it is the committed one. */
  liveTotal(id: CellId): CellValue | undefined {
    return this.live.get(id);
  }

  /** The draft check's findings for `report` (default: the current one); each report is checked once. */
  findings(report: Report = this.report): readonly Finding[] {
    if (this.checked?.report !== report)
      this.checked = { report, findings: checkReport(report, { mode: 'draft' }) };
    return this.checked.findings;
  }

  /** True while a change is not yet stored, or the last save failed. */
  hasUnsavedChanges(): boolean {
    return this.change !== this.savedChange || this.saveState.kind !== 'saved';
  }

  // ---- cells ---------------------------------------------------------------------------------

  /** Text typed in a cell (per keystroke): kept as its pending text, never as its value. */
  typeCell(id: CellId, text: string): void {
    const kind = this.cellKind(id);
    if (!kind) return;
    const before = this.pending.get(id);
    const parsed = parseCellInput(text, kind);
    let next: PendingCellText | undefined;
    if (parsed.ok && parsed.value === this.committedValue(id)) next = undefined;
    else if (before?.message !== undefined && !parsed.ok)
      next = { text, message: before.message }; // still refused: the reason stays until the next commit
    else next = { text };
    if (
      next === undefined
        ? before === undefined
        : before?.text === text && before.message === next.message
    )
      return;
    this.setPending(id, next);
    this.refreshLive(id);
    this.changed();
  }

  /** Takes the cell's pending text as its value (one undo step), or marks it refused with the reason. */
  commitCell(id: CellId): CommitResult {
    const kind = this.cellKind(id);
    const entry = this.pending.get(id);
    const committed = this.committedValue(id);
    if (!kind || !entry) return { ok: true, changed: false, value: committed };
    const parsed = parseCellInput(entry.text, kind);
    if (!parsed.ok) {
      if (entry.message !== parsed.message) {
        this.setPending(id, { text: entry.text, message: parsed.message });
        this.changed();
      }
      return { ok: false, message: parsed.message };
    }
    this.setPending(id, undefined);
    this.bumpText(id);
    this.refreshLive(id);
    if (parsed.value === committed) {
      this.changed();
      return { ok: true, changed: false, value: committed };
    }
    this.commit(withTotalsAfter(setCellValue(this.report, id, parsed.value), [id]));
    return { ok: true, changed: true, value: parsed.value };
  }

  /** Escape: drops the pending text; false when there was none. */
  restoreCell(id: CellId): boolean {
    if (!this.pending.has(id)) return false;
    this.setPending(id, undefined);
    this.bumpText(id);
    this.refreshLive(id);
    this.changed();
    return true;
  }

  /** Several values at once (a paste) as one undo step; their pending texts are dropped. */
  commitCells(changes: readonly { readonly id: CellId; readonly value: CellValue }[]): void {
    for (const c of changes) {
      if (this.pending.has(c.id)) this.setPending(c.id, undefined);
      this.bumpText(c.id);
    }
    const next = changes.reduce((r, c) => setCellValue(r, c.id, c.value), this.report);
    for (const c of changes) this.refreshLive(c.id);
    if (next === this.report) {
      if (changes.length > 0) this.changed();
      return;
    }
    this.commit(
      withTotalsAfter(
        next,
        changes.map((c) => c.id),
      ),
    );
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
    if (this.change === this.savedChange || this.stopped || this.saveState.kind === 'conflict')
      return;
    this.store.writeJournal({
      id: this.id,
      writer: this.writer,
      baseRevision: this.revision,
      report: this.report,
      pending: this.pendingView,
      at: this.now(),
    });
    void this.flush();
  }

  /** Stops saving (the editor is gone); call `flush()` first to keep changes. */
  dispose(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    this.stopped = true;
  }

  // ---- internals -----------------------------------------------------------------------------

  private cellKind(id: CellId) {
    const template = getTemplate(this.report.format);
    const cell = findCell(template, id);
    return cell && !cell.sumOf ? cell.kind : undefined;
  }

  private notifyCell(id: CellId): void {
    this.cellListeners.get(id)?.forEach((l) => l());
  }

  private setPending(id: CellId, entry: PendingCellText | undefined): void {
    if (entry) this.pending.set(id, entry);
    else if (!this.pending.delete(id)) return;
    this.pendingView = Object.fromEntries(this.pending);
    this.notifyCell(id);
    this.pendingListeners.forEach((l) => l());
  }

  private bumpText(id: CellId): void {
    this.textVersions.set(id, this.textVersion(id) + 1);
    this.notifyCell(id);
  }

  /**
   * Live totals for the text pending in `id` (cleared when it is not a changed, valid figure).
   * Totals are sums, so each moves by the typed figure's difference from the committed one: a
   * few additions per keystroke, whatever the size of the table.
   */
  private refreshLive(id: CellId): void {
    const template = getTemplate(this.report.format);
    const table = template.tables[id.split('.')[0] as TableId] as
      (typeof template.tables)[TableId] | undefined;
    if (!table) return;
    const totals = dependentTotals(table, id);
    if (totals.length === 0) return;
    const kind = this.cellKind(id);
    const entry = this.pending.get(id);
    const parsed = entry && kind ? parseCellInput(entry.text, kind) : null;
    const committed = this.committedValue(id);
    const typed = parsed?.ok ? parsed.value : committed;
    // Other cells' pending figures count too: start from a report holding all of them.
    const others = [...this.pending.keys()].filter(
      (other) => other !== id && other.split('.')[0] === table.id,
    );
    if (others.length === 0 && typed === committed) {
      for (const t of totals) this.setLive(t, undefined);
      return;
    }
    if (others.length === 0 && typed !== null) {
      for (const t of totals) {
        const total = getCellValue(this.report, t) ?? null;
        this.setLive(t, total === null ? typed : roundMoney(total - (committed ?? 0) + typed));
      }
      return;
    }
    let withTexts = setCellValue(this.report, id, typed);
    for (const other of others) {
      const k = this.cellKind(other);
      const p = k ? parseCellInput(this.pending.get(other)!.text, k) : null;
      if (p?.ok) withTexts = setCellValue(withTexts, other, p.value);
    }
    for (const t of totals) {
      const v = derivedValue(withTexts, template, t);
      this.setLive(t, v === (getCellValue(this.report, t) ?? null) ? undefined : v);
    }
  }

  private setLive(id: CellId, value: CellValue | undefined): void {
    const had = this.live.has(id);
    if (value === undefined ? !had : had && this.live.get(id) === value) return;
    if (value === undefined) this.live.delete(id);
    else this.live.set(id, value);
    this.notifyCell(id);
  }

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
    const template = getTemplate(next.format);
    for (const table of Object.values(template.tables)) {
      for (const cell of table.cells) {
        if ((getCellValue(before, cell.id) ?? null) === (getCellValue(next, cell.id) ?? null))
          continue;
        if (this.pending.has(cell.id)) this.setPending(cell.id, undefined);
        if (!cell.sumOf) this.bumpText(cell.id);
      }
    }
    this.setReport(next);
    for (const id of this.pending.keys()) this.refreshLive(id);
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

  private changed(): void {
    this.change++;
    if (!this.canSave()) return;
    if (this.saveState.kind === 'saved') this.setSaveState({ kind: 'saving' });
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
        const report = this.report;
        const pending = this.pendingView;
        if (this.saveState.kind !== 'saving') this.setSaveState({ kind: 'saving' });
        let counts;
        try {
          const { errors, warnings } = summarizeFindings(this.findings(report));
          counts = { errors, warnings };
        } catch (error) {
          console.error('xxgk-nianbao: checking the draft for the list failed', error);
          counts = { errors: 1, warnings: 0 };
        }
        try {
          const result = await this.store.save(this.id, report, this.revision, {
            pending,
            counts,
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
