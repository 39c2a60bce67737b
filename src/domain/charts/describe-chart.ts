/** A chart in words: what a screen reader says for it, and what a text-only reader gets. */
import { figureText } from './build-charts.ts';
import type { ChartDefinition } from './chart.types.ts';

/**
 * "申请人构成：自然人 82，商业企业 0，……" — every figure of the chart with its label.
 * @example describeChart(chart) // '本年度办理结果：（一）予以公开 2，…，（七）总计 80。'
 */
export function describeChart(chart: ChartDefinition): string {
  const parts: string[] = [];
  if (chart.emptyMessage !== undefined) parts.push(chart.emptyMessage);
  else
    chart.categories.forEach((category, i) => {
      const values = chart.series
        .map((s) => ({ name: s.name, value: s.values[i] }))
        .filter((v) => v.value !== undefined);
      if (values.length === 1 || chart.layout === 'overlaid')
        parts.push(`${category} ${figureText(values[0]?.value ?? null)}`);
      else
        parts.push(
          `${category}：${values.map((v) => `${v.name} ${figureText(v.value ?? null)}`).join('，')}`,
        );
    });
  for (const note of chart.notes)
    parts.push(`${note.label} ${figureText(note.value)} ${note.unit}`);
  return `${chart.title}。${chart.subtitle}：${parts.join('；')}。`;
}
