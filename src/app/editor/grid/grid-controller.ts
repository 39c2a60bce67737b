/**
 * The behaviour of the editable grid, outside React's render: keyboard moves, committing and
 * restoring cell texts, live totals, paste, focus. One instance per mounted grid; its event
 * handlers are attached once to the <table> (delegation), so the table never re-renders for them.
 *
 * Keyboard, as in a spreadsheet:
 * - arrows move between entered cells over the printed grid, skipping labels and totals. A cell
 *   reached by keyboard has its text selected, so typing replaces it, and Left / Right keep
 *   moving. After a mouse click or F2 the cell is being edited: Left / Right move the caret and
 *   leave the cell only at the text's edge; Home / End move the caret.
 * - Tab / Shift+Tab: next / previous entered cell in reading order, which is the inputs' document
 *   order (totals are not in the Tab order), so the browser's own focus navigation does the move:
 *   it is several times cheaper than focus() from script. From the last (first) cell they leave
 *   the table.
 * - Enter / Shift+Enter: commit and move down / up. Home / End: first / last entered cell of the
 *   row; Ctrl+Home / Ctrl+End: of the table. Escape: back to the committed value.
 * - Undo / redo keys belong to the editor (handled before they get here); the inputs' own undo
 *   history (Edit menu, context menu) is switched off.
 */
import type { UseFormReturn } from 'react-hook-form';
import {
  cellLabel,
  dependentTotals,
  derivedValue,
  effectiveChanges,
  isBlockText,
  moveFrom,
  parseCellInput,
  parseClipboardBlock,
  pasteSummary,
  planPaste,
  roundMoney,
  setCellValue,
  type CellId,
  type CellTemplate,
  type CellValue,
  type FormatTemplate,
  type GridMove,
  type TableTemplate,
} from '../../../domain/index.ts';
import { formatCellValue } from '../../format-number.ts';
import type { GridData, KeyedStore, ValueStore } from './cell-store.ts';
import { fieldName, type GridTexts } from './grid-fields.ts';

export interface GridCallbacks {
  readonly onCommit: (changes: readonly { id: CellId; value: CellValue }[], label: string) => void;
  readonly onNotice: (message: string) => void;
}

export interface GridControllerOptions {
  readonly table: TableTemplate;
  readonly template: FormatTemplate;
  readonly form: Pick<
    UseFormReturn<GridTexts>,
    'setValue' | 'setError' | 'clearErrors' | 'getFieldState'
  >;
  readonly data: ValueStore<GridData>;
  readonly live: KeyedStore<CellValue>;
  readonly active: ValueStore<CellId | null>;
  readonly callbacks: GridCallbacks;
}

const NAVIGATION_KEYS: Readonly<Record<string, GridMove>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'rowStart',
  End: 'rowEnd',
};

type Handler<E> = (e: E) => void;

export class GridController {
  readonly cells: ReadonlyMap<CellId, CellTemplate>;
  private readonly o: GridControllerOptions;
  private callbacks: GridCallbacks;
  private tableEl: HTMLTableElement | null = null;
  /** Values committed since the last report arrived (the parent re-renders after the event). */
  private readonly pending = new Map<CellId, CellValue>();
  private composing = false;
  /** The focused input is being edited (caret moves) rather than navigated (arrows move). */
  private editing = false;
  private pointerCell: CellId | null = null;
  /** Set while a keyboard move focuses the next cell: the blur of the cell left is already committed. */
  private moving: CellId | null = null;

  constructor(options: GridControllerOptions) {
    this.o = options;
    this.callbacks = options.callbacks;
    this.cells = new Map(options.table.cells.map((c) => [c.id, c]));
  }

