/** Reading an SVG's text back: what a reader of the chart sees written on it. */
import { decodeXml } from '../../import/docx/xml-scan.ts';

/**
 * The contents of every <text> element (with its <tspan>s joined), in document order.
 * @example svgTexts('<svg><text x="0">82</text></svg>') // ['82']
 */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    decodeXml(m[1]!.replace(/<[^>]+>/g, '')),
  );
}

/** The texts that are a figure alone ("82", "5569.2092", "-3"): the figures written on the chart. */
export function svgFigures(svg: string): number[] {
  return svgTexts(svg)
    .filter((t) => /^-?\d+(\.\d+)?$/.test(t.trim()))
    .map((t) => Number(t.trim()));
}
