/** How figures are shown in tables: plain digits (as printed in the reports), empty as a dash. */
export function formatCellValue(v: number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(Math.round(v * 10000) / 10000);
}
