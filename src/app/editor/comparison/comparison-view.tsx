/** 本年 / 上年 / 增减 / 增幅 for tables 二, 三 and 四 when last year's report is attached, largest changes first. */
import { useId, useMemo, useState } from 'react';
// Only the editor (a lazy chunk) compares years: imported from the modules themselves, not
// through the domain index, so it stays out of the first page's JavaScript.
import { compareWithPrevious, comparisonItemLabel } from '../../../domain/comparison/index.ts';
import { plain as plainNumber } from '../../../domain/narrative/numbers.ts';
import { COMPARISON_WORDS as W } from '../../../domain/wording/narrative.ts';
import type { Report } from '../../../domain/index.ts';
import './comparison.css';

/** The tab key of the comparison beside the report's six sections. */
export const COMPARISON_TAB = 'comparison';

const figure = (n: number | null): string => (n === null ? '—' : plainNumber(n));

export function ComparisonView({ report }: { readonly report: Report }) {
  const [onlyChanged, setOnlyChanged] = useState(true);
  const id = useId();
  const rows = useMemo(() => compareWithPrevious(report), [report]);
  if (!rows || !report.previous) return <p className="hint">{W.noPrevious}</p>;
  const changed = rows.filter((r) => r.delta !== null && r.delta !== 0);
  const empty = rows.filter((r) => r.current === null).length;
  const shown = onlyChanged ? changed : rows;
  return (
    <div className="comparison">
      <p className="comparison-options">
        <input
          id={id}
          type="checkbox"
          checked={onlyChanged}
          onChange={(e) => setOnlyChanged(e.currentTarget.checked)}
        />
        <label htmlFor={id}>{W.onlyChanged}</label>
        <span className="hint">
          （共 {rows.length} 项，{changed.length} 项有变化
          {empty > 0 ? `，${empty} 项本年尚未填写` : ''}）
        </span>
      </p>
      <table className="comparison-table">
        <caption>
          {W.title}（{W.current}：{report.year} 年度，{W.previous}：{report.previous.year} 年度）
        </caption>
        <thead>
          <tr>
            <th scope="col">{W.item}</th>
            <th scope="col">{W.current}</th>
            <th scope="col">{W.previous}</th>
            <th scope="col">{W.delta}</th>
            <th scope="col">{W.rate}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr
              key={r.cell}
              data-comparison={r.cell}
              className={r.sign === 1 ? 'up' : r.sign === -1 ? 'down' : undefined}
            >
              <th scope="row" className={r.total ? 'comparison-total' : undefined}>
                {comparisonItemLabel(r)}
              </th>
              <td>{figure(r.current)}</td>
              <td>{figure(r.previous)}</td>
              <td>{r.deltaText}</td>
              <td>{r.rateText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
