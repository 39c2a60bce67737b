/** The bench's human-readable table (the JSON is written by ../bench.ts). */

export type Status = 'ok' | 'OVER' | 'info' | 'error';

export interface Row {
  readonly metric: string;
  /** Median / p50 (or the single value), in `unit`. */
  readonly p50: number | null;
  readonly p95: number | null;
  readonly unit: string;
  /** Human text, e.g. "p95 ≤ 8 ms"; '' for info rows. */
  readonly budget: string;
  readonly status: Status;
  readonly note?: string;
}

/** ok / OVER from a value and its limit (`value <= limit` is ok); error when the value is missing. */
export function judge(value: number | null | undefined, limit: number): Status {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'error';
  return value <= limit ? 'ok' : 'OVER';
}

function fmt(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const digits =
    unit === 'kB' || unit === '×'
      ? 2
      : Math.abs(value) >= 100
        ? 0
        : Math.abs(value) >= 10
          ? 1
          : value >= 1
            ? 2
            : 3;
  return `${value.toFixed(digits)} ${unit}`;
}

/** Display width: CJK and other wide characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

export function formatTable(rows: readonly Row[]): string {
  const header = ['metric', 'median/p50', 'p95', 'budget', 'status'];
  const lines = rows.map((r) => [
    r.metric,
    fmt(r.p50, r.unit),
    fmt(r.p95, r.unit),
    r.budget,
    r.status === 'OVER' ? 'OVER  <<<' : r.status,
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...lines.map((l) => width(l[i]!))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const notes = rows.filter((r) => r.note).map((r) => `  * ${r.metric}: ${r.note}`);
  return [line(header), rule, ...lines.map(line), ...(notes.length ? ['', ...notes] : [])].join(
    '\n',
  );
}