  /** New props from the parent (called in a layout effect). */
  update(data: GridData, callbacks: GridCallbacks): void {
    this.callbacks = callbacks;
    const before = this.o.data.get();
    if (before === data) return;
    const reportChanged = before.report !== data.report;
    this.o.data.set(data);
    if (!reportChanged) return;
    this.pending.clear();
    this.o.live.clear();
    // The figure being typed (if any) still counts in its totals, unless its cell's committed
    // value changed too: then the input is about to show the new value instead.
    const focused = document.activeElement;
    const focusedId =
      focused instanceof HTMLInputElement && this.tableEl?.contains(focused)
        ? focused.dataset.cell
        : undefined;
    if (focusedId && before.values.get(focusedId) === data.values.get(focusedId))
      this.refreshLive(focusedId, (focused as HTMLInputElement).value);
  }

  /** Callback ref of the <table>: keeps it, and switches the inputs' own undo off. */
  readonly tableRef = (el: HTMLTableElement | null): (() => void) | undefined => {
    this.tableEl = el;
    if (!el) return undefined;
    const block = (e: InputEvent) => {
      if (e.inputType === 'historyUndo' || e.inputType === 'historyRedo') e.preventDefault();
    };
    // Leaving the page (closing the tab, switching away) commits the figure being typed, so the
    // editor's save on page hide includes it.
    const hide = () => {
      const focused = document.activeElement;
      if (
        document.visibilityState === 'hidden' &&
        focused instanceof HTMLInputElement &&
        focused.dataset.cell &&
        el.contains(focused)
      ) {
        this.commitInput(focused, focused.dataset.cell);
      }
    };
    el.addEventListener('beforeinput', block);
    document.addEventListener('visibilitychange', hide);
    return () => {
      el.removeEventListener('beforeinput', block);
      document.removeEventListener('visibilitychange', hide);
      this.tableEl = null;
    };
  };

  committedValue(id: CellId): CellValue {
    return this.pending.has(id)
      ? this.pending.get(id)!
      : (this.o.data.get().values.get(id) ?? null);
  }

