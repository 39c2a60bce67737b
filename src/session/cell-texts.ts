/**
 * The text typed in a report's entered cells, framework-free: what is typed and not yet taken as
 * the cell's value (pending text, kept per keystroke), the reason a refused text was refused,
 * the totals a typed figure would give (live totals), and when a cell's text is replaced from
 * outside its input (a commit normalising "1,234", Escape, undo, paste: `textVersion`).
 *
 * It owns no report: it reads the current one through `getReport` and hands committed values to
 * `apply` (the draft session makes them an undo step and saves them; the import review keeps them
 * in its own state). `onChange` hears of every change of the pending texts (to save them).
 */
import {
  dependentTotals,
  derivedValue,
  findCell,
  getCellValue,
  getTemplate,
  parseCellInput,
  roundMoney,
  setCellValue,
  type CellId,
  type CellKind,
  type CellValue,
  type Report,
  type TableId,
} from '../domain/index.ts';
import type { PendingCellText, PendingTexts } from '../storage/index.ts';

type Listener = () => void;

/** What committing a cell's pending text did. */
export type CommitResult =
  | { readonly ok: true; readonly changed: boolean; readonly value: CellValue }
  | { readonly ok: false; readonly message: string };

export interface CellChange {
  readonly id: CellId;
  readonly value: CellValue;
}

export interface CellTextsOptions {
  readonly getReport: () => Report;
  /** Takes committed values into the report (one undo step). */
  readonly apply: (changes: readonly CellChange[]) => void;
  /** A pending text was added, changed or dropped. */
  readonly onChange?: () => void;
  readonly initial?: PendingTexts;
}

export class CellTexts {
  private readonly o: CellTextsOptions;
  private readonly pending = new Map<CellId, PendingCellText>();
  private view: PendingTexts = {};
  private readonly live = new Map<CellId, CellValue>();
  private readonly versions = new Map<CellId, number>();
  private readonly cellListeners = new Map<CellId, Set<Listener>>();
  private readonly listeners = new Set<Listener>();

