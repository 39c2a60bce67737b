/** What a spreadsheet cell holds, whatever exceljs's value shape: a number, text, an error or nothing. */
import type { Cell, CellValue } from 'exceljs';

export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string }
  /** A formula error such as #REF! or #DIV/0!, typed or as a formula's cached result. */
  | { readonly kind: 'error'; readonly error: string }
  /** A formula whose result was never saved (a file written by a program and not opened since). */
  | { readonly kind: 'uncalculated'; readonly formula: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function plain(value: unknown): CellContent {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', error: '#NUM!' };
  if (typeof value === 'string')
    return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { kind: 'text', text: value.toISOString().slice(0, 10) };
  if (isRecord(value)) {
    if (typeof value.error === 'string') return { kind: 'error', error: value.error };
    if (Array.isArray(value.richText))
      return plain(
        value.richText
          .map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''))
          .join(''),
      );
    if (typeof value.text === 'string') return plain(value.text);
  }
  return { kind: 'empty' };
}

/** The content of a cell; a formula counts as its cached result. */
export function cellContent(cell: Cell): CellContent {
  const value: CellValue = cell.value;
  if (isRecord(value) && ('formula' in value || 'sharedFormula' in value)) {
    // Not value.result: exceljs's value copy drops a cached 0 (or "" or false); `result` keeps it.
    const result: unknown = cell.result;
    if (result === undefined) {
      const formula = (value as { formula?: string; sharedFormula?: string }).formula ?? '';
      return { kind: 'uncalculated', formula };
    }
    return plain(result);
  }
  return plain(value);
}

/** The content as the text a person sees (for reading a sheet as a document). */
export function contentText(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
    case 'uncalculated':
      return '';
    case 'number':
      return String(content.value);
    case 'text':
      return content.text;
    case 'error':
      return content.error;
  }
}
