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
import {
  cellLabel,
  effectiveChanges,
  isBlockText,
  moveFrom,
  parseCellInput,
  parseClipboardBlock,
  pasteSummary,
  planPaste,
  type CellId,
  type CellTemplate,
  type GridMove,
  type TableTemplate,
} from '../../../domain/index.ts';
import type { CellTexts } from '../../../session/index.ts';
import { formatCellValue } from '../../format-number.ts';
import type { GridData, ValueStore } from './cell-store.ts';

export interface GridCallbacks {
  readonly onNotice: (message: string) => void;
}

export interface GridControllerOptions {
  readonly table: TableTemplate;
  /** The texts typed in cells (the draft session's): every keystroke goes there. */
  readonly cells: CellTexts;
  readonly data: ValueStore<GridData>;
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

export interface FocusCellOptions {
  /** Leave the text unselected, the caret at its end, the cell being edited (a finding's target). */
  readonly caretAtEnd?: boolean;
}

export class GridController {
  readonly cells: ReadonlyMap<CellId, CellTemplate>;
  private readonly o: GridControllerOptions;
  private callbacks: GridCallbacks;
  private tableEl: HTMLTableElement | null = null;
  private composing = false;
  /** The focused input is being edited (caret moves) rather than navigated (arrows move). */
  private editing = false;
  /** The cell a pointer is focusing (set on pointerdown, read by the focus that follows). */
  private pointerCell: CellId | null = null;
  /** The cell a click has just focused and selected: its mouseup must not collapse the selection. */
  private keepSelectionOnMouseUp: CellId | null = null;
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
    this.o.data.set(data);
  }

  /** Callback ref of the <table>: keeps it, and switches the inputs' own undo off. */
  readonly tableRef = (el: HTMLTableElement | null): (() => void) | undefined => {
    this.tableEl = el;
    if (!el) return undefined;
    const block = (e: InputEvent) => {
      if (e.inputType === 'historyUndo' || e.inputType === 'historyRedo') e.preventDefault();
    };
    el.addEventListener('beforeinput', block);
    return () => {
      el.removeEventListener('beforeinput', block);
      this.tableEl = null;
    };
  };

  private elementOf(id: CellId): HTMLElement | null {
    return this.tableEl?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(id)}"]`) ?? null;
  }

  /** Focuses a cell of this table (an input, or a derived total); false when it is not here or cannot take focus. */
  focusCell(id: CellId, options: FocusCellOptions = {}): boolean {
    const el = this.elementOf(id);
    if (!el) return false;
    el.focus();
    if (document.activeElement !== el) return false;
    if (el instanceof HTMLInputElement) {
      if (options.caretAtEnd) {
        this.editing = true;
        el.setSelectionRange(el.value.length, el.value.length);
      } else el.select();
    }
    return true;
  }

  /**
   * Commits the input's text (taking what it shows, e.g. after an IME composition). Refused text
   * stays, with the reason at the cell and a notice; returns false then.
   */
  private commitInput(input: HTMLInputElement, id: CellId): boolean {
    const cell = this.cells.get(id);
    if (!cell) return true;
    const { cells } = this.o;
    const hadMessage = cells.message(id) !== undefined;
    cells.typeCell(id, input.value);
    const result = cells.commitCell(id);
    if (!result.ok) {
      const before = formatCellValue(cells.committedValue(id));
      this.callbacks.onNotice(
        `${cellLabel(cell)}：${result.message}。未采用，仍为${before === '' ? '空' : ` ${before}`}；按 Esc 恢复原值。`,
      );
      return false;
    }
    if (hadMessage) this.callbacks.onNotice('');
    const text = formatCellValue(result.value);
    if (input.value !== text) input.value = text;
    return true;
  }

  /** Escape: back to the committed value; false when there was nothing to undo. */
  private restoreInput(input: HTMLInputElement, id: CellId): boolean {
    const { cells } = this.o;
    const hadMessage = cells.message(id) !== undefined;
    const text = formatCellValue(cells.committedValue(id));
    const changed = cells.restoreCell(id) || input.value !== text;
    if (hadMessage) this.callbacks.onNotice('');
    if (input.value !== text) input.value = text;
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
    // As in a spreadsheet, the first click on a cell selects its figure, so typing replaces it
    // (a carried-over 12 clicked and typed over with 15 reads 15, not 1215); a click on the cell
    // already focused, or F2, edits the text where the caret is.
    this.editing = false;
    target.select();
    if (byPointer) this.keepSelectionOnMouseUp = id;
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
    this.keepSelectionOnMouseUp = null;
    if (document.activeElement === target) this.editing = true;
    else this.pointerCell = target.dataset.cell;
  };

  readonly onMouseUp: Handler<React.MouseEvent<HTMLTableElement>> = (e) => {
    const target = e.target as HTMLElement;
    if (this.keepSelectionOnMouseUp === null) return;
    // The browser's mouseup after a focusing click would put the caret where the pointer is.
    if (target.dataset.cell === this.keepSelectionOnMouseUp) e.preventDefault();
    this.keepSelectionOnMouseUp = null;
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
    if (id) this.o.cells.typeCell(id, target.value);
  };

  readonly onCompositionStart: Handler<React.CompositionEvent<HTMLTableElement>> = () => {
    this.composing = true;
  };

  readonly onCompositionEnd: Handler<React.CompositionEvent<HTMLTableElement>> = (e) => {
    this.composing = false;
    const target = e.target;
    if (target instanceof HTMLInputElement && target.dataset.cell)
      this.o.cells.typeCell(target.dataset.cell, target.value);
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
    const { cells } = this.o;
    const report = cells.report();
    const plan = planPaste(this.o.table, id, parseClipboardBlock(text), report);
    const changes = effectiveChanges(plan.changes, report);
    // Every cell written shows its figure (what was typed there is dropped): one commit.
    cells.commitCells(plan.changes);
    if (target instanceof HTMLInputElement) target.select();
    this.callbacks.onNotice(pasteSummary(plan, changes.length));
  };

  /** The <table>'s delegated handlers (a stable object). */
  readonly tableProps = {
    onKeyDown: this.onKeyDown,
    onFocus: this.onFocus,
    onBlur: this.onBlur,
    onPointerDown: this.onPointerDown,
    onMouseUp: this.onMouseUp,
    onInput: this.onInput,
    onCompositionStart: this.onCompositionStart,
    onCompositionEnd: this.onCompositionEnd,
    onPaste: this.onPaste,
  };
}