  constructor(options: CellTextsOptions) {
    this.o = options;
    for (const [id, entry] of Object.entries(options.initial ?? {}))
      if (this.kindOf(id)) this.pending.set(id, entry);
    this.view = Object.fromEntries(this.pending);
    for (const id of this.pending.keys()) this.refreshLive(id);
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Pending texts by cell (a new object whenever one changes). */
  readonly getPending = (): PendingTexts => this.view;

  readonly subscribePending = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Listens to one cell: its pending text, message, text version, or (for a total) live value. */
  subscribeCell(id: CellId, listener: Listener): () => void {
    let set = this.cellListeners.get(id);
    if (!set) this.cellListeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** The report the texts belong to (as the owner has it now). */
  report(): Report {
    return this.o.getReport();
  }

  committedValue(id: CellId): CellValue {
    return getCellValue(this.o.getReport(), id) ?? null;
  }

  pendingText(id: CellId): PendingCellText | undefined {
    return this.pending.get(id);
  }

  /** The reason shown at the cell (a refused text), if any. */
  message(id: CellId): string | undefined {
    return this.pending.get(id)?.message;
  }

  textVersion(id: CellId): number {
    return this.versions.get(id) ?? 0;
  }

  /** What a derived total would be with the texts being typed; undefined when it is the committed one. */
  liveTotal(id: CellId): CellValue | undefined {
    return this.live.get(id);
  }

  // ---- editing -------------------------------------------------------------------------------

  /** Text typed in a cell (per keystroke): kept as its pending text, never as its value. */
  typeCell(id: CellId, text: string): void {
    const kind = this.kindOf(id);
    if (!kind) return;
    const before = this.pending.get(id);
    const parsed = parseCellInput(text, kind);
    let next: PendingCellText | undefined;
    if (parsed.ok && parsed.value === this.committedValue(id)) next = undefined;
    // Still refused: the reason stays until the next commit; corrected, it goes at once.
    else if (before?.message !== undefined && !parsed.ok) next = { text, message: before.message };
    else next = { text };
    const same =
      next === undefined
        ? before === undefined
        : before?.text === next.text && before.message === next.message;
    if (same) return;
    this.setPending(id, next);
    this.refreshLive(id);
  }

  /** Takes the cell's pending text as its value, or marks it refused with the reason. */
  commitCell(id: CellId): CommitResult {
    const kind = this.kindOf(id);
    const entry = this.pending.get(id);
    const committed = this.committedValue(id);
    if (!kind || !entry) return { ok: true, changed: false, value: committed };
    const parsed = parseCellInput(entry.text, kind);
    if (!parsed.ok) {
      if (entry.message !== parsed.message)
        this.setPending(id, { text: entry.text, message: parsed.message });
      return { ok: false, message: parsed.message };
    }
    this.setPending(id, undefined);
    this.bumpText(id);
    if (parsed.value !== committed) this.o.apply([{ id, value: parsed.value }]);
    this.refreshLive(id);
    return { ok: true, changed: parsed.value !== committed, value: parsed.value };
  }

  /** Escape: drops the pending text; false when there was none. */
  restoreCell(id: CellId): boolean {
    if (!this.pending.has(id)) return false;
    this.setPending(id, undefined);
    this.bumpText(id);
    this.refreshLive(id);
    return true;
  }

  /** Several values at once (a paste); their cells' pending texts are dropped. */
  commitCells(changes: readonly CellChange[]): void {
    for (const c of changes) {
      this.setPending(c.id, undefined);
      this.bumpText(c.id);
    }
    const report = this.o.getReport();
    const effective = changes.filter((c) => (getCellValue(report, c.id) ?? null) !== c.value);
    if (effective.length > 0) this.o.apply(effective);
    for (const c of changes) this.refreshLive(c.id);
  }

  /** The report was replaced (undo, redo): cells whose value changed show it, dropping what was typed there. */
  reportReplaced(before: Report, after: Report): void {
    const template = getTemplate(after.format);
    for (const table of Object.values(template.tables)) {
      for (const cell of table.cells) {
        if ((getCellValue(before, cell.id) ?? null) === (getCellValue(after, cell.id) ?? null))
          continue;
        if (cell.sumOf) continue;
        this.setPending(cell.id, undefined);
        this.bumpText(cell.id);
      }
    }
    for (const id of this.pending.keys()) this.refreshLive(id);
  }

  // ---- internals -----------------------------------------------------------------------------

  private kindOf(id: CellId): CellKind | undefined {
    const cell = findCell(getTemplate(this.o.getReport().format), id);
    return cell && !cell.sumOf ? cell.kind : undefined;
  }

  private notifyCell(id: CellId): void {
    this.cellListeners.get(id)?.forEach((l) => l());
  }

  private setPending(id: CellId, entry: PendingCellText | undefined): void {
    if (entry) this.pending.set(id, entry);
    else if (!this.pending.delete(id)) return;
    this.view = Object.fromEntries(this.pending);
    this.notifyCell(id);
    this.listeners.forEach((l) => l());
    this.o.onChange?.();
  }

  private bumpText(id: CellId): void {
    this.versions.set(id, this.textVersion(id) + 1);
    this.notifyCell(id);
  }

  /**
   * Live totals for the texts pending in `id`'s table (a total shows its committed value when
   * they change nothing). With one pending figure, totals are sums, so each moves by the typed
   * figure's difference from the committed one: a few additions per keystroke.
   */
  private refreshLive(id: CellId): void {
    const report = this.o.getReport();
    const template = getTemplate(report.format);
    const table = template.tables[id.split('.')[0] as TableId] as
      (typeof template.tables)[TableId] | undefined;
    if (!table) return;
    const totals = dependentTotals(table, id);
    if (totals.length === 0) return;
    const typedValue = (cellId: CellId): CellValue | undefined => {
      const entry = this.pending.get(cellId);
      const kind = entry && this.kindOf(cellId);
      const parsed = entry && kind ? parseCellInput(entry.text, kind) : null;
      return parsed?.ok ? parsed.value : undefined;
    };
    const committed = this.committedValue(id);
    const typed = typedValue(id) ?? committed;
    const others = [...this.pending.keys()].filter(
      (other) => other !== id && other.startsWith(`${table.id}.`),
    );
    if (others.length === 0 && (typed === committed || typed !== null)) {
      for (const t of totals) {
        const total = getCellValue(report, t) ?? null;
        this.setLive(
          t,
          typed === committed
            ? undefined
            : total === null
              ? typed
              : roundMoney(total - (committed ?? 0) + (typed ?? 0)),
        );
      }
      return;
    }
    let withTexts = setCellValue(report, id, typed);
    for (const other of others) {
      const v = typedValue(other);
      if (v !== undefined) withTexts = setCellValue(withTexts, other, v);
    }
    for (const t of totals) {
      const v = derivedValue(withTexts, template, t);
      this.setLive(t, v === (getCellValue(report, t) ?? null) ? undefined : v);
    }
  }

  private setLive(id: CellId, value: CellValue | undefined): void {
    const had = this.live.has(id);
    if (value === undefined ? !had : had && this.live.get(id) === value) return;
    if (value === undefined) this.live.delete(id);
    else this.live.set(id, value);
    this.notifyCell(id);
  }
}
