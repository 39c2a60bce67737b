/** The reports a summed (汇总) report adds up, as a collapsible list. */
import type { ReportSource } from '../../domain/index.ts';

export function SourcesList({
  sources,
  open = false,
}: {
  readonly sources: readonly ReportSource[];
  readonly open?: boolean;
}) {
  return (
    <details className="sources-list" open={open} data-testid="sources-list">
      <summary>汇总来源（{sources.length}）</summary>
      <ol>
        {sources.map((s, i) => (
          <li key={i}>
            {s.agency || '（未填写单位）'} · {s.year} 年度 · {s.format} 格式
            {s.file !== undefined && <span className="source-file"> · {s.file}</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}
