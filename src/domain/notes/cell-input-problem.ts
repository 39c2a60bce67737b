/**
 * Why a text typed, pasted or imported into a cell is not a value of it (domain/input's
 * parseCellInput finds it; its sentence is the wording module's cellInputProblemWord). Data, so
 * the notes that carry it (a refused entry, an unreadable imported figure) stay data.
 */
import type { CellKind } from '../templates/template.types.ts';

export type CellInputProblem =
  /** Letters or other text ("abc"), as typed. */
  | { readonly kind: 'notANumber'; readonly text: string }
  /** An amount in 元 typed in a 万元 cell: the figure to type instead. */
  | { readonly kind: 'yuan'; readonly text: string; readonly wan: number }
  /** Thousands separators not every three digits ("1,23"). */
  | { readonly kind: 'grouping'; readonly text: string }
  /** A negative figure in a cell that takes none (count or money). */
  | { readonly kind: 'negative'; readonly cell: Exclude<CellKind, 'signed'> }
  /** A fraction in a count cell; `scaled` when 万/亿 made it ("1.23456万"). */
  | { readonly kind: 'notInteger'; readonly text: string; readonly scaled?: number }
  | { readonly kind: 'moneyDecimals'; readonly decimals: number }
  | { readonly kind: 'tooLarge' };
