/**
 * The 图解 as files, made in the browser: SVG as drawn, PNG at 2× (the SVG drawn onto a canvas),
 * and all of them in one zip. No network: the SVG is loaded from a blob: URL of the page.
 */
import { CHARTS_WORD, type Report } from '../../../domain/index.ts';
import type { RenderedChart } from '../../../io/export/charts/index.ts';
import { safeFileName } from '../../shared/download.ts';

/** PNGs are drawn at twice the SVG's size, for print. */
export const PNG_SCALE = 2;

/**
 * The chart as a PNG image at `scale` × its size, on white.
 * @example await chartPng(rendered) // Blob of type image/png
 */
export async function chartPng(chart: RenderedChart, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([chart.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('浏览器未能读取图解的 SVG'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(chart.width * scale);
    canvas.height = Math.round(chart.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('浏览器不能绘制图片（canvas 不可用）');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('浏览器未能生成 PNG 图片'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "外交部-2024年度-图解": the stem of every 图解 file name. */
export function chartsFileStem(report: Pick<Report, 'agency' | 'year'>): string {
  return `${safeFileName(report.agency) || '未命名机关'}-${report.year}年度-${CHARTS_WORD}`;
}

/** "外交部-2024年度-图解-01-申请人构成.svg" */
export function chartFileName(
  report: Pick<Report, 'agency' | 'year'>,
  chart: RenderedChart,
  extension: 'svg' | 'png',
): string {
  return `${chartsFileStem(report)}-${safeFileName(chart.chart.fileName)}.${extension}`;
}

/** Every chart as SVG and as 2× PNG in one zip, in a folder named after the report. */
export async function chartsZip(
  report: Pick<Report, 'agency' | 'year'>,
  charts: readonly RenderedChart[],
): Promise<Blob> {
  const { strToU8, zipSync } = await import('fflate');
  const folder = chartsFileStem(report);
  const files: Record<string, Uint8Array> = {};
  for (const chart of charts) {
    const name = `${folder}/${safeFileName(chart.chart.fileName)}`;
    files[`${name}.svg`] = strToU8(chart.svg);
    files[`${name}.png`] = new Uint8Array(await (await chartPng(chart)).arrayBuffer());
  }
  const zip = zipSync(files, { level: 6 });
  return new Blob([zip.slice().buffer], { type: 'application/zip' });
}