  private elementOf(id: CellId): HTMLElement | null {
    return this.tableEl?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(id)}"]`) ?? null;
  }

  /** Focuses a cell of this table (an input, or a derived total); false when it is not here or cannot take focus. */
  focusCell(id: CellId): boolean {
    const el = this.elementOf(id);
    if (!el) return false;
    el.focus();
    if (document.activeElement !== el) return false;
    if (el instanceof HTMLInputElement) el.select();
    return true;
  }

  /**
   * Live totals for the text being typed in `id` (cleared when the text is not a changed, valid
   * figure). Totals are sums, so each moves by the typed figure's difference from the committed
   * one: a few additions per keystroke, whatever the size of the table.
   */
  private refreshLive(id: CellId, text: string | null): void {
    const totals = dependentTotals(this.o.table, id);
    if (totals.length === 0) return;
    const cell = this.cells.get(id);
    const parsed = text === null || !cell ? null : parseCellInput(text, cell.kind);
    const committed = this.committedValue(id);
    if (!parsed?.ok || parsed.value === committed) {
      for (const t of totals) this.o.live.set(t, undefined);
      return;
    }
    const typed = parsed.value;
    const { values, report } = this.o.data.get();
    const withText =
      typed === null || this.pending.size > 0 ? setCellValue(report, id, typed) : null;
    for (const t of totals) {
      const total = values.get(t) ?? null;
      this.o.live.set(
        t,
        withText
          ? derivedValue(withText, this.o.template, t)
          : total === null
            ? typed
            : roundMoney(total - (committed ?? 0) + (typed ?? 0)),
      );
    }
  }

  /**
   * Reads and commits the input's text. Refused text stays, with the reason at the cell and a
   * notice; returns false then.
   */
  private commitInput(input: HTMLInputElement, id: CellId): boolean {
    const cell = this.cells.get(id);
    if (!cell) return true;
    const { form } = this.o;
    const name = fieldName(id);
    const parsed = parseCellInput(input.value, cell.kind);
    for (const t of dependentTotals(this.o.table, id)) this.o.live.set(t, undefined);
    if (!parsed.ok) {
      form.setError(name, { type: 'input', message: parsed.message });
      const before = formatCellValue(this.committedValue(id));
      this.callbacks.onNotice(
        `${cellLabel(cell)}：${parsed.message}。未采用，仍为${before === '' ? '空' : ` ${before}`}；按 Esc 恢复原值。`,
      );
      return false;
    }
    if (form.getFieldState(name).invalid) {
      form.clearErrors(name);
      this.callbacks.onNotice('');
    }
    const text = formatCellValue(parsed.value);
    if (input.value !== text) form.setValue(name, text);
    if (parsed.value !== this.committedValue(id)) {
      this.pending.set(id, parsed.value);
      this.callbacks.onCommit([{ id, value: parsed.value }], `填写“${cellLabel(cell)}”`);
    }
    return true;
  }

  /** Escape: back to the committed value; false when there was nothing to undo. */
  private restoreInput(input: HTMLInputElement, id: CellId): boolean {
    const { form } = this.o;
    const name = fieldName(id);
    const text = formatCellValue(this.committedValue(id));
    const changed = input.value !== text || form.getFieldState(name).invalid;
    if (changed) {
      if (form.getFieldState(name).invalid) {
        form.clearErrors(name);
        this.callbacks.onNotice('');
      }
      form.setValue(name, text);
      this.refreshLive(id, null);
    }
    this.editing = false;
    input.select();
    return changed;
  }

  readonly onKeyDown: Handler<React.KeyboardEvent<HTMLTableElement>> = (e) => {
    const native = e.nativeEvent;
    // Keys that confirm or edit an IME composition are the IME's.
    if (native.isComposing || native.keyCode === 229 || e.altKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const id = target.dataset.cell;
    if (!id || !this.cells.has(id)) return;
    const input = target instanceof HTMLInputElement ? target : null;

    let move: GridMove;
    if (e.key === 'Escape') {
      if (input && this.restoreInput(input, id)) e.preventDefault();
      return;
    } else if (e.key === 'F2') {
      if (!input) return;
      e.preventDefault();
      this.editing = true;
      input.setSelectionRange(input.value.length, input.value.length);
      return;
    } else if (e.key === 'Enter') {
      if (e.ctrlKey) return;
      move = e.shiftKey ? 'up' : 'down';
    } else if (e.key === 'Tab') {
      if (e.ctrlKey) return;
      move = e.shiftKey ? 'previous' : 'next';
    } else if (e.ctrlKey && (e.key === 'Home' || e.key === 'End')) {
      if (e.shiftKey) return;
      move = e.key === 'Home' ? 'first' : 'last';
    } else {
      const nav = NAVIGATION_KEYS[e.key];
      if (!nav || e.ctrlKey || e.shiftKey) return;
      if (input && this.editing) {
        // Editing: the caret moves inside the text; only the arrows leave, at its edge.
        if (nav === 'rowStart' || nav === 'rowEnd') return;
        const collapsed = input.selectionStart === input.selectionEnd;
        if (nav === 'left' && !(collapsed && input.selectionStart === 0)) return;
        if (nav === 'right' && !(collapsed && input.selectionEnd === input.value.length)) return;
      }
      move = nav;
    }

    const cell = this.cells.get(id)!;
    if (input && !parseCellInput(input.value, cell.kind).ok) {
      // Refused: stay in the cell, with the reason shown there.
      this.commitInput(input, id);
      e.preventDefault();
      return;
    }
    if (move === 'next' || move === 'previous') {
      // The browser moves the focus (document order = reading order, totals skipped).
      if (input) this.commitInput(input, id);
      if (!input) {
        const next = moveFrom(this.o.table, id, move);
        if (next && this.focusCell(next)) e.preventDefault();
      }
      return;
    }
    const next = moveFrom(this.o.table, id, move);
    // Focus first, commit after: the commit's re-render then happens once, after this handler,
    // instead of forcing a style and layout pass inside focus().
    this.moving = id;
    const moved = next !== null && next !== id && this.focusCell(next);
    this.moving = null;
    if (input) this.commitInput(input, id);
    e.preventDefault();
    if (!moved && input) {
      // At the edge of the table: stay.
      this.editing = false;
      input.select();
    }
  };

  readonly onFocus: Handler<React.FocusEvent<HTMLTableElement>> = (e) => {
    const target = e.target as HTMLElement;
    const id = target.dataset.cell;
    if (!id) return;
    this.o.active.set(id);
    if (!(target instanceof HTMLInputElement)) return;
    const byPointer = this.pointerCell === id;
    this.pointerCell = null;
    this.editing = byPointer;
    if (!byPointer) target.select();
  };

  readonly onBlur: Handler<React.FocusEvent<HTMLTableElement>> = (e) => {
    const target = e.target as HTMLElement;
    const id = target.dataset.cell;
    if (!id) return;
    if (target instanceof HTMLInputElement && this.moving !== id) this.commitInput(target, id);
    if (!(e.relatedTarget instanceof Node && this.tableEl?.contains(e.relatedTarget)))
      this.o.active.set(null);
  };

  readonly onPointerDown: Handler<React.PointerEvent<HTMLTableElement>> = (e) => {
    const target = e.target as HTMLElement;
    if (!(target instanceof HTMLInputElement) || !target.dataset.cell) return;
    this.pointerCell = target.dataset.cell;
    if (document.activeElement === target) this.editing = true;
  };

  readonly onInput: Handler<React.FormEvent<HTMLTableElement>> = (e) => {
    const target = e.target;
    // Nothing is read in the middle of an IME composition.
    if (
      this.composing ||
      (e.nativeEvent as InputEvent).isComposing ||
      !(target instanceof HTMLInputElement)
    )
      return;
    const id = target.dataset.cell;
    if (!id) return;
    this.refreshLive(id, target.value);
    const name = fieldName(id);
    const cell = this.cells.get(id);
    // A refused text, once corrected, loses its message at once.
    if (
      cell &&
      this.o.form.getFieldState(name).invalid &&
      parseCellInput(target.value, cell.kind).ok
    )
      this.o.form.clearErrors(name);
  };

  readonly onCompositionStart: Handler<React.CompositionEvent<HTMLTableElement>> = () => {
    this.composing = true;
  };

  readonly onCompositionEnd: Handler<React.CompositionEvent<HTMLTableElement>> = (e) => {
    this.composing = false;
    const target = e.target;
    if (target instanceof HTMLInputElement && target.dataset.cell)
      this.refreshLive(target.dataset.cell, target.value);
  };

  /**
   * A block copied from Excel / WPS (tab-separated) fills right and down from the focused cell
   * over the printed grid; every value written is one onCommit, and what was not written (and
   * every total that does not tie) is reported through onNotice. A single value without tabs or
   * line breaks is pasted into the text being edited, as usual.
   */
  readonly onPaste: Handler<React.ClipboardEvent<HTMLTableElement>> = (e) => {
    const target = e.target as HTMLElement;
    const id = target.dataset.cell;
    if (!id || !this.cells.has(id)) return;
    const text = e.clipboardData.getData('text/plain');
    if (!isBlockText(text)) return;
    e.preventDefault();
    const { form } = this.o;
    const report = this.o.data.get().report;
    const plan = planPaste(this.o.table, id, parseClipboardBlock(text), report);
    const changes = effectiveChanges(plan.changes, report);
    for (const ch of plan.changes) {
      const name = fieldName(ch.id);
      form.setValue(name, formatCellValue(ch.value));
      if (form.getFieldState(name).invalid) form.clearErrors(name);
      this.refreshLive(ch.id, null);
    }
    if (target instanceof HTMLInputElement) target.select();
    if (changes.length > 0) {
      for (const ch of changes) this.pending.set(ch.id, ch.value);
      this.callbacks.onCommit(changes, `粘贴 ${changes.length} 格`);
    }
    this.callbacks.onNotice(pasteSummary(plan, changes.length));
  };

  /** The <table>'s delegated handlers (a stable object). */
  readonly tableProps = {
    onKeyDown: this.onKeyDown,
    onFocus: this.onFocus,
    onBlur: this.onBlur,
    onPointerDown: this.onPointerDown,
    onInput: this.onInput,
    onCompositionStart: this.onCompositionStart,
    onCompositionEnd: this.onCompositionEnd,
    onPaste: this.onPaste,
  };
}
