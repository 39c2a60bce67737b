/**
 * The 图解 tab: every chart of the report, redrawn as its figures change, each downloadable as SVG
 * and as PNG (2×), and all of them as one zip. ECharts loads when the tab is first opened.
 */
import { useEffect, useMemo, useState } from 'react';
import { buildCharts, describeChart, type ChartDefinition } from '../../../domain/charts/index.ts';
import { CHARTS_WORD, type Report } from '../../../domain/index.ts';
import type { RenderedChart } from '../../../io/export/charts/index.ts';
import { buildReportDocument, exportFileName } from '../../../io/export/report-document.ts';
import { downloadFile } from '../../shared/download.ts';
import { useValueAfterPaint } from '../../shared/use-value-after-paint.ts';
import { chartFileName, chartPng, chartsFileStem, chartsZip, PNG_SCALE } from './chart-files.ts';
import './charts-panel.css';

/** The key of the 图解 tab among the editor's section tabs. */
export const CHARTS_TAB = 'charts';

type ChartsModule = typeof import('../../../io/export/charts/index.ts');

// A chart whose figures did not change is not drawn again (drawing one takes ~10 ms).
const drawn = new Map<string, RenderedChart>();
const MAX_DRAWN = 60;

function draw(module: ChartsModule, chart: ChartDefinition): RenderedChart {
  const key = JSON.stringify(chart);
  const known = drawn.get(key);
  if (known) return known;
  const rendered = module.renderChartSvg(chart);
  if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value!);
  drawn.set(key, rendered);
  return rendered;
}

/** "…-2021格式.html" → "…-2021格式-含图解.html" */
const withChartsName = (name: string) => name.replace(/(\.\w+)$/, `-含${CHARTS_WORD}$1`);

const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export interface ChartsPanelProps {
  readonly report: Report;
}

export function ChartsPanel({ report }: ChartsPanelProps) {
  const shown = useValueAfterPaint(report);
  const [module, setModule] = useState<ChartsModule | null>(null);
  const [failure, setFailure] = useState('');
  const [breakdowns, setBreakdowns] = useState(true);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    import('../../../io/export/charts/index.ts').then(
      (m) => live && setModule(m),
      () => live && setFailure(`${CHARTS_WORD}的绘图程序未能加载，请刷新页面后重试`),
    );
    return () => {
      live = false;
    };
  }, []);

  const charts = useMemo(
    () => (module ? buildCharts(shown, { breakdowns }).map((c) => draw(module, c)) : []),
    [module, shown, breakdowns],
  );

  const run = async (what: string, task: () => Promise<void>) => {
    setBusy(true);
    setMessage('');
    try {
      await task();
      setMessage(`已下载${what}`);
    } catch (error) {
      setMessage(`${what}未能生成：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const downloadSvg = (chart: RenderedChart) =>
    downloadFile(chartFileName(shown, chart, 'svg'), chart.svg, 'image/svg+xml');
  const downloadPng = (chart: RenderedChart) =>
    run(`“${chart.chart.title}”PNG 图片`, async () =>
      downloadFile(chartFileName(shown, chart, 'png'), await chartPng(chart)),
    );
  const downloadHtml = () =>
    run('含图解的网页', async () => {
      const { renderHtml } = await import('../../../io/export/html/render-html.ts');
      const html = module!.withChartsHtml(renderHtml(buildReportDocument(shown)), charts);
      downloadFile(withChartsName(exportFileName(shown, 'html')), html, 'text/html');
    });
  const downloadDocx = () =>
    run('含图解的 Word 文档', async () => {
      const [{ renderDocxBlob }, { chartsDocxAppendix }] = await Promise.all([
        import('../../../io/export/docx/index.ts'),
        import('../../../io/export/charts/docx-charts.ts'),
      ]);
      const pictures = [];
      for (const chart of charts)
        pictures.push({ chart, png: new Uint8Array(await (await chartPng(chart)).arrayBuffer()) });
      const blob = await renderDocxBlob(buildReportDocument(shown), chartsDocxAppendix(pictures));
      downloadFile(withChartsName(exportFileName(shown, 'docx')), blob);
    });
  const downloadAll = () =>
    run(`全部${CHARTS_WORD}`, async () =>
      downloadFile(`${chartsFileStem(shown)}.zip`, await chartsZip(shown, charts)),
    );

  return (
    <div className="charts-panel">
      <div className="charts-toolbar">
        <button type="button" onClick={downloadAll} disabled={busy || charts.length === 0}>
          下载全部{CHARTS_WORD}
        </button>
        <button type="button" onClick={downloadHtml} disabled={busy || charts.length === 0}>
          下载含图解的网页（.html）
        </button>
        <button type="button" onClick={downloadDocx} disabled={busy || charts.length === 0}>
          下载含图解的 Word（.docx）
        </button>
        <label className="charts-option">
          <input
            type="checkbox"
            checked={breakdowns}
            onChange={(e) => setBreakdowns(e.target.checked)}
          />
          分项图（不予公开、无法提供、不予处理等的具体情形）
        </label>
        <p className="charts-hint">
          图中数字取自本报告各表，随填写即时更新；ZIP 内每幅图各有 SVG（矢量，可缩放）和 PNG（
          {PNG_SCALE}
          倍分辨率，适合印刷和插入文档）。
          {!shown.previous && '导入或关联上年报告后，另有与上年比较的图。'}
        </p>
        <p className="notice" role="status" aria-live="polite">
          {failure || message || (module ? '' : `正在加载${CHARTS_WORD}…`)}
        </p>
      </div>
      <div className="charts-list">
        {charts.map((c) => (
          <figure
            key={c.chart.id}
            className="chart-figure"
            data-chart={c.chart.id}
            aria-labelledby={`chart-title-${c.chart.id}`}
          >
            <img
              src={svgDataUrl(c.svg)}
              alt={describeChart(c.chart)}
              width={c.width}
              height={c.height}
            />
            <figcaption>
              <span id={`chart-title-${c.chart.id}`}>{c.chart.title}</span>
              <span className="chart-downloads">
                <button
                  type="button"
                  onClick={() => downloadSvg(c)}
                  aria-label={`下载“${c.chart.title}” SVG`}
                >
                  下载 SVG
                </button>
                <button
                  type="button"
                  onClick={() => void downloadPng(c)}
                  disabled={busy}
                  aria-label={`下载“${c.chart.title}” PNG`}
                >
                  下载 PNG
                </button>
              </span>
            </figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
