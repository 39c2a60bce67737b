import { plainFigure } from '../domain/index.ts';
/** How figures are shown in tables: plain digits (as printed in the reports), empty as a dash. */
export function formatCellValue(v: number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return plainFigure(v);
}
